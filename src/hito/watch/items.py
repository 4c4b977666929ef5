"""What one poll of a source yields: items, each with a stable key and, read on demand, the
reports (or failures) in it.

Keys: a feed entry's id (else its link, else a hash of its title and text); a JSON report's
`id` (else its url, else its content hash); a dropped file's path, size and modification time
(a rewritten file is a new item; identical text is still stored once, by content hash).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser

from hito.ingest import read_paths
from hito.ingest.errors import IngestError
from hito.ingest.feeds import entry_report, is_feed
from hito.ingest.records import report_from_object
from hito.ingest.sources import walk
from hito.models import IngestFailure, Report
from hito.watch.http import FetchError

Loaded = list[Report | IngestFailure]


@dataclass
class Item:
    key: str
    load: Callable[[], Loaded]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _ready(value: Report | IngestFailure) -> Callable[[], Loaded]:
    return lambda: [value]


def feed_items(body: bytes, url: str) -> list[Item]:
    """One item per entry of an RSS/Atom document; FetchError if it is not a feed."""
    parsed = feedparser.parse(body)
    if not is_feed(parsed):
        bozo = parsed.get("bozo_exception")
        raise FetchError(f"not a valid feed ({bozo})" if bozo else "not a valid feed")
    language = parsed.feed.get("language")
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link")
        if not key:
            text = " ".join(str(entry.get(k) or "") for k in ("title", "summary"))
            key = "entry:" + _digest(text)
        value: Report | IngestFailure
        try:
            value = entry_report(entry, url, language)
        except IngestError as exc:
            value = IngestFailure(f"{url}#{number}", str(exc))
        except Exception as exc:  # a library choking on one odd entry spoils only that entry
            value = IngestFailure(f"{url}#{number}", f"unexpected error: {type(exc).__name__}")
        items.append(Item(str(key), _ready(value)))
    return items


def _json_key(obj: Any, value: Report | IngestFailure, index: int) -> str:
    if isinstance(obj, dict):
        ident = obj.get("id")
        if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident).strip():
            return f"id:{ident}"
    if isinstance(value, Report):
        return f"url:{value.url}" if value.url else f"sha256:{value.content_hash}"
    return "bad:" + _digest(json.dumps(obj, sort_keys=True, default=str), str(index))


def json_items(body: bytes, url: str) -> list[Item]:
    """One item per report object of a JSON list (or {"reports": [...]} / {"items": [...]})."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FetchError(f"invalid JSON: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("reports", data.get("items"))
    if not isinstance(data, list):
        raise FetchError("expected a JSON list of report objects")
    items = []
    for index, obj in enumerate(data):
        value: Report | IngestFailure
        try:
            value = report_from_object(obj, url)
        except IngestError as exc:
            value = IngestFailure(f"{url}[{index}]", str(exc))
        items.append(Item(_json_key(obj, value, index), _ready(value)))
    return items


def _read_file(path: Path) -> Callable[[], Loaded]:
    return lambda: list(read_paths([path]))


def folder_items(folder: str, settle: float, now: float | None = None) -> list[Item]:
    """One item per file under `folder` (recursive, name order, hidden files skipped) that
    has not changed for `settle` seconds of wall-clock time."""
    root = Path(folder)
    if not root.is_dir():
        raise FetchError(f"no such folder: {folder}")
    wall = time.time() if now is None else now
    items = []
    try:
        files = list(walk(root))
    except OSError as exc:
        raise FetchError(f"cannot list folder: {exc.strerror or exc}") from exc
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue  # removed while we looked
        if wall - stat.st_mtime < settle:
            continue  # still being written, perhaps: next poll
        rel = os.path.relpath(path, root)
        items.append(Item(f"{rel}|{stat.st_size}|{stat.st_mtime_ns}", _read_file(path)))
    return items
