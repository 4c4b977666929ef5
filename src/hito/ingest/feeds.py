"""RSS and Atom feeds: one report per entry, HTML in entries stripped to text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import feedparser

from hito.ingest.build import make_report, parse_any_date
from hito.ingest.errors import IngestError
from hito.ingest.htmltext import html_to_text
from hito.models import IngestFailure, Report


def is_feed(parsed: Any) -> bool:
    """Whether feedparser recognised a feed (a broken one still counts if it has entries)."""
    return bool(parsed.get("version") or parsed.entries)


def _entry_text(entry: Any) -> str:
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content", [])]
    summary = entry.get("summary") or entry.get("description")
    if summary:
        candidates.append((summary, entry.get("summary_detail", {}).get("type") or ""))
    if not candidates:
        return ""
    # Feeds often carry a teaser summary and the full article in content: keep the longer.
    value, mime = max(candidates, key=lambda c: len(c[0]))
    return value if mime == "text/plain" else html_to_text(value)


def _entry_date(entry: Any) -> dt.date | None:
    # The raw string keeps the publisher's own day; *_parsed is shifted to UTC.
    for key in ("published", "updated", "created"):
        parsed = parse_any_date(entry.get(key))
        if parsed:
            return parsed
    for key in ("published_parsed", "updated_parsed"):
        struct = entry.get(key)
        if struct:
            try:
                day = dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday)
            except (TypeError, ValueError, OverflowError):
                continue
            return parse_any_date(day.isoformat())
    return None


def entry_report(entry: Any, source: str, language: str | None) -> Report:
    title = entry.get("title") or None
    if title and entry.get("title_detail", {}).get("type") == "text/html":
        title = html_to_text(title)
    body = _entry_text(entry)
    if not body.strip():
        raise IngestError("feed entry has no text")
    # The headline carries facts the teaser leaves out, as it does at the top of a page.
    text = body if title and body.startswith(title) else f"{title}\n\n{body}" if title else body
    return make_report(
        text,
        source=source,
        title=title,
        url=entry.get("link"),
        published=_entry_date(entry),
        language=language,
    )


def read_feed(data: str | bytes, source: str) -> Iterator[Report | IngestFailure]:
    parsed = feedparser.parse(data)
    if not is_feed(parsed):
        bozo = parsed.get("bozo_exception")
        raise IngestError(f"not a valid feed ({bozo})" if bozo else "not a valid feed")
    if not parsed.entries:
        raise IngestError("feed has no entries")
    language = parsed.feed.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            report: Report | IngestFailure = entry_report(entry, source, language)
        except IngestError as exc:
            report = IngestFailure(f"{source}#{number}", str(exc))
        except Exception as exc:  # one odd entry must not lose the rest of the feed
            report = IngestFailure(
                f"{source}#{number}", f"unexpected error: {type(exc).__name__}: {exc}"
            )
        yield report
