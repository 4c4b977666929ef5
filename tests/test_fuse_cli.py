"""The fusion commands: fuse, merge, split, keep-apart, deleted, history, figures."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from click.testing import CliRunner

from hito.cli import main
from hito.models import Actor, AnnotatedReport, EventRecord, Report
from hito.store import Store


def _report(text: str) -> AnnotatedReport:
    digest = hashlib.sha256(text.encode()).hexdigest()
    item = Report(text=text, content_hash=digest, published=dt.date(2025, 3, 5), language="en")
    return AnnotatedReport(report=item, language="en", sentences=[])


def _record(place: str, lat: float, lon: float, killed: int) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date(2025, 3, 4),
        date_precision="day",
        place=place,
        country="GT",
        admin1="Huehuetenango",
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        actors=[Actor(name="Guatemalan police", sector="COP", country="GT")],
        killed=killed,
    )


def _db(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "hito.db"
    with Store(path) as store:
        ids = [
            store.save_report(_report("one"), [_record("La Mesilla", 15.6167, -91.9833, 2)])[0],
            store.save_report(_report("two"), [_record("La Mesilla", 15.6167, -91.9833, 3)])[0],
            store.save_report(_report("three"), [_record("Nentón", 15.8011, -91.7542, 1)])[0],
        ]
    return path, ids


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_fuse_merge_split_deleted_history(tmp_path: Path) -> None:
    path, (one, two, three) = _db(tmp_path)
    db = ["--db", str(path)]
    run("fuse", *db)
    with Store(path) as store:
        assert sorted(e.event_id for e in store.events()) == sorted([one, three])
    assert two in run("deleted", "--since", "2000-01-01", *db)
    figures = json.loads(run("figures", two, *db))  # a merged-away id resolves to its successor
    assert figures["event_id"] == one
    assert figures["figures"]["killed"] == {"low": 2, "best": 2, "high": 3, "sources": 2}

    assert run("merge", one, three, "--note", "same clash", *db).strip() == one
    gone = [json.loads(line) for line in run("deleted", "--format", "jsonl", *db).splitlines()]
    assert {g["event_id"]: g["successor"] for g in gone} == {two: one, three: one}

    three_hash = hashlib.sha256(b"three").hexdigest()
    new_id = run("split", one, "--mention", three_hash[:10], *db).strip()
    assert new_id != three  # a deleted id is never reused
    assert new_id.startswith(three_hash[:12])
    lines = run("history", one, *db).splitlines()
    assert [line.split("\t")[1] for line in lines] == ["merge", "merge", "split"]

    run("fuse", "--days", "2", "--rebuild", *db)
    with Store(path) as store:
        assert store.fusion_config().days == 2
        assert store.count_events() == 2  # the split holds on re-fusion

    result = CliRunner().invoke(main, ["merge", one, "nope", *db])
    assert result.exit_code != 0 and "no event nope" in result.output
    result = CliRunner().invoke(main, ["keep-apart", one, *db])
    assert result.exit_code != 0 and "at least two" in result.output
    run("keep-apart", one, new_id, *db)


def test_eval_fusion_on_gold_records(tmp_path: Path) -> None:
    out = tmp_path / "fusion.json"
    data = Path(__file__).parent / "fusion"
    text = run("eval-fusion", "--data", str(data), "--gold-only", "--out", str(out))
    result = json.loads(text)
    assert json.loads(out.read_text()) == result
    assert result["gold"]["bcubed_f1"] >= 0.9
    assert result["gold"]["cross_country_merges"] == 0
    assert "pipeline" not in result
