"""hito bulk with the Spark engine (local[2]): the same Parquet rows and events as local."""

from __future__ import annotations

from pathlib import Path

import pytest

from hito.engines.loader import load, shard_files
from hito.engines.shards import plan_shards, read_rows, run_shard
from hito.engines.spark import spark_available
from hito.engines.synth import generate_corpus, write_files, write_jsonl
from hito.store import EventFilter, Store

_REASON = spark_available()


def _events(db: Path) -> list[tuple[str, str]]:
    with Store(db) as store:
        return sorted((e.event_id, e.record.model_dump_json()) for e in store.events(EventFilter()))


@pytest.mark.slow
@pytest.mark.skipif(_REASON is not None, reason=f"Spark cannot run here: {_REASON}")
def test_spark_engine_matches_local(tmp_path: Path) -> None:
    from hito.engines.spark import run_spark

    reports = generate_corpus(8, seed=5)
    write_jsonl(reports[:5], tmp_path / "in" / "wire.jsonl")
    write_files(reports[5:], tmp_path / "in" / "pages")
    (tmp_path / "in" / "broken.zip").write_bytes(b"PK not a zip")
    shards = plan_shards([tmp_path / "in"], chunk_lines=2)

    results = run_spark(shards, tmp_path / "spark", master="local[2]")
    assert len(results) == len(shards) and not any(r.skipped for r in results)
    again = run_spark(shards, tmp_path / "spark", master="local[2]")
    assert all(r.skipped for r in again)  # every shard file exists: nothing is re-run

    for shard in shards:
        run_shard(shard, tmp_path / "local")
    for shard in shards:
        name = f"shard-{shard.shard_id}.parquet"
        assert read_rows(tmp_path / "spark" / name) == read_rows(tmp_path / "local" / name)

    for engine in ("spark", "local"):
        with Store(tmp_path / f"{engine}.db") as store:
            summary = load(shard_files(tmp_path / engine, shards), store)
        assert summary.new_reports == 8 and len(summary.failures) == 1
    assert _events(tmp_path / "spark.db") == _events(tmp_path / "local.db")
