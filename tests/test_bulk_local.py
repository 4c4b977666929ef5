"""hito bulk with the local engine: shards to Parquet, loading with fusion, re-runs, failures."""

from __future__ import annotations

import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from hito.cli import main
from hito.engines.loader import load, shard_files
from hito.engines.local import run_local
from hito.engines.shards import Shard, output_path, plan_shards, read_rows, run_shard
from hito.engines.synth import generate_corpus, write_files, write_jsonl
from hito.pipeline import ingest
from hito.store import EventFilter, Store


@dataclass
class Run:
    inputs: Path
    out: Path
    db: Path
    shards: list[Shard]


def _events(db: Path) -> list[tuple[str, str, list[str]]]:
    with Store(db) as store:
        return sorted(
            (e.event_id, e.record.model_dump_json(), sorted(m.content_hash for m in e.mentions))
            for e in store.events(EventFilter())
        )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("bulk")
    inputs = base / "in"
    reports = generate_corpus(14, seed=11)
    write_jsonl(reports[:8], inputs / "wire.jsonl")
    write_files(reports[8:], inputs / "pages")
    # The same reports again from another outlet's feed: fusion must join them.
    write_jsonl(generate_corpus(4, seed=11), inputs / "zz-again.jsonl")
    with (inputs / "wire.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"text": 12}\n{not json\n')
    out, db = base / "out", base / "bulk.db"
    shards = plan_shards([inputs], chunk_lines=3)
    results = run_local(shards, out, workers=2)
    assert not any(r.skipped for r in results)
    with Store(db) as store:
        load(shard_files(out, shards), store)
    return Run(inputs, out, db, shards)


def test_every_shard_has_one_parquet_file(run: Run) -> None:
    files = sorted(run.out.iterdir())
    assert [f.name for f in files] == sorted(f"shard-{s.shard_id}.parquet" for s in run.shards)
    assert len(run.shards) == 4 + 2 + 6  # 10 lines of wire.jsonl by 3, 4 by 3, 6 pages
    rows = [r for f in files for r in read_rows(f)]
    assert sum(r["kind"] == "report" for r in rows) == 18
    languages = {r["language"] for r in rows if r["kind"] == "report"}
    assert languages == {"en", "es"}


def test_bad_lines_are_failures_and_the_rest_goes_on(run: Run) -> None:
    with Store(run.db) as store:
        failures = {(f.source, f.reason) for f in store.failures()}
        assert store.stats()["reports"] == 14
    wire = str(run.inputs / "wire.jsonl")
    assert (f"{wire}:9", "field 'text' must be a string, got int") in failures
    assert any(source == f"{wire}:10" and "invalid JSON" in r for source, r in failures)


def test_loader_equals_ingest(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "ingest.db"
    with Store(db) as store:
        ingest([run.inputs], store)
    assert _events(db) == _events(run.db)
    with Store(db) as a, Store(run.db) as b:
        assert sorted((f.source, f.reason) for f in a.failures()) == sorted(
            (f.source, f.reason) for f in b.failures()
        )


def test_rerun_skips_shards_and_adds_no_events(run: Run) -> None:
    before = _events(run.db)
    results = run_local(run.shards, run.out, workers=2)  # no worker is started: all done
    assert all(r.skipped for r in results) and len(results) == len(run.shards)
    with Store(run.db) as store:
        summary = load(shard_files(run.out, run.shards), store)
    assert summary.new_reports == 0 and summary.known_reports == 18
    assert _events(run.db) == before


def test_broken_archive_is_one_failure_and_the_rest_goes_on(tmp_path: Path) -> None:
    reports = generate_corpus(2, seed=3)
    good = tmp_path / "in" / "good.tar.gz"
    write_files(reports, tmp_path / "src", html_every=0)
    good.parent.mkdir()
    with tarfile.open(good, "w:gz") as tf:
        for f in sorted((tmp_path / "src").iterdir()):
            tf.add(f, arcname=f"day/{f.name}")
    (tmp_path / "in" / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "in" / "mixed.zip", "w") as zf:
        zf.writestr("binary.txt", bytes(range(256)) * 8)
    shards = plan_shards([tmp_path / "in"])
    assert [s.error is not None for s in shards] == [True, False, False, False]
    # In-process (the pure shard function) to keep the test fast.
    for shard in shards:
        run_shard(shard, tmp_path / "out")
    with Store(tmp_path / "db") as store:
        summary = load(shard_files(tmp_path / "out", shards), store)
        assert summary.new_reports == 2
        sources = sorted(f.source for f in summary.failures)
        assert sources[0].endswith("bad.zip")
        assert sources[1].endswith("mixed.zip!binary.txt")
        reports_sources = {store.get_report(h).source for h in _hashes(store)}  # type: ignore[union-attr]
    assert all("good.tar.gz!day/" in (s or "") for s in reports_sources)


def _hashes(store: Store) -> list[str]:
    return [m.content_hash for e in store.events(EventFilter()) for m in e.mentions]


def test_cli_bulk_then_rerun(run: Run, tmp_path: Path) -> None:
    # The CLI over the shards the fixture already wrote: nothing to process, all loaded.
    db = tmp_path / "cli.db"
    args = ["bulk", str(run.inputs), "--out", str(run.out), "--db", str(db), "--chunk-lines", "3"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "0 shards processed, 12 already done" in result.output
    assert "14 new reports" in result.output
    assert _events(db) == _events(run.db)


def test_warc_responses_are_reports(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    report = generate_corpus(1, seed=4)[0]
    body = "".join(f"<p>{p}</p>" for p in report.text.split("\n\n")[2:])
    page = f"<html><head><title>{report.title}</title></head><body><article>{body}</article>"
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype in (
            ("https://x.example/a", "text/html"),
            ("https://x.example/b.png", "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=BytesIO(page.encode()), http_headers=headers
            )
            writer.write_record(record)
    (shard,) = plan_shards([path])
    run_shard(shard, tmp_path / "out")
    rows = read_rows(output_path(tmp_path / "out", shard))
    assert [(r["kind"], r["url"]) for r in rows] == [("report", "https://x.example/a")]
    assert rows[0]["records"] != "[]"
