"""Editors' corrections of an event's fields, each change kept with who made it and when."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from pydantic import ValidationError

from hito.api.attribution import read_note
from hito.api.errors import ApiError, invalid
from hito.models import EventRecord, StoredEvent
from hito.store import Store
from hito.store.rows import UPDATE_EVENT, event_update_row

# Evidence is what the reports say; it is not an editor's to rewrite.
EDITABLE: tuple[str, ...] = tuple(f for f in EventRecord.model_fields if f != "evidence")


def etag(event: StoredEvent) -> str:
    """A strong validator of the event's current state, for If-Match."""
    stamp = event.updated_at.isoformat() if event.updated_at else ""
    digest = hashlib.sha256((stamp + event.record.model_dump_json()).encode()).hexdigest()
    return f'"{digest[:32]}"'


def corrected(record: EventRecord, patch: dict[str, Any]) -> tuple[EventRecord, dict[str, Any]]:
    """The record with `patch` (a JSON merge patch of its fields) applied, and the changes as
    {field: (old, new)} in JSON form; 422 for unknown fields or values the schema refuses."""
    if not patch:
        raise invalid("the body must name at least one field to change")
    unknown = sorted(set(patch) - set(EDITABLE))
    if unknown:
        raise invalid(f"cannot change {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    for name, value in patch.items():
        if _holds_nul(value):
            # No name or word holds NUL; PostgreSQL's jsonb refuses it, SQLite would keep it.
            raise invalid(f"{name}: NUL character")
    old = record.schema_dict()
    try:
        new_record = EventRecord.model_validate({**old, **patch})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise invalid(f"{where}: {first.get('msg', 'invalid value')}") from None
    new = new_record.schema_dict()
    changes = {name: (old[name], new[name]) for name in patch if old[name] != new[name]}
    return new_record, changes


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


def apply_correction(
    store: Store,
    event_id: str,
    patch: dict[str, Any],
    who: str,
    note: str | None = None,
    if_match: str | None = None,
) -> dict[str, Any]:
    """Correct an event in one transaction: the events row and one history row per changed
    field. Returns the changes; 404 for an unknown event, 412 when If-Match is stale."""
    from hito.store.queries import with_mentions

    with store.transaction() as conn:
        rows = conn.execute(
            "SELECT event_id, record, updated_at FROM events WHERE event_id = ?", (event_id,)
        ).fetchall()
        if not rows:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}")
        current = with_mentions(store, rows)[0]
        if if_match is not None and if_match.strip() not in ("*", etag(current)):
            raise ApiError(412, "precondition_failed", "the event changed; fetch it again")
        record, changes = corrected(current.record, patch)
        if not changes:
            return {}
        now = dt.datetime.now(dt.UTC)
        updated_at = now.isoformat(timespec="seconds")
        conn.execute(UPDATE_EVENT, event_update_row(event_id, record, updated_at))
        at = now.isoformat(timespec="microseconds")
        conn.executemany(
            "INSERT INTO event_corrections (event_id, field, old_value, new_value, changed_by,"
            " changed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (event_id, name, _j(old), _j(new), who, at, note)
                for name, (old, new) in changes.items()
            ],
        )
    return changes


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def corrections_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The event's corrections, oldest first, one entry per PATCH."""
    rows = store.query(
        "SELECT field, old_value, new_value, changed_by, changed_at, note"
        " FROM event_corrections WHERE event_id = ? ORDER BY id",
        (event_id,),
    )
    entries: list[dict[str, Any]] = []
    for row in rows:
        key = (row["changed_at"], row["changed_by"])
        if not entries or (entries[-1]["at"], entries[-1]["by"]) != key:
            entries.append(
                {
                    "at": row["changed_at"],
                    "action": "correction",
                    "by": row["changed_by"],
                    "note": row["note"],
                    "changes": [],
                }
            )
        entries[-1]["changes"].append(
            {
                "field": row["field"],
                "old": json.loads(row["old_value"]),
                "new": json.loads(row["new_value"]),
            }
        )
    return entries


def history_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Fusion's history of the event (merges, splits), when the store keeps one, and the
    editors' corrections; oldest first."""
    entries: list[dict[str, Any]] = []
    history = getattr(store, "history", None)
    if callable(history):
        for h in history(event_id):
            by, note = read_note(h.note, h.manual)
            entries.append(
                {
                    "at": h.at.isoformat(),
                    "action": h.action,
                    "by": by,
                    "note": note,
                    "event_id": h.event_id,
                    "others": list(h.others),
                    "records": list(h.records),
                }
            )
    entries.extend(corrections_of(store, event_id))
    return sorted(entries, key=lambda e: str(e["at"]))
