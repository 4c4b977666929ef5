"""Conversions between the typed records and the rows of the store's tables."""

from __future__ import annotations

import datetime as dt
import json

from hito.models import EventRecord, Mention, Report, Sentence, StoredEvent
from hito.store.dialect import Row


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def report_row(report: Report, language: str | None, now: str) -> tuple[object, ...]:
    return (
        report.content_hash,
        report.title,
        report.url,
        report.source,
        _iso(report.published),
        language,
        report.text,
        now,
    )


def sentence_row(content_hash: str, sentence: Sentence) -> tuple[object, ...]:
    return (
        content_hash,
        sentence.index,
        sentence.text,
        sentence.start,
        sentence.end,
        sentence.stance,
        sentence.factuality,
    )


def event_row(event_id: str, record: EventRecord, now: str) -> tuple[object, ...]:
    return (
        event_id,
        record.event_type,
        record.mode,
        _iso(record.date),
        record.date_precision,
        record.country,
        record.admin1,
        record.place,
        record.latitude,
        record.longitude,
        int(record.cross_border),
        record.factuality,
        record.model_dump_json(),
        now,
        now,
    )


UPDATE_EVENT = (
    "UPDATE events SET event_type = ?, mode = ?, date = ?, date_precision = ?, country = ?,"
    " admin1 = ?, place = ?, latitude = ?, longitude = ?, cross_border = ?, factuality = ?,"
    " record = ?, updated_at = ? WHERE event_id = ?"
)


def event_update_row(event_id: str, record: EventRecord, now: str) -> tuple[object, ...]:
    """The parameters of UPDATE_EVENT: the event's columns from its record, as event_row."""
    columns = event_row(event_id, record, now)[1:13]
    return (*columns, now, event_id)


def report_from_row(row: Row) -> Report:
    return Report(
        text=row["text"],
        content_hash=row["content_hash"],
        title=row["title"],
        url=row["url"],
        published=_date(row["published"]),
        language=row["language"],
        source=row["source"],
    )


def mention_from_row(row: Row) -> Mention:
    return Mention(
        content_hash=row["content_hash"],
        url=row["url"],
        title=row["title"],
        source=row["source"],
        published=_date(row["published"]),
        evidence=json.loads(row["evidence"]),
    )


def stored_event_from_row(row: Row, mentions: list[Mention]) -> StoredEvent:
    return StoredEvent(
        event_id=row["event_id"],
        record=EventRecord.model_validate_json(row["record"]),
        mentions=mentions,
        updated_at=dt.datetime.fromisoformat(row["updated_at"]),
    )
