"""Report construction shared by every input format: normalise, hash, validate metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from hito.ingest.errors import IngestError
from hito.ingest.limits import (
    MAX_RAW_CHARS,
    MAX_REPORT_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    clean_field,
    cut_text,
)
from hito.ingest.normalise import content_hash, normalise_text
from hito.models import Report

_WHITESPACE = re.compile(r"\s+")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# A home region is the name of a state or town ("Chihuahua", "Monterrey").
MAX_REGION_CHARS = 200
# A publication date outside these bounds is a typo or a placeholder ("0001-01-01"), and
# relative dates in the text would be resolved against it.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
# Tomorrow is allowed: a publisher east of the reader may already be on the next day.
FUTURE_SLACK = dt.timedelta(days=1)


@dataclass
class TruncatedReport(Report):
    """A Report whose text was cut to MAX_REPORT_CHARS; `original_chars` is how long the
    text was. read_paths records the cut as a failure, so nothing is dropped silently."""

    original_chars: int = 0


def clean_title(title: str | None) -> str | None:
    """A title on one line, or None when there is nothing in it."""
    if not title:
        return None
    single = _WHITESPACE.sub(" ", normalise_text(title[: MAX_TITLE_CHARS * 4])).strip()
    return cut_text(single, MAX_TITLE_CHARS) or None


def clean_language(language: str | None) -> str | None:
    """Primary language subtag, lower case ("es-MX" -> "es"); None when not a language tag."""
    if not language or len(language) > 64 or not _LANGUAGE.match(language.strip()):
        return None
    return re.split(r"[-_]", language.strip())[0].lower()


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "...")


def check_published(day: dt.date, value: str) -> dt.date:
    """`day` if it can be a publication date: not before 1900, not after tomorrow."""
    if day < EARLIEST_PUBLISHED:
        raise IngestError(f"published date is before {EARLIEST_PUBLISHED.year}: {_shown(value)}")
    if day > dt.date.today() + FUTURE_SLACK:
        raise IngestError(f"published date is in the future: {_shown(value)}")
    return day


def parse_iso_date(value: str) -> dt.date:
    """An ISO 8601 date or datetime as the date it names (in its own time zone), between
    1900 and tomorrow."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
        else:
            day = dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise IngestError(f"published is not an ISO date: {_shown(value)}") from exc
    return check_published(day, value)


def parse_any_date(value: str | None) -> dt.date | None:
    """Lenient date for metadata we did not write ourselves (feeds, HTML): None if unreadable."""
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except IngestError:
        pass
    try:
        return check_published(parsedate_to_datetime(value).date(), value)
    except (TypeError, ValueError, IndexError, OverflowError, IngestError):
        return None


def make_report(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    region: str | None = None,
) -> Report:
    """A Report with normalised text and its content hash; IngestError if no text is left.

    Text longer than MAX_REPORT_CHARS is cut (at a paragraph, sentence or word break) and
    the result is a TruncatedReport. The content hash is that of the text kept.
    """
    normalised = normalise_text(text[:MAX_RAW_CHARS])
    if not normalised:
        raise IngestError(
            f"no text in the first {MAX_RAW_CHARS:,} characters"
            if len(text) > MAX_RAW_CHARS
            else "no text"
        )
    kept = normalise_text(cut_text(normalised, MAX_REPORT_CHARS))
    report = Report(
        text=kept,
        content_hash=content_hash(kept),
        title=clean_title(title),
        url=clean_field(url, MAX_URL_CHARS),
        published=published,
        language=clean_language(language),
        source=source,
        region=clean_field(region, MAX_REGION_CHARS),
    )
    if len(text) > MAX_RAW_CHARS or len(kept) < len(normalised):
        return TruncatedReport(**vars(report), original_chars=len(text))
    return report
