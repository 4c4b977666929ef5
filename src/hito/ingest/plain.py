"""Plain text and Markdown files: the whole file is the report, a short first line its title."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from hito.ingest.build import make_report
from hito.ingest.errors import IngestError
from hito.models import Report

# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 200
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)


def first_line_title(text: str) -> str | None:
    """The first non-empty line when it is short and more text follows it."""
    lines = [line.strip() for line in text.strip().split("\n")]
    if len(lines) < 2 or not lines[0] or len(lines[0]) > MAX_TITLE_CHARS:
        return None
    return lines[0]


# A byline or dateline is a short line near the top ("By Border Desk | July 31, 2025").
BYLINE_LINES = 8
BYLINE_MAX_CHARS = 150


def byline_date(text: str) -> dt.date | None:
    """The publication date a plain-text report states in its first lines, if any."""
    from hito.nlp import parse_dates

    for line in text.strip().split("\n")[:BYLINE_LINES]:
        if not line.strip() or len(line) > BYLINE_MAX_CHARS:
            continue
        for language in ("en", "es"):
            days = [d for d in parse_dates(line, language, None) if d.precision == "day"]
            if days:
                return days[0].date
    return None


def read_plain(text: str, source: str, *, markdown: bool = False) -> Iterator[Report]:
    if markdown:
        # Heading markers would otherwise end up inside sentences.
        text = _MD_HEADING.sub("", text)
    if not text.strip():
        raise IngestError("empty file")
    report = make_report(text, source=source)
    report.title = first_line_title(report.text)
    report.published = byline_date(report.text)
    yield report
