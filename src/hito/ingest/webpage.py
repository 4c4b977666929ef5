"""HTML pages: the article's main text and metadata, extracted with trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura

from hito.ingest.build import make_report, parse_any_date
from hito.ingest.errors import IngestError
from hito.models import Report

# Pages with no article still yield their menu words ("Home", "Contact"); below this many
# characters nothing a report could say survives.
MIN_MAIN_TEXT_CHARS = 40
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z-]+)", re.IGNORECASE)


def read_html(html: str, source: str, *, url: str | None = None) -> Iterator[Report]:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = getattr(doc, "text", None) or ""
    if len(text.strip()) < MIN_MAIN_TEXT_CHARS:
        raise IngestError("no main text found in HTML")
    lang = _HTML_LANG.search(html[:4096])
    yield make_report(
        text,
        source=source,
        title=getattr(doc, "title", None),
        url=url or getattr(doc, "url", None),
        published=parse_any_date(getattr(doc, "date", None)),
        language=lang.group(1) if lang else getattr(doc, "language", None),
    )
