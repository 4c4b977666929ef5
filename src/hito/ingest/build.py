"""Report construction shared by every input format: normalise, hash, validate metadata."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from hito.ingest.errors import IngestError
from hito.ingest.normalise import content_hash, normalise_text
from hito.models import Report

_WHITESPACE = re.compile(r"\s+")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def clean_title(title: str | None) -> str | None:
    """A title on one line, or None when there is nothing in it."""
    if not title:
        return None
    single = _WHITESPACE.sub(" ", normalise_text(title)).strip()
    return single or None


def clean_language(language: str | None) -> str | None:
    """Primary language subtag, lower case ("es-MX" -> "es"); None when not a language tag."""
    if not language or not _LANGUAGE.match(language.strip()):
        return None
    return re.split(r"[-_]", language.strip())[0].lower()


def parse_iso_date(value: str) -> dt.date:
    """An ISO 8601 date or datetime as the date it names (in its own time zone)."""
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise IngestError(f"published is not an ISO date: {value!r}") from exc


def parse_any_date(value: str | None) -> dt.date | None:
    """Lenient date for metadata we did not write ourselves (feeds, HTML): None if unreadable."""
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except IngestError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def make_report(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
) -> Report:
    """A Report with normalised text and its content hash; IngestError if no text is left."""
    normalised = normalise_text(text)
    if not normalised:
        raise IngestError("no text")
    return Report(
        text=normalised,
        content_hash=content_hash(normalised),
        title=clean_title(title),
        url=url.strip() if url and url.strip() else None,
        published=published,
        language=clean_language(language),
        source=source,
    )
