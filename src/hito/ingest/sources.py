"""read_paths: files, folders and URLs in; reports and one-line failures out, never an exception."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from hito.ingest.build import TruncatedReport
from hito.ingest.decode import decode_bytes
from hito.ingest.errors import IngestError
from hito.ingest.feeds import read_feed
from hito.ingest.fetch import is_url, read_url
from hito.ingest.limits import (
    ReportTimeLimit,
    cut_notice,
    one_line,
    path_name,
    printable_name,
)
from hito.ingest.plain import read_plain
from hito.ingest.records import read_json, read_jsonl
from hito.ingest.webpage import read_html
from hito.models import IngestFailure, Report

MAX_FILE_BYTES = 50 * 1024 * 1024
_SNIFF_CHARS = 2048

Reader = Callable[[str, str], Iterator[Report | IngestFailure]]


def _read_markdown(text: str, source: str) -> Iterator[Report]:
    return read_plain(text, source, markdown=True)


def _read_html_file(text: str, source: str) -> Iterator[Report | IngestFailure]:
    return read_html(text, source)


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".xhtml": _read_html_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
    ".feed": read_feed,
}


def sniff_reader(text: str) -> Reader:
    """Reader for a file whose extension says nothing: feed, HTML or plain text."""
    head = text.lstrip()[:_SNIFF_CHARS].lower()
    if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        return read_feed
    if head.startswith("<"):
        return _read_html_file
    return read_plain


def _one_line(message: str) -> str:
    return one_line(message)


def _guarded(
    source: str, produce: Callable[[], Iterable[Report | IngestFailure]]
) -> Iterator[Report | IngestFailure]:
    """Run a reader, turning anything it raises into a failure for `source`."""
    try:
        yield from produce()
    except IngestError as exc:
        yield IngestFailure(source, _one_line(str(exc)))
    except ReportTimeLimit as exc:
        yield IngestFailure(source, _one_line(f"reading stopped: {exc}"))
    except Exception as exc:
        # A reader bug or a library choking on odd input must not stop a batch of files.
        yield IngestFailure(source, _one_line(f"unexpected error: {type(exc).__name__}: {exc}"))


def read_file(path: Path) -> Iterator[Report | IngestFailure]:
    source = path_name(path)
    try:
        if not path.is_file():
            # A named pipe or a device would block or never end.
            raise IngestError("not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from exc
    text = decode_bytes(data)
    if not text.strip():
        raise IngestError("empty file")
    reader = READERS.get(path.suffix.lower()) or sniff_reader(text)
    yield from reader(text, source)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | IngestFailure]:
    """Files under `folder` in name order; a folder that cannot be listed is a failure."""
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield IngestFailure(path_name(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    if (info.st_dev, info.st_ino) in seen:
        return  # a symbolic link back into a folder already read
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file():
            yield entry


def walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, recursively, in name order, hidden files and folders skipped;
    each folder is read once even when symbolic links lead back to it. OSError when a
    folder cannot be listed (`read_paths` records that as a failure and goes on)."""
    for item in _walk(folder, set()):
        if isinstance(item, IngestFailure):
            raise OSError(f"{item.source}: {item.reason}")
        yield item


def _read_one(item: str | Path) -> Iterator[Report | IngestFailure]:
    name = item if isinstance(item, str) else path_name(item)
    if isinstance(item, str) and is_url(item):
        yield from _guarded(name, lambda: read_url(name))
        return
    path = Path(item)
    if path.is_dir():
        for entry in _walk(path, set()):
            if isinstance(entry, IngestFailure):
                yield entry
            else:
                yield from _guarded(path_name(entry), partial(read_file, entry))
    elif path.exists():
        yield from _guarded(path_name(path), lambda: read_file(path))
    else:
        yield IngestFailure(path_name(path), "no such file or folder")


def _finished(item: Report | IngestFailure) -> Iterator[Report | IngestFailure]:
    """An item as it leaves read_paths: failures on one storable line, and a cut report
    followed by the failure that says what was cut."""
    if isinstance(item, IngestFailure):
        yield IngestFailure(printable_name(item.source), one_line(item.reason))
        return
    if item.source is not None:
        item.source = printable_name(item.source)
    yield item
    if isinstance(item, TruncatedReport):
        yield IngestFailure(
            item.source or item.content_hash[:12], cut_notice(len(item.text), item.original_chars)
        )


def read_paths(paths: Iterable[str | Path]) -> Iterator[Report | IngestFailure]:
    """Reports from files, folders (recursive, sorted) and http(s) URLs, in input order.

    Never raises for bad input: whatever cannot become a report is yielded as an
    IngestFailure(source, one-line reason) and the rest goes on. A report cut to
    MAX_REPORT_CHARS is followed by a failure for its source saying so.
    """
    for path in paths:
        for item in _read_one(path):
            yield from _finished(item)
