"""Shards: the unit of bulk work, and the one pure function that turns a shard into rows.

A shard is one input file, one member of an archive (.zip, .tar.gz, .tgz, .tar), or a chunk
of lines of a JSON lines file. `run_shard` reads it, runs `hito.pipeline.process` on each
report and writes one Parquet file named after the shard's id, first under a temporary name
and then renamed: a task that is retried, or a run that is repeated, finds the file and skips
the shard, and a half-written file is never mistaken for a result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import tarfile
import time
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hito import __version__
from hito.models import AnnotatedReport, EventRecord, IngestFailure, Report, Sentence

ROW_VERSION = 1
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_CHUNK_LINES = 200


@dataclass(frozen=True)
class Shard:
    """What one task reads. `path` is the input file; `member` a name inside an archive;
    `first`/`last` 1-based inclusive line numbers of a JSON lines chunk (0 = whole file);
    `error` a reason the shard could not even be planned (it becomes one failure row)."""

    path: str
    member: str | None = None
    first: int = 0
    last: int = 0
    size: int = 0
    error: str | None = None

    @property
    def label(self) -> str:
        name = f"{self.path}!{self.member}" if self.member else self.path
        return f"{name}:{self.first}-{self.last}" if self.first else name

    @property
    def shard_id(self) -> str:
        key = json.dumps([ROW_VERSION, __version__, asdict(self)], sort_keys=True)
        return hashlib.sha256(key.encode()).hexdigest()[:24]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Shard:
        return cls(**d)


def _is(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


def _walk(folder: Path) -> Iterator[Path]:
    # The order of `hito ingest` (hito.ingest.sources.walk): name order, hidden skipped.
    from hito.ingest.sources import walk

    return walk(folder)


def _jsonl_chunks(path: Path, size: int, chunk_lines: int) -> list[Shard]:
    with path.open("rb") as fh:
        lines = sum(1 for _ in fh)
    if lines == 0:
        return [Shard(str(path), size=size)]
    return [
        Shard(str(path), first=start, last=min(start + chunk_lines - 1, lines), size=size)
        for start in range(1, lines + 1, chunk_lines)
    ]


def _archive_members(path: Path) -> list[str]:
    if _is(path.name, (".zip",)):
        with zipfile.ZipFile(path) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
    else:
        with tarfile.open(path) as tf:
            names = [m.name for m in tf.getmembers() if m.isfile()]
    visible = [n for n in names if not any(p.startswith(".") for p in n.split("/"))]
    return sorted(visible)


def plan_shards(
    inputs: Iterable[str | Path], chunk_lines: int = DEFAULT_CHUNK_LINES
) -> list[Shard]:
    """The shards of `inputs` (files, folders, archives), in the order `hito ingest` reads."""
    shards: list[Shard] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = list(_walk(path))
        elif path.exists():
            files = [path]
        else:
            shards.append(Shard(str(path), error="no such file or folder"))
            continue
        for file in files:
            try:
                size = file.stat().st_size
                if _is(file.name, ARCHIVE_SUFFIXES):
                    members = _archive_members(file)
                    shards.extend(Shard(str(file), member=m, size=size) for m in members)
                    if not members:
                        shards.append(Shard(str(file), size=size, error="empty archive"))
                elif _is(file.name, JSONL_SUFFIXES):
                    shards.extend(_jsonl_chunks(file, size, chunk_lines))
                else:
                    shards.append(Shard(str(file), size=size))
            except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
                reason = f"cannot read archive: {type(exc).__name__}: {exc}"
                shards.append(Shard(str(file), error=" ".join(reason.split())))
    return shards


# -- reading ---------------------------------------------------------------------------------


def _read_member(shard: Shard) -> bytes:
    if _is(shard.path, (".zip",)):
        with zipfile.ZipFile(shard.path) as zf:
            return zf.read(shard.member or "")
    with tarfile.open(shard.path) as tf:
        fh = tf.extractfile(shard.member or "")
        if fh is None:
            raise OSError(f"not a file: {shard.member}")
        return fh.read()


def _read_text(text: str, name: str, source: str) -> Iterator[Report | IngestFailure]:
    from hito.ingest.sources import READERS, sniff_reader

    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    reader = READERS.get(suffix) or sniff_reader(text)
    yield from reader(text, source)


def _read_warc(data: bytes, source: str) -> Iterator[Report | IngestFailure]:
    from warcio.archiveiterator import ArchiveIterator

    from hito.ingest.decode import decode_bytes
    from hito.ingest.webpage import read_html

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or source
        ctype = (
            (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        )
        if "html" not in ctype.lower():
            continue
        try:
            text = decode_bytes(record.content_stream().read())
            for item in read_html(text, uri):
                if isinstance(item, Report) and item.url is None:
                    item.url = uri
                yield item
        except Exception as exc:
            yield IngestFailure(uri, " ".join(f"{type(exc).__name__}: {exc}".split()))


def read_shard(shard: Shard) -> Iterator[Report | IngestFailure]:
    """The reports of one shard, read exactly as `hito ingest` reads them (same sources)."""
    from hito.ingest import read_paths
    from hito.ingest.decode import decode_bytes
    from hito.ingest.records import read_jsonl

    if shard.error:
        yield IngestFailure(shard.path, shard.error)
        return
    try:
        if shard.member is not None:
            data = _read_member(shard)
            source = f"{shard.path}!{shard.member}"
            if _is(shard.member, WARC_SUFFIXES):
                yield from _read_warc(data, source)
            else:
                yield from _read_text(decode_bytes(data), shard.member, source)
        elif _is(shard.path, WARC_SUFFIXES):
            yield from _read_warc(Path(shard.path).read_bytes(), shard.path)
        elif shard.first:
            # Earlier lines become blank lines so that sources keep the file's line numbers.
            with open(shard.path, "rb") as fh:
                lines = [
                    b"" if n < shard.first else line
                    for n, line in enumerate(itertools.islice(fh, shard.last), 1)
                ]
            text = decode_bytes(b"\n".join(line.rstrip(b"\r\n") for line in lines))
            yield from read_jsonl(text, shard.path)
        else:
            yield from read_paths([shard.path])
    except Exception as exc:  # a broken shard is one failure; the run goes on
        yield IngestFailure(shard.label, " ".join(f"{type(exc).__name__}: {exc}".split()))


# -- rows ------------------------------------------------------------------------------------

_warm = False


def warm_up() -> None:
    """Load the language models, lexicons and gazetteer once in this process."""
    global _warm
    if _warm:
        return
    from hito.engines.synth import generate_corpus
    from hito.ingest.records import report_from_object
    from hito.pipeline import process

    for r in generate_corpus(2, seed=1, words=60):
        process(report_from_object(r.as_object(), "warm-up"))
    _warm = True


def _failure_row(seq: int, failure: IngestFailure) -> dict[str, Any]:
    return {"seq": seq, "kind": "failure", "source": failure.source, "reason": failure.reason}


def report_row(seq: int, annotated: AnnotatedReport, records: list[EventRecord]) -> dict[str, Any]:
    r = annotated.report
    sentences = [
        [s.index, s.text, s.start, s.end, s.stance, s.factuality] for s in annotated.sentences
    ]
    return {
        "seq": seq,
        "kind": "report",
        "source": r.source,
        "content_hash": r.content_hash,
        "title": r.title,
        "url": r.url,
        "published": r.published.isoformat() if r.published else None,
        "report_language": r.language,
        "language": annotated.language,
        "text": r.text,
        "sentences": json.dumps(sentences, ensure_ascii=False),
        "records": json.dumps([rec.schema_dict() for rec in records], ensure_ascii=False),
    }


def shard_rows(shard: Shard, language: str | None = None) -> list[dict[str, Any]]:
    """read → process → rows, for one shard; failures are rows too. Touches no database."""
    from hito.nlp import UnsupportedLanguage
    from hito.pipeline import process

    rows: list[dict[str, Any]] = []
    for seq, item in enumerate(read_shard(shard)):
        if isinstance(item, IngestFailure):
            rows.append(_failure_row(seq, item))
            continue
        try:
            annotated, records = process(item, language)
        except UnsupportedLanguage as exc:
            rows.append(_failure_row(seq, IngestFailure(_who(item), exc.reason)))
        except Exception as exc:  # one report's bug must not stop the shard
            reason = f"processing failed: {type(exc).__name__}: {exc}"
            rows.append(_failure_row(seq, IngestFailure(_who(item), reason)))
        else:
            rows.append(report_row(seq, annotated, records))
    return rows


def _who(report: Report) -> str:
    return report.source or report.content_hash[:12]


def rows_to_report(row: dict[str, Any]) -> tuple[AnnotatedReport, list[EventRecord]]:
    """Rebuild what `Store.save_report` takes from one report row."""
    published = row.get("published")
    report = Report(
        text=row["text"],
        content_hash=row["content_hash"],
        title=row.get("title"),
        url=row.get("url"),
        published=dt.date.fromisoformat(published) if published else None,
        language=row.get("report_language"),
        source=row.get("source"),
    )
    sentences = [
        Sentence(index=i, text=t, start=a, end=b, stance=st, factuality=fa)
        for i, t, a, b, st, fa in json.loads(row["sentences"])
    ]
    records = [EventRecord.model_validate(r) for r in json.loads(row["records"])]
    return AnnotatedReport(report, row["language"], sentences), records


# -- Parquet ---------------------------------------------------------------------------------


def _schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("shard_id", s),
            ("shard", s),
            ("seq", pa.int32()),
            ("kind", s),
            ("source", s),
            ("reason", s),
            ("content_hash", s),
            ("title", s),
            ("url", s),
            ("published", s),
            ("report_language", s),
            ("language", s),
            ("text", s),
            ("sentences", s),
            ("records", s),
        ]
    )


def output_path(out_dir: str | Path, shard: Shard) -> Path:
    return Path(out_dir) / f"shard-{shard.shard_id}.parquet"


@dataclass
class ShardResult:
    shard_id: str
    label: str
    reports: int = 0
    failures: int = 0
    skipped: bool = False
    seconds: float = 0.0
    # The worker's own peak resident memory after the task: workers forked from the fork
    # server are not the caller's children, so the caller's rusage cannot see them.
    peak_rss_mb: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_shard(shard: Shard, out_dir: str | Path, language: str | None = None) -> ShardResult:
    """Process one shard into `out_dir/shard-<id>.parquet`, unless that file already exists."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    final = output_path(out_dir, shard)
    result = ShardResult(shard.shard_id, shard.label)
    if final.exists():
        result.skipped = True
        return result
    started = time.perf_counter()
    rows = shard_rows(shard, language)
    for row in rows:
        row["shard_id"] = shard.shard_id
        row["shard"] = shard.label
    table = pa.Table.from_pylist(rows, schema=_schema())
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".tmp-{final.stem}-{os.getpid()}-{uuid.uuid4().hex[:8]}.parquet")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, final)  # atomic: a retried task finds either nothing or the whole file
    result.reports = sum(1 for r in rows if r["kind"] == "report")
    result.failures = len(rows) - result.reports
    result.seconds = time.perf_counter() - started
    result.peak_rss_mb = _peak_rss_mb()
    return result


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    rows.sort(key=lambda r: r["seq"])
    return rows
