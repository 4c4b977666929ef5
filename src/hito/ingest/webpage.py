"""HTML pages: the article's main text and metadata, extracted with trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura

from hito.ingest.build import make_report, parse_any_date
from hito.ingest.errors import IngestError
from hito.ingest.htmltext import html_text_and_depth
from hito.ingest.limits import MAX_HTML_CHARS, cut_notice
from hito.models import IngestFailure, Report

# Pages with no article still yield their menu words ("Home", "Contact"); below this many
# characters nothing a report could say survives.
MIN_MAIN_TEXT_CHARS = 40
# libxml2, under trafilatura, gives up on elements nested deeper than 255 levels and the
# page comes back empty; past this depth the page's visible text is taken instead.
DEEP_NESTING = 250
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z-]+)", re.IGNORECASE)


def _fallback_text(html: str) -> str | None:
    """The visible text of a page too deeply nested for trafilatura, else None."""
    text, depth = html_text_and_depth(html)
    return text if depth > DEEP_NESTING else None


def read_html(
    html: str, source: str, *, url: str | None = None
) -> Iterator[Report | IngestFailure]:
    """The page's main text as one report. A page longer than MAX_HTML_CHARS is read up to
    that point, and the cut is yielded as a failure after the report."""
    total = len(html)
    if total > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = getattr(doc, "text", None) or ""
    if len(text.strip()) < MIN_MAIN_TEXT_CHARS:
        text = _fallback_text(html) or ""
    if len(text.strip()) < MIN_MAIN_TEXT_CHARS:
        cut = f" (page cut to its first {MAX_HTML_CHARS:,} characters)" if total > len(html) else ""
        raise IngestError(f"no main text found in HTML{cut}")
    lang = _HTML_LANG.search(html[:4096])
    yield make_report(
        text,
        source=source,
        title=getattr(doc, "title", None),
        url=url or getattr(doc, "url", None),
        published=parse_any_date(getattr(doc, "date", None)),
        language=lang.group(1) if lang else getattr(doc, "language", None),
    )
    if total > len(html):
        yield IngestFailure(source, cut_notice(len(html), total, "HTML page"))
