"""The live monitor's state in the store (migration 4): source cursors, seen item ids,
alerts and their deliveries, and the queries `hito watch` and `hito trends` make.

Functions take a `Store` and go through its lock and transactions, so a store can be shared
with the rest of hito. Times the monitor schedules by (`next_poll`, `next_attempt`) are Unix
seconds from the monitor's clock; the others are ISO 8601 UTC text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hito.models import EventRecord
from hito.store.dialect import Row
from hito.store.store import Store

_IN_CHUNK = 500


def _query(store: Store, sql: str, params: Sequence[object] = ()) -> list[Row]:
    return store.query(sql, params)


def _write(store: Store, sql: str, params: Sequence[object] = ()) -> int:
    with store.transaction() as conn:
        return conn.execute(sql, params).rowcount


def iso(ts: float) -> str:
    """Unix seconds as the ISO UTC text the store keeps."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


# -- sources -------------------------------------------------------------------------------


@dataclass
class SourceCursor:
    """Where a source stands: its validators, when to poll it next, its error streak."""

    name: str
    location: str
    etag: str | None = None
    last_modified: str | None = None
    next_poll: float | None = None
    errors: int = 0
    last_status: str | None = None
    last_poll: str | None = None


def source_cursor(store: Store, name: str, location: str) -> SourceCursor:
    """The stored cursor of a source; a fresh one if it is new or now points elsewhere."""
    rows = _query(store, "SELECT * FROM watch_sources WHERE name = ?", (name,))
    if not rows or rows[0]["location"] != location:
        return SourceCursor(name=name, location=location)
    row = rows[0]
    return SourceCursor(
        name=name,
        location=location,
        etag=row["etag"],
        last_modified=row["last_modified"],
        next_poll=row["next_poll"],
        errors=row["errors"],
        last_status=row["last_status"],
        last_poll=row["last_poll"],
    )


def save_source_cursor(store: Store, cursor: SourceCursor) -> None:
    _write(
        store,
        "INSERT INTO watch_sources (name, location, etag, last_modified, next_poll, errors,"
        " last_status, last_poll) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET location = excluded.location,"
        " etag = excluded.etag, last_modified = excluded.last_modified,"
        " next_poll = excluded.next_poll, errors = excluded.errors,"
        " last_status = excluded.last_status, last_poll = excluded.last_poll",
        (
            cursor.name,
            cursor.location,
            cursor.etag,
            cursor.last_modified,
            cursor.next_poll,
            cursor.errors,
            cursor.last_status,
            cursor.last_poll,
        ),
    )


def source_cursors(store: Store) -> list[SourceCursor]:
    rows = _query(store, "SELECT name, location FROM watch_sources ORDER BY name")
    return [source_cursor(store, row["name"], row["location"]) for row in rows]


# -- seen items ----------------------------------------------------------------------------


def seen_keys(store: Store, source: str, keys: Iterable[str]) -> set[str]:
    """Which of `keys` this source has already handed over."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[i : i + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = _query(
            store,
            f"SELECT item_key FROM watch_items WHERE source = ? AND item_key IN ({marks})",
            (source, *chunk),
        )
        found.update(row["item_key"] for row in rows)
    return found


def mark_seen(store: Store, source: str, key: str, content_hash: str | None, at: float) -> None:
    """Record that an item was handled (stored, known or failed), so it is never read again."""
    now = iso(at)
    _write(
        store,
        "INSERT INTO watch_items (source, item_key, content_hash, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, item_key) DO UPDATE SET"
        " last_seen = excluded.last_seen",
        (source, key, content_hash, now, now),
    )


def touch_seen(store: Store, source: str, keys: Iterable[str], at: float) -> None:
    """Items a source still lists: keep them from being forgotten."""
    now = iso(at)
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE watch_items SET last_seen = ? WHERE source = ? AND item_key = ?",
            [(now, source, key) for key in keys],
        )


def forget_seen(store: Store, before: float) -> int:
    """Drop item ids no source has listed since `before`; returns how many."""
    return _write(store, "DELETE FROM watch_items WHERE last_seen < ?", (iso(before),))


# -- meta ----------------------------------------------------------------------------------


def get_meta(store: Store, key: str) -> str | None:
    rows = _query(store, "SELECT value FROM watch_meta WHERE key = ?", (key,))
    return rows[0]["value"] if rows else None


def set_meta(store: Store, key: str, value: str, only_if_absent: bool = False) -> None:
    action = "NOTHING" if only_if_absent else "UPDATE SET value = excluded.value"
    _write(
        store,
        f"INSERT INTO watch_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO {action}",
        (key, value),
    )


# -- events --------------------------------------------------------------------------------


@dataclass
class ChangedEvent:
    event_id: str
    record: EventRecord
    created_at: str
    updated_at: str


def events_changed_since(store: Store, stamp: str) -> list[ChangedEvent]:
    """Events created or updated at or after `stamp`, oldest change first."""
    rows = _query(
        store,
        "SELECT event_id, record, created_at, updated_at FROM events WHERE updated_at >= ?"
        " ORDER BY updated_at, event_id",
        (stamp,),
    )
    return [
        ChangedEvent(
            row["event_id"],
            EventRecord.model_validate_json(row["record"]),
            row["created_at"],
            row["updated_at"],
        )
        for row in rows
    ]


def dated_records(
    store: Store, date_from: dt.date, date_to: dt.date
) -> list[tuple[str, EventRecord]]:
    """(event_id, record) of the events dated within [date_from, date_to]."""
    rows = _query(
        store,
        "SELECT event_id, record FROM events WHERE date >= ? AND date <= ? ORDER BY date, event_id",
        (date_from.isoformat(), date_to.isoformat()),
    )
    return [(row["event_id"], EventRecord.model_validate_json(row["record"])) for row in rows]


def first_event_date(store: Store) -> dt.date | None:
    """The earliest date of any event dated to the day or week: where coverage starts."""
    rows = _query(
        store,
        "SELECT min(date) AS first FROM events WHERE date IS NOT NULL"
        " AND date_precision IN ('day', 'week')",
    )
    value = rows[0]["first"] if rows else None
    return dt.date.fromisoformat(value) if value else None


# -- alerts --------------------------------------------------------------------------------


@dataclass
class StoredAlert:
    alert_id: str
    kind: str
    watch: str
    created_at: str
    title: str
    summary: str
    payload: dict[str, Any]


def _alert_from_row(row: Row) -> StoredAlert:
    return StoredAlert(
        alert_id=row["alert_id"],
        kind=row["kind"],
        watch=row["watch"],
        created_at=row["created_at"],
        title=row["title"],
        summary=row["summary"],
        payload=json.loads(row["payload"]),
    )


def insert_alert(store: Store, alert: StoredAlert, event_ids: Sequence[str]) -> bool:
    """Store an alert and the events it names; False (and nothing changes) if its id exists."""
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO watch_alerts (alert_id, kind, watch, created_at, title,"
            " summary, payload) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                alert.alert_id,
                alert.kind,
                alert.watch,
                alert.created_at,
                alert.title,
                alert.summary,
                json.dumps(alert.payload, ensure_ascii=False),
            ),
        )
        if cursor.rowcount == 0:
            return False
        conn.executemany(
            "INSERT INTO watch_alert_events (alert_id, watch, event_id) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(alert.alert_id, alert.watch, e) for e in event_ids],
        )
        return True


def _has_table(store: Store, name: str) -> bool:
    rows = _query(store, store.dialect.has_table_sql(), (name,))
    return bool(rows)


def already_alerted(store: Store, watch: str, event_id: str) -> bool:
    """Whether this watch has named this event, or an event fusion has since merged into it."""
    # Surge alerts name the week's events too, but do not stand for an alert on each.
    named = (
        "SELECT ae.event_id FROM watch_alert_events AS ae JOIN watch_alerts AS a"
        " ON a.alert_id = ae.alert_id WHERE ae.watch = ? AND a.kind != 'surge'"
    )
    if _query(store, f"SELECT 1 FROM ({named}) WHERE event_id = ? LIMIT 1", (watch, event_id)):
        return True
    if not _has_table(store, "event_tombstones"):
        return False
    return bool(
        _query(
            store,
            f"SELECT 1 FROM ({named}) AS n JOIN event_tombstones AS t"
            " ON t.event_id = n.event_id WHERE t.successor = ? LIMIT 1",
            (watch, event_id),
        )
    )


def get_alert(store: Store, alert_id: str) -> StoredAlert | None:
    rows = _query(store, "SELECT * FROM watch_alerts WHERE alert_id = ?", (alert_id,))
    return _alert_from_row(rows[0]) if rows else None


def list_alerts(
    store: Store, limit: int = 50, watch: str | None = None, kind: str | None = None
) -> list[StoredAlert]:
    """Alerts, newest first."""
    conditions, params = [], []
    if watch is not None:
        conditions.append("watch = ?")
        params.append(watch)
    if kind is not None:
        conditions.append("kind = ?")
        params.append(kind)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = _query(
        store,
        f"SELECT * FROM watch_alerts{where} ORDER BY created_at DESC, alert_id DESC LIMIT ?",
        (*params, max(0, limit)),
    )
    return [_alert_from_row(row) for row in rows]


# -- deliveries ----------------------------------------------------------------------------


@dataclass
class DueDelivery:
    alert: StoredAlert
    channel: str
    attempts: int  # made so far


def due_deliveries(store: Store, channel: str, since: str, now: float) -> list[DueDelivery]:
    """Alerts this channel still owes: never tried (created at or after `since`, when the
    channel was first configured) or due for a retry. Oldest first."""
    rows = _query(
        store,
        "SELECT a.*, coalesce(d.attempts, 0) AS attempts FROM watch_alerts AS a"
        " LEFT JOIN watch_deliveries AS d ON d.alert_id = a.alert_id AND d.channel = ?"
        " WHERE (d.alert_id IS NULL AND a.created_at >= ?)"
        " OR (d.status = 'retry' AND d.next_attempt <= ?)"
        " ORDER BY a.created_at, a.alert_id",
        (channel, since, now),
    )
    return [DueDelivery(_alert_from_row(row), channel, row["attempts"]) for row in rows]


def record_delivery(
    store: Store,
    alert_id: str,
    channel: str,
    status: str,
    attempts: int,
    at: float,
    next_attempt: float | None = None,
    error: str | None = None,
) -> None:
    """The outcome of a delivery attempt: 'sent', 'retry' (at `next_attempt`) or 'failed'."""
    _write(
        store,
        "INSERT INTO watch_deliveries (alert_id, channel, status, attempts, next_attempt,"
        " last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (alert_id, channel) DO UPDATE SET status = excluded.status,"
        " attempts = excluded.attempts, next_attempt = excluded.next_attempt,"
        " last_error = excluded.last_error, updated_at = excluded.updated_at",
        (alert_id, channel, status, attempts, next_attempt, error, iso(at)),
    )


def delivery_status(store: Store, alert_id: str, channel: str) -> tuple[str, int] | None:
    """(status, attempts) of an alert on a channel, or None if never tried."""
    rows = _query(
        store,
        "SELECT status, attempts FROM watch_deliveries WHERE alert_id = ? AND channel = ?",
        (alert_id, channel),
    )
    return (rows[0]["status"], rows[0]["attempts"]) if rows else None
