"""read_paths: files, folders and URLs in; reports and one-line failures out, never an exception."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from hito.ingest.decode import decode_bytes
from hito.ingest.errors import IngestError
from hito.ingest.feeds import read_feed
from hito.ingest.fetch import is_url, read_url
from hito.ingest.plain import read_plain
from hito.ingest.records import read_json, read_jsonl
from hito.ingest.webpage import read_html
from hito.models import IngestFailure, Report

MAX_FILE_BYTES = 50 * 1024 * 1024
_SNIFF_CHARS = 2048

Reader = Callable[[str, str], Iterator[Report | IngestFailure]]


def _read_markdown(text: str, source: str) -> Iterator[Report]:
    return read_plain(text, source, markdown=True)


def _read_html_file(text: str, source: str) -> Iterator[Report]:
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
    return " ".join(message.split()) or "unknown error"


def _guarded(
    source: str, produce: Callable[[], Iterable[Report | IngestFailure]]
) -> Iterator[Report | IngestFailure]:
    """Run a reader, turning anything it raises into a failure for `source`."""
    try:
        yield from produce()
    except IngestError as exc:
        yield IngestFailure(source, _one_line(str(exc)))
    except Exception as exc:
        # A reader bug or a library choking on odd input must not stop a batch of files.
        yield IngestFailure(source, _one_line(f"unexpected error: {type(exc).__name__}: {exc}"))


def read_file(path: Path) -> Iterator[Report | IngestFailure]:
    source = str(path)
    try:
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


def walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, recursively, in name order, hidden files and folders skipped."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk(entry)
        elif entry.is_file():
            yield entry


def _read_one(item: str | Path) -> Iterator[Report | IngestFailure]:
    name = str(item)
    if isinstance(item, str) and is_url(item):
        yield from _guarded(name, lambda: read_url(name))
        return
    path = Path(item)
    if path.is_dir():
        try:
            files = list(walk(path))
        except OSError as exc:
            yield IngestFailure(name, _one_line(f"cannot list folder: {exc.strerror or exc}"))
            return
        for file in files:
            yield from _guarded(str(file), partial(read_file, file))
    elif path.exists():
        yield from _guarded(name, lambda: read_file(path))
    else:
        yield IngestFailure(name, "no such file or folder")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Report | IngestFailure]:
    """Reports from files, folders (recursive, sorted) and http(s) URLs, in input order.

    Never raises for bad input: whatever cannot become a report is yielded as an
    IngestFailure(source, one-line reason) and the rest goes on.
    """
    for item in paths:
        yield from _read_one(item)
