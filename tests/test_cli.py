"""The command line end to end: ingest files of every kind, list, export, failures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hito.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "reports"


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "hito.db"
    run("ingest", "--db", str(path), str(SAMPLES))
    return path


def test_ingest_stores_every_sample_report(db: Path) -> None:
    from hito.store import Store

    with Store(db) as store:
        stats = store.stats()
    assert stats["reports"] == 16
    assert stats["events"] >= 12
    assert stats["failures"] == 0


def test_ingesting_again_stores_nothing_twice(db: Path) -> None:
    from hito.store import Store

    with Store(db) as store:
        before = store.stats()
    run("ingest", "--db", str(db), str(SAMPLES))
    with Store(db) as store:
        assert store.stats() == before


def test_events_filters_by_country_and_type(db: Path) -> None:
    lines = run("events", "--db", str(db), "--country", "GT", "--format", "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all(r["country"] == "GT" for r in records)
    assaults = [
        json.loads(line)
        for line in run(
            "events", "--db", str(db), "--type", "assault", "--format", "jsonl"
        ).splitlines()
    ]
    assert assaults and all(r["event_type"] == "ASSAULT" for r in assaults)


def test_export_formats(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    run("export", "--db", str(db), "--format", "csv", "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0])[:3] == ["event_id_cnty", "event_date", "year"]
    assert {"source_url", "evidence", "factuality", "content_hash"} <= set(rows[0])

    collection = json.loads(run("export", "--db", str(db), "--format", "geojson"))
    assert collection["type"] == "FeatureCollection"
    placed = [f for f in collection["features"] if f["geometry"]]
    lon, lat = placed[0]["geometry"]["coordinates"]
    assert -120 < lon < -85 and 10 < lat < 25  # [lon, lat] in the region


def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(
        "Soldados del Ejército Mexicano detuvieron a tres hombres armados en Tapachula, Chiapas.",
        encoding="utf-8",
    )
    (inbox / "broken.bin").write_bytes(b"\x00\x01\x02\xff" * 50)
    (inbox / "empty.txt").write_text("   \n", encoding="utf-8")
    db = tmp_path / "h.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(inbox)])
    assert result.exit_code == 0
    failed = run("failed", "--db", str(db)).splitlines()
    assert len(failed) == 2
    assert any("broken.bin" in line for line in failed)
    assert any("empty.txt" in line for line in failed)
    assert len(run("events", "--db", str(db), "--format", "jsonl").splitlines()) == 1


def test_unknown_language_is_recorded_as_failed(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "de.txt").write_text(
        "Die Polizei hat gestern in der Stadt drei Männer festgenommen, teilte die Behörde mit.",
        encoding="utf-8",
    )
    db = tmp_path / "h.db"
    CliRunner().invoke(main, ["ingest", "--db", str(db), str(inbox)])
    failed = run("failed", "--db", str(db))
    assert "de.txt" in failed and "language" in failed


def test_extract_prints_records_without_a_database(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "Gunmen kidnapped two journalists on Monday in Comitán, Chiapas, police said.",
        encoding="utf-8",
    )
    lines = run("extract", str(report), "--published", "2025-09-10").splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["event_type"], r["mode"]) for r in records] == [("ASSAULT", "abduct")]
    assert records[0]["date"] == "2025-09-08"
    assert not list(tmp_path.glob("*.db"))
