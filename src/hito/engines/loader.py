"""Load shard Parquet files into the store, with fusion, in the order the shards were planned."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hito.engines.shards import Shard, output_path, read_rows, rows_to_report
from hito.models import IngestFailure
from hito.store import Store


@dataclass
class LoadSummary:
    new_reports: int = 0
    known_reports: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    missing_shards: list[str] = field(default_factory=list)


def shard_files(out_dir: str | Path, shards: Iterable[Shard] | None = None) -> list[Path]:
    """The Parquet files to load: those of `shards` in their order, or every shard file in
    `out_dir` (name order) when no plan is given."""
    if shards is None:
        return sorted(Path(out_dir).glob("shard-*.parquet"))
    return [output_path(out_dir, s) for s in shards]


def load(
    files: Iterable[Path],
    store: Store,
    on_file: Callable[[Path], None] | None = None,
) -> LoadSummary:
    """Save every report row with `save_report(..., fuse=True)` (one transaction each, as
    `hito ingest` does) and record every failure row. Reports already stored are skipped, so
    loading twice changes nothing."""
    summary = LoadSummary()
    for path in files:
        if not path.exists():
            summary.missing_shards.append(str(path))
        else:
            for row in read_rows(path):
                if row["kind"] == "failure":
                    failure = IngestFailure(row["source"], row["reason"])
                    store.record_failure(failure)
                    summary.failures.append(failure)
                elif store.has_report(row["content_hash"]):
                    summary.known_reports += 1
                else:
                    annotated, records = rows_to_report(row)
                    summary.events += len(store.save_report(annotated, records, fuse=True))
                    summary.new_reports += 1
        if on_file is not None:
            on_file(path)
    return summary
