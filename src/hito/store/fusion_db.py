"""The fusion tables, row by row: loading records as fusion items, finding candidate events
through the blocking indexes, moving mentions, refreshing fused events, tombstones, history.

Every function takes the open connection and runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from hito.fuse.combine import combine, figures_of
from hito.fuse.compare import Profile, profile
from hito.fuse.config import FusionConfig
from hito.fuse.keys import MAX_SPAN_DAYS, cell_of, cells_near, shift, where
from hito.fuse.models import EventCluster, FuseItem, Links
from hito.models import EventRecord
from hito.store.dialect import Connection, Row
from hito.store.rows import UPDATE_EVENT, event_update_row, utc_now

_CHUNK = 400

_ITEM_QUERY = """
    SELECT m.event_id, m.content_hash, m.position, m.record, r.language, r.published
    FROM event_mentions AS m JOIN reports AS r ON r.content_hash = m.content_hash
    WHERE m.event_id IN ({marks})
    ORDER BY m.rowid
"""


def chunks(values: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def split_key(key: str) -> tuple[str, int]:
    content_hash, _, position = key.rpartition(":")
    return content_hash, int(position)


def item_from_row(row: Row) -> FuseItem:
    return FuseItem.of(
        row["content_hash"],
        row["position"],
        EventRecord.model_validate_json(row["record"]),
        language=row["language"],
        published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
    )


def load_items(conn: Connection, event_ids: Iterable[str]) -> dict[str, list[FuseItem]]:
    """The records of each event, in the order they were added."""
    ids = sorted(set(event_ids))
    found: dict[str, list[FuseItem]] = {event_id: [] for event_id in ids}
    for chunk in chunks(ids):
        sql = _ITEM_QUERY.format(marks=", ".join("?" * len(chunk)))
        for row in conn.execute(sql, chunk):
            found[row["event_id"]].append(item_from_row(row))
    return found


def ages(conn: Connection, event_ids: Iterable[str]) -> dict[str, int]:
    """Creation order of events (their rowid: smaller is older)."""
    ids = sorted(set(event_ids))
    found: dict[str, int] = {}
    for chunk in chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT event_id, rowid FROM events WHERE event_id IN ({marks})", chunk
        ):
            found[row["event_id"]] = row["rowid"]
    return found


def clusters(conn: Connection, event_ids: Iterable[str], is_open: bool) -> list[EventCluster]:
    items = load_items(conn, event_ids)
    age = ages(conn, items)
    return [
        EventCluster(event_id, tuple(members), age.get(event_id, 0), is_open)
        for event_id, members in items.items()
        if members
    ]


def candidate_ids(conn: Connection, p: Profile, config: FusionConfig) -> set[str]:
    """Events that may tell the same incident as the profiled record, found through the
    blocking indexes (grid cell or state, and the start of the date span): the cost depends
    on how many events lie near it in space and time, not on the size of the database."""
    if not p.fusable:
        return set()
    assert p.span is not None and p.where.country is not None
    widest = max(MAX_SPAN_DAYS, config.undated_days)
    lo = shift(p.span.start, -(config.days + widest)).isoformat()
    hi = shift(p.span.end, config.days).isoformat()
    floor = shift(p.span.start, -config.days).isoformat()
    window = " AND date_start BETWEEN ? AND ? AND date_end >= ?"
    queries: list[tuple[str, list[object]]] = []
    country = p.where.country
    if p.where.point is not None:
        cells = cells_near(*p.where.point, config.km)
        marks = ", ".join("?" * len(cells))
        queries.append((f"cell IN ({marks}){window}", [*cells, lo, hi, floor]))
        queries.append(
            (
                f"country = ? AND admin1 IN (?, '') AND cell IS NULL{window}",
                [country, p.where.admin1, lo, hi, floor],
            )
        )
    elif p.where.admin1:
        queries.append(
            (f"country = ? AND admin1 IN (?, ''){window}", [country, p.where.admin1, lo, hi, floor])
        )
    else:
        queries.append((f"country = ?{window}", [country, lo, hi, floor]))
    found: set[str] = set()
    for condition, params in queries:
        for row in conn.execute(f"SELECT event_id FROM event_keys WHERE {condition}", params):
            found.add(row["event_id"])
    return found


def links_for(conn: Connection, keys: Iterable[str] | None = None) -> Links:
    """Editors' links touching these records (all links when `keys` is None)."""
    rows: list[Row] = []
    if keys is None:
        rows = conn.execute("SELECT record_a, record_b, kind FROM fusion_links").fetchall()
    else:
        wanted = sorted(set(keys))
        seen: set[tuple[str, str]] = set()
        for chunk in chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            for row in conn.execute(
                "SELECT record_a, record_b, kind FROM fusion_links"
                f" WHERE record_a IN ({marks}) OR record_b IN ({marks})",
                [*chunk, *chunk],
            ):
                if (row["record_a"], row["record_b"]) not in seen:
                    seen.add((row["record_a"], row["record_b"]))
                    rows.append(row)
    must = [(r["record_a"], r["record_b"]) for r in rows if r["kind"] == "must"]
    cannot = [(r["record_a"], r["record_b"]) for r in rows if r["kind"] == "cannot"]
    return Links.of(must, cannot)


def set_links(conn: Connection, pairs: Iterable[tuple[str, str]], kind: str, now: str) -> None:
    """Record editors' links (replacing any link of the other kind between the same pair)."""
    conn.executemany(
        "INSERT INTO fusion_links (record_a, record_b, kind, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (record_a, record_b) DO UPDATE SET kind = excluded.kind,"
        " created_at = excluded.created_at",
        [(*sorted((a, b)), kind, now) for a, b in pairs if a != b],
    )


def drop_links(conn: Connection, pairs: Iterable[tuple[str, str]], kind: str) -> None:
    conn.executemany(
        "DELETE FROM fusion_links WHERE record_a = ? AND record_b = ? AND kind = ?",
        [(*sorted((a, b)), kind) for a, b in pairs if a != b],
    )


def id_taken(conn: Connection, event_id: str) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM events WHERE event_id = ?"
            " UNION ALL SELECT 1 FROM event_tombstones WHERE event_id = ?",
            (event_id, event_id),
        ).fetchone()
    )


def free_id(conn: Connection, base: str) -> str:
    """`base` if no event has or had that id, else the first free `base.2`, `base.3`..."""
    if not id_taken(conn, base):
        return base
    n = 2
    while id_taken(conn, f"{base}.{n}"):
        n += 1
    return f"{base}.{n}"


def insert_event_row(conn: Connection, event_id: str, record: EventRecord, now: str) -> None:
    from hito.store.rows import event_row

    conn.execute(
        "INSERT INTO events (event_id, event_type, mode, date, date_precision, country,"
        " admin1, place, latitude, longitude, cross_border, factuality, record, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        event_row(event_id, record, now),
    )


def move_mentions(conn: Connection, keys: Iterable[str], event_id: str) -> None:
    conn.executemany(
        "UPDATE event_mentions SET event_id = ? WHERE content_hash = ? AND position = ?",
        [(event_id, *split_key(key)) for key in keys],
    )


def absorb(conn: Connection, into: str, absorbed: str) -> None:
    """Move every mention of `absorbed` to `into` (the caller then drops `absorbed`)."""
    conn.execute("UPDATE event_mentions SET event_id = ? WHERE event_id = ?", (into, absorbed))


def drop_event(
    conn: Connection, event_id: str, successor: str | None, reason: str, now: str | None
) -> None:
    """Delete an event; with `now`, leave a tombstone pointing to its successor (and re-point
    older tombstones that pointed to it, so a successor is always a live event)."""
    conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
    if now is None:
        return
    conn.execute(
        "INSERT INTO event_tombstones (event_id, successor, reason, deleted_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (event_id) DO UPDATE SET successor = excluded.successor,"
        " reason = excluded.reason, deleted_at = excluded.deleted_at",
        (event_id, successor, reason, now),
    )
    conn.execute(
        "UPDATE event_tombstones SET successor = ? WHERE successor = ?", (successor, event_id)
    )


def log(
    conn: Connection,
    action: str,
    event_id: str,
    now: str,
    others: Sequence[str] = (),
    records: Sequence[str] = (),
    manual: bool = False,
    note: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO event_history (at, action, event_id, others, records, manual, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            now,
            action,
            event_id,
            json.dumps(list(others)),
            json.dumps(list(records)),
            int(manual),
            note,
        ),
    )


def event_keys(
    event_id: str, record: EventRecord, items: Sequence[FuseItem], config: FusionConfig
) -> tuple[object, ...] | None:
    """The blocking keys of an event: its place as fusion reads it (country, department, and
    the grid cell when it is located to a town) and the narrowest date span of its records.
    A record that fits every record of the event on the hard checks fits these keys, so the
    candidate queries miss no event the decision could join (records merged by hand, which
    a new record need only match one of, are the exception)."""
    profiles = [p for p in (profile(item, config) for item in items) if p.fusable]
    place = where(FuseItem("", record))
    if not profiles or place.country is None:
        return None
    spans = [p.span for p in profiles if p.span is not None]
    tight = min(spans, key=lambda s: ((s.end - s.start).days, s.weak, s.start))
    cell = cell_of(*place.point) if place.point is not None else None
    return (
        event_id,
        place.country,
        place.admin1,
        cell,
        tight.start.isoformat(),
        tight.end.isoformat(),
    )


def apply_corrections(conn: Connection, event_id: str, record: EventRecord) -> EventRecord:
    """An editor's correction outranks what the reports say: recomputing an event from its
    records keeps the latest corrected value of each field."""
    rows = conn.execute(
        "SELECT field, new_value FROM event_corrections WHERE event_id = ? ORDER BY id",
        (event_id,),
    ).fetchall()
    if not rows:
        return record
    values = record.model_dump(mode="json")
    for row in rows:
        if row["field"] in values:
            values[row["field"]] = json.loads(row["new_value"])
    return EventRecord.model_validate(values)


def refresh(
    conn: Connection, event_ids: Iterable[str], config: FusionConfig, now: str | None = None
) -> None:
    """Recompute each event's record, figures and blocking keys from its records, and mark it
    updated. Events with no records left are deleted (the caller tombstones them first)."""
    now = now or utc_now()
    for event_id, items in load_items(conn, event_ids).items():
        if not items:
            conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
            continue
        records = [item.record for item in items]
        record = apply_corrections(conn, event_id, combine(records))
        conn.execute(UPDATE_EVENT, event_update_row(event_id, record, now))
        conn.execute("DELETE FROM event_figures WHERE event_id = ?", (event_id,))
        conn.executemany(
            "INSERT INTO event_figures (event_id, field, low, best, high, sources)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (event_id, name, f.low, f.best, f.high, f.sources)
                for name, f in figures_of(records).items()
            ],
        )
        conn.execute("DELETE FROM event_keys WHERE event_id = ?", (event_id,))
        keys = event_keys(event_id, record, items, config)
        if keys is not None:
            conn.execute(
                "INSERT INTO event_keys (event_id, country, admin1, cell, date_start, date_end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                keys,
            )
