"""`hito eval-fusion`: how well fusion groups reports of one incident, on a corpus in the gold
format (../shared/spec/gold-format.md) whose records each carry an `incident` id.

Two runs, each into its own temporary database:
- gold: the gold records are stored and fused directly (fusion quality alone);
- pipeline: the reports go through the real pipeline (ingest, extract, store, fuse). Each
  extracted record is matched to a gold record of its own report (same type, and place and
  date agreeing where both are known; failing that, same type) and takes its incident; an
  unmatched record is an incident of its own, so fusing it into a real one costs precision.
Scores are pairwise and B-cubed precision, recall and F1 over the records, plus the number of
events that mix countries (there should be none).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hito.fuse.config import FusionConfig
from hito.fuse.metrics import cluster_scores
from hito.models import AnnotatedReport, EventRecord, Report

Item = tuple[str, int]  # (content hash, 1-based position of the record in its report)


@dataclass
class CorpusReport:
    id: str
    text: str
    published: dt.date | None
    language: str | None
    types: list[str] | None
    events: list[dict[str, Any]]
    content_hash: str = ""
    line: str = ""


@dataclass
class Run:
    """What one run produced: the incident of each scored record and the event it ended in."""

    gold: dict[Item, str] = field(default_factory=dict)
    system: dict[Item, str] = field(default_factory=dict)
    countries: dict[Item, str | None] = field(default_factory=dict)
    matched: int = 0
    missed: int = 0
    spurious: int = 0


def read_corpus(path: Path) -> Iterator[CorpusReport]:
    from hito.evaluation.records import read_gold
    from hito.ingest import content_hash

    for g in read_gold(path):
        yield CorpusReport(
            id=g.id,
            text=g.text,
            published=g.published,
            language=g.language,
            types=g.types,
            events=g.events,
            content_hash=content_hash(g.text),
            line=g.raw,
        )


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(s.lower().split())


def _agree(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    for key in ("country", "admin1", "place", "date"):
        a, b = pred.get(key), gold.get(key)
        if a is not None and b is not None and _norm(a) != _norm(b):
            return False
    return True


def match_records(predicted: list[EventRecord], gold: list[dict[str, Any]]) -> dict[int, int]:
    """Predicted index -> gold index, each gold record used once: first records of the same
    type whose place and date agree where both are known, then records of the same type."""
    preds = [r.schema_dict() for r in predicted]
    pairs: dict[int, int] = {}
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs.values():
                continue
            for pi, p in enumerate(preds):
                if pi in pairs or p["event_type"] != g["event_type"]:
                    continue
                if not strict or _agree(p, g):
                    pairs[pi] = gi
                    break
    return pairs


def _gold_records(report: CorpusReport) -> list[EventRecord]:
    return [EventRecord.model_validate(e) for e in report.events]


def _scored(run: Run, store: Any) -> dict[str, Any]:
    events = store.record_events()
    run.system = {item: events[item] for item in run.gold if item in events}
    members: dict[str, set[str]] = {}
    incidents: dict[str, set[str]] = {}
    for item, event_id in run.system.items():
        if (country := run.countries.get(item)) is not None:
            members.setdefault(event_id, set()).add(country)
        incidents.setdefault(event_id, set()).add(run.gold[item])
    scores: dict[str, Any] = dict(cluster_scores(run.gold, run.system))
    baseline = cluster_scores(run.gold, {item: item for item in run.gold})
    scores["no_fusion_bcubed_f1"] = baseline.get("bcubed_f1")
    scores["cross_country_merges"] = sum(1 for cs in members.values() if len(cs) > 1)
    scores["events"] = len(set(run.system.values()))
    return scores


def _errors(run: Run) -> list[dict[str, Any]]:
    """Events that mix incidents (over-merged) and incidents spread over events (split)."""
    by_event: dict[str, list[Item]] = {}
    by_incident: dict[str, list[Item]] = {}
    for item, event_id in run.system.items():
        by_event.setdefault(event_id, []).append(item)
        by_incident.setdefault(run.gold[item], []).append(item)
    out: list[dict[str, Any]] = []
    for event_id, items in sorted(by_event.items()):
        found = sorted({run.gold[i] for i in items})
        if len(found) > 1:
            out.append({"kind": "merged", "event": event_id, "incidents": found})
    for incident, items in sorted(by_incident.items()):
        events = sorted({run.system[i] for i in items})
        if len(events) > 1 and not incident.startswith("spurious:"):
            out.append({"kind": "split", "incident": incident, "events": events})
    return out


def _gold_run(
    reports: list[CorpusReport], config: FusionConfig, errors: list[dict[str, Any]] | None
) -> dict[str, Any]:
    from hito.store import Store

    run = Run()
    with Store(":memory:") as store:
        store.set_fusion_config(config)
        for report in reports:
            records = _gold_records(report)
            item = Report(
                text=report.text,
                content_hash=report.content_hash,
                published=report.published,
                language=report.language,
                source=report.id,
            )
            annotated = AnnotatedReport(report=item, language=report.language or "", sentences=[])
            store.save_report(annotated, records, fuse=True)
            for position, (event, record) in enumerate(zip(report.events, records, strict=True), 1):
                key = (report.content_hash, position)
                run.gold[key] = str(event.get("incident") or f"{report.id}#{position}")
                run.countries[key] = record.country
        scores = _scored(run, store)
    if errors is not None:
        errors.extend({"run": "gold", **e} for e in _errors(run))
    return scores


def _pipeline_run(
    reports: list[CorpusReport], config: FusionConfig, errors: list[dict[str, Any]] | None
) -> dict[str, Any]:
    from hito.pipeline import ingest
    from hito.store import Store

    run = Run()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(r.line + "\n" for r in reports), encoding="utf-8")
        with Store(Path(tmp) / "fusion.db") as store:
            store.set_fusion_config(config)
            ingest([corpus], store)
            by_hash = {r.content_hash: r for r in reports}
            for content_hash, report in by_hash.items():
                predicted = store.report_records(content_hash)
                scored = [
                    i
                    for i, r in enumerate(predicted)
                    if report.types is None or r.event_type in report.types
                ]
                pairs = match_records([predicted[i] for i in scored], report.events)
                for k, pi in enumerate(scored):
                    key = (content_hash, pi + 1)
                    run.countries[key] = predicted[pi].country
                    if k in pairs:
                        gi = pairs[k]
                        run.gold[key] = str(
                            report.events[gi].get("incident") or f"{report.id}#{gi}"
                        )
                        run.matched += 1
                    else:
                        run.gold[key] = f"spurious:{report.id}#{pi + 1}"
                        run.spurious += 1
                run.missed += len(report.events) - len(pairs)
            scores = _scored(run, store)
    if errors is not None:
        errors.extend({"run": "pipeline", **e} for e in _errors(run))
    scores["extraction"] = {
        "matched": run.matched,
        "missed_gold": run.missed,
        "spurious": run.spurious,
    }
    return scores


def evaluate_fusion(
    path: Path,
    config: FusionConfig | None = None,
    pipeline: bool = True,
    shuffle: int | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Score fusion on the corpus at `path` (a .jsonl file or a folder of them). Reports are
    added in file order, or in a random order drawn from the seed `shuffle`. `errors`, when
    given, collects the events that mix incidents and the incidents split over events."""
    config = config or FusionConfig()
    reports = list(read_corpus(path))
    if shuffle is not None:
        random.Random(shuffle).shuffle(reports)
    incidents = {e.get("incident") for r in reports for e in r.events}
    result: dict[str, Any] = {
        "dataset": "fusion",
        "reports": len(reports),
        "records": sum(len(r.events) for r in reports),
        "incidents": len(incidents),
        "config": config.as_dict(),
        "gold": _gold_run(reports, config, errors),
    }
    if pipeline:
        result["pipeline"] = _pipeline_run(reports, config, errors)
    return result
