"""The fusion corpus (tests/fusion) is well formed, and fusion scores well on it."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from hito.fuse.evaluate import evaluate_fusion, read_corpus
from hito.models import EventRecord

CORPUS = Path(__file__).parent / "fusion"


def test_corpus_is_in_the_gold_format_with_an_incident_per_record() -> None:
    reports = list(read_corpus(CORPUS))
    assert len({r.id for r in reports}) == len(reports)
    assert len({r.content_hash for r in reports}) == len(reports)
    by_incident: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for r in reports:
        assert r.published is not None and r.language in ("en", "es")
        for event in r.events:
            record = EventRecord.model_validate(event)
            assert record.evidence and all(e in r.text for e in record.evidence)
            by_incident[event["incident"]].append((r.id, r.language, record.country))
    told = {k: v for k, v in by_incident.items() if len(v) >= 2}
    assert len(told) >= 25
    assert all(len(v) <= 4 for v in told.values())
    assert all(len({country for _, _, country in v if country}) == 1 for v in told.values())
    assert sum(1 for v in told.values() if {lang for _, lang, _ in v} == {"en", "es"}) >= 25


def test_fusing_the_gold_records() -> None:
    scores = evaluate_fusion(CORPUS, pipeline=False)["gold"]
    assert scores["bcubed_f1"] >= 0.9
    assert scores["cross_country_merges"] == 0


def test_fusing_through_the_whole_pipeline() -> None:
    scores = evaluate_fusion(CORPUS)["pipeline"]
    assert scores["bcubed_f1"] >= 0.85
    assert scores["bcubed_f1"] > scores["no_fusion_bcubed_f1"]
    assert scores["cross_country_merges"] == 0
