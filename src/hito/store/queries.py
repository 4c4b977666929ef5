"""Read queries for the API and reports: every filter, keyset pages, points, stats, sources.

Functions over a `Store` (its connection and lock); they read the tables of migration 1 and
the search index of migration 3 (`event_search`, `event_fts`), which triggers keep in step
with `events`. Every value a caller passes is a bound parameter; the SQL text is built only
from the fixed fragments in this module.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hito.models import QUANTITY_FIELDS, Mention, StoredEvent
from hito.store.rows import mention_from_row, stored_event_from_row
from hito.store.store import Store

_CHUNK = 500

# Sort keys: name -> (SQL expression, needs the search table). NULLs sort as the lowest value
# so that keyset pages can compare them ("" for text, -1 for figures).
SORT_KEYS: dict[str, tuple[str, bool]] = {
    "date": ("ifnull(e.date, '')", False),
    "updated_at": ("e.updated_at", False),
    "event_type": ("e.event_type", False),
    "country": ("ifnull(e.country, '')", False),
    "admin1": ("ifnull(e.admin1, '')", False),
    "place": ("ifnull(e.place, '')", False),
    **{name: (f"ifnull(s.{name}, -1)", True) for name in QUANTITY_FIELDS},
}
INTERVALS: dict[str, str] = {
    "day": "e.date",
    "week": "date(e.date, 'weekday 0', '-6 days')",  # the Monday of the ISO week
    "month": "substr(e.date, 1, 7) || '-01'",
}
GROUPS: dict[str, str] = {
    "event_type": "e.event_type",
    "admin1": "ifnull(e.admin1, '')",
    "country": "ifnull(e.country, '')",
}


@dataclass(frozen=True)
class EventQuery:
    """Which events: every field is optional; several values of one field mean any of them."""

    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    factualities: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    actor: str | None = None  # substring of an actor's or target's name
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cross_border: bool | None = None
    minimums: tuple[tuple[str, int], ...] = ()  # (quantity field, at least)
    bbox: tuple[float, float, float, float] | None = None  # minlon, minlat, maxlon, maxlat
    text: str | None = None  # full-text search over the evidence
    updated_since: dt.datetime | None = None
    located: bool = False  # only events with coordinates


@dataclass(frozen=True)
class Sort:
    key: str = "date"
    descending: bool = True

    @classmethod
    def parse(cls, text: str) -> Sort:
        """`date`, `-date`, `killed`, `-killed`...; raises ValueError for an unknown key."""
        key = text.lstrip("+-")
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}; choose one of {', '.join(SORT_KEYS)}")
        return cls(key, text.startswith("-"))

    def __str__(self) -> str:
        return ("-" if self.descending else "") + self.key


@dataclass
class Page:
    events: list[StoredEvent]
    after: tuple[Any, str] | None  # keyset position of the next page, None on the last page
    sort_values: list[Any] = field(default_factory=list)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word (or "quoted phrase") must occur;
    a trailing * makes a prefix. None when nothing searchable is left."""
    parts = []
    for phrase, word in _TERM.findall(text):
        prefix = bool(word) and word.endswith("*")
        term = (phrase or word).strip().rstrip("*")
        if not any(ch.isalnum() for ch in term):
            continue
        parts.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def _in(column: str, values: Sequence[object], conditions: list[str], params: list[object]) -> None:
    if values:
        conditions.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)


def where(query: EventQuery) -> tuple[str, list[object], bool]:
    """(" WHERE ..." or "", parameters, whether the search table `s` is needed)."""
    c: list[str] = []
    p: list[object] = []
    _in("e.event_type", [t.upper() for t in query.types], c, p)
    _in("e.country", [x.upper() for x in query.countries], c, p)
    _in("e.admin1 COLLATE NOCASE", list(query.admin1), c, p)
    _in("e.mode", [m.lower() for m in query.modes], c, p)
    _in("e.factuality", list(query.factualities), c, p)
    if query.date_from is not None:
        c.append("e.date >= ?")
        p.append(query.date_from.isoformat())
    if query.date_to is not None:
        c.append("e.date <= ?")
        p.append(query.date_to.isoformat())
    if query.cross_border is not None:
        c.append("e.cross_border = ?")
        p.append(int(query.cross_border))
    if query.updated_since is not None:
        c.append("e.updated_at >= ?")
        p.append(query.updated_since.astimezone(dt.UTC).isoformat(timespec="seconds"))
    if query.located:
        c.append("e.latitude IS NOT NULL AND e.longitude IS NOT NULL")
    if query.bbox is not None:
        minlon, minlat, maxlon, maxlat = query.bbox
        c.append("e.latitude BETWEEN ? AND ?")
        p.extend([minlat, maxlat])
        if minlon <= maxlon:
            c.append("e.longitude BETWEEN ? AND ?")
            p.extend([minlon, maxlon])
        else:  # the box crosses the antimeridian
            c.append("(e.longitude >= ? OR e.longitude <= ?)")
            p.extend([minlon, maxlon])
    search = False
    if query.sectors:
        search = True
        c.append("(" + " OR ".join("instr(s.sectors, ?) > 0" for _ in query.sectors) + ")")
        p.extend(f" {x.upper()} " for x in query.sectors)
    if query.actor:
        search = True
        c.append("s.actors LIKE ? ESCAPE '\\'")
        p.append(_like(query.actor.lower()))
    for name, least in query.minimums:
        if name not in QUANTITY_FIELDS:
            raise ValueError(f"unknown quantity {name!r}")
        search = True
        c.append(f"s.{name} >= ?")
        p.append(least)
    if query.text is not None:
        match = fts_query(query.text)
        search = True
        if match is None:
            c.append("0")
        else:
            c.append("s.doc IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)")
            p.append(match)
    return (" WHERE " + " AND ".join(c) if c else ""), p, search


def _from(search: bool) -> str:
    if search:
        return " FROM events AS e JOIN event_search AS s ON s.event_id = e.event_id"
    return " FROM events AS e"


def count(store: Store, query: EventQuery) -> int:
    sql_where, params, search = where(query)
    return int(store._query(f"SELECT count(*){_from(search)}{sql_where}", params)[0][0])


def search(
    store: Store,
    query: EventQuery,
    sort: Sort | None = None,
    after: tuple[Any, str] | None = None,
    limit: int = 100,
) -> Page:
    """One page of matching events (with mentions) in `sort` order, ties broken by id in the
    same direction; `after` is the keyset position the previous page ended at."""
    sort = sort or Sort()
    key_sql, key_search = SORT_KEYS[sort.key]
    sql_where, params, search = where(query)
    search = search or key_search
    if after is not None:
        op = "<" if sort.descending else ">"
        sql_where += (" AND " if sql_where else " WHERE ") + f"({key_sql}, e.event_id) {op} (?, ?)"
        params = [*params, after[0], after[1]]
    direction = "DESC" if sort.descending else "ASC"
    rows = store._query(
        f"SELECT e.event_id, e.record, e.updated_at, {key_sql} AS sort_value"
        f"{_from(search)}{sql_where}"
        f" ORDER BY {key_sql} {direction}, e.event_id {direction} LIMIT ?",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    events = with_mentions(store, rows)
    last = (rows[-1]["sort_value"], rows[-1]["event_id"]) if more and rows else None
    return Page(events, last, [row["sort_value"] for row in rows])


def mentions_for(store: Store, event_ids: Sequence[str]) -> dict[str, list[Mention]]:
    found: dict[str, list[Mention]] = {event_id: [] for event_id in event_ids}
    for i in range(0, len(event_ids), _CHUNK):
        chunk = list(event_ids[i : i + _CHUNK])
        rows = store._query(
            "SELECT m.event_id, m.content_hash, m.evidence, r.url, r.title, r.source, r.published"
            " FROM event_mentions AS m JOIN reports AS r ON r.content_hash = m.content_hash"
            f" WHERE m.event_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY r.published IS NULL, r.published, m.content_hash",
            chunk,
        )
        for row in rows:
            found[row["event_id"]].append(mention_from_row(row))
    return found


def with_mentions(store: Store, rows: Sequence[sqlite3.Row]) -> list[StoredEvent]:
    mentions = mentions_for(store, [row["event_id"] for row in rows])
    return [stored_event_from_row(row, mentions[row["event_id"]]) for row in rows]


def points(store: Store, query: EventQuery) -> list[tuple[str, float, float, str, str | None]]:
    """(event_id, longitude, latitude, event_type, date) of every matching located event."""
    sql_where, params, search = where(replace(query, located=True))
    rows = store._query(
        "SELECT e.event_id, e.longitude, e.latitude, e.event_type, e.date"
        f"{_from(search)}{sql_where}",
        params,
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def stats(
    store: Store, query: EventQuery, interval: str = "week", by: str = "event_type"
) -> dict[str, Any]:
    """Counts per period (`day`, `week` starting Monday, `month`) split by `by`, overall counts
    by type and admin1, and the sums of the figures over the matching events."""
    period, group = INTERVALS[interval], GROUPS[by]
    sql_where, params, search = where(query)
    dated = sql_where + (" AND " if sql_where else " WHERE ") + "e.date IS NOT NULL"
    series: dict[str, dict[str, int]] = {}
    for row in store._query(
        f"SELECT {period} AS period, {group} AS grp, count(*) AS n{_from(search)}{dated}"
        " GROUP BY period, grp ORDER BY period, grp",
        params,
    ):
        series.setdefault(row["period"], {})[row["grp"]] = row["n"]

    def counts(expr: str) -> dict[str, int]:
        rows = store._query(
            f"SELECT {expr} AS grp, count(*) AS n{_from(search)}{sql_where}"
            " GROUP BY grp ORDER BY n DESC, grp",
            params,
        )
        return {row["grp"]: row["n"] for row in rows}

    sums_sql = ", ".join(f"sum(s.{name}) AS {name}" for name in QUANTITY_FIELDS)
    totals = store._query(
        f"SELECT count(*) AS n, sum(e.date IS NULL) AS undated, {sums_sql}{_from(True)}{sql_where}",
        params,
    )[0]
    drugs = store._query(
        "SELECT json_extract(d.value, '$.substance') AS substance,"
        " json_extract(d.value, '$.unit') AS unit,"
        " sum(json_extract(d.value, '$.amount')) AS amount,"
        f" count(*) AS n{_from(search)}, json_each(e.record, '$.drugs_seized') AS d{sql_where}"
        " GROUP BY substance, unit ORDER BY substance, unit",
        params,
    )
    return {
        "interval": interval,
        "by": by,
        "total": totals["n"],
        "undated": totals["undated"] or 0,
        "series": [{"period": p, "counts": c, "total": sum(c.values())} for p, c in series.items()],
        "by_type": counts("e.event_type"),
        "by_admin1": counts(GROUPS["admin1"]),
        "sums": {name: totals[name] or 0 for name in QUANTITY_FIELDS},
        "drugs_seized": [
            {
                "substance": d["substance"],
                "unit": d["unit"],
                "amount": d["amount"],
                "events": d["n"],
            }
            for d in drugs
        ],
    }


def extent(store: Store) -> dict[str, Any]:
    """Bounding box of the located events and the first and last event date."""
    row = store._query(
        "SELECT min(longitude) AS minlon, min(latitude) AS minlat, max(longitude) AS maxlon,"
        " max(latitude) AS maxlat, min(date) AS first, max(date) AS last FROM events"
    )[0]
    bbox = None
    if row["minlon"] is not None:
        bbox = [row["minlon"], row["minlat"], row["maxlon"], row["maxlat"]]
    return {"bbox": bbox, "first": row["first"], "last": row["last"]}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _cites(sentence: str, cited: set[str]) -> bool:
    """Whether a report sentence is (or holds, or is held by) one of the cited sentences."""
    if sentence in cited:
        return True
    if len(sentence) < 20:
        return False
    return any(sentence in c or (len(c) >= 20 and c in sentence) for c in cited)


def sources(store: Store, event: StoredEvent) -> list[dict[str, Any]]:
    """The reports behind an event, each with its sentences; `evidence` marks the sentences
    the event's mention of that report cites."""
    out = []
    for mention in event.mentions:
        rows = store._query(
            "SELECT title, url, source, published, language FROM reports WHERE content_hash = ?",
            (mention.content_hash,),
        )
        if not rows:
            continue
        report = rows[0]
        cited = {_norm(s) for s in mention.evidence}
        sentences = store._query(
            "SELECT idx, text, stance, factuality FROM sentences WHERE content_hash = ?"
            " ORDER BY idx",
            (mention.content_hash,),
        )
        out.append(
            {
                "content_hash": mention.content_hash,
                "title": report["title"],
                "url": report["url"],
                "published": report["published"],
                "language": report["language"],
                "sentences": [
                    {
                        "index": s["idx"],
                        "text": s["text"],
                        "stance": s["stance"],
                        "factuality": s["factuality"],
                        "evidence": _cites(_norm(s["text"]), cited),
                    }
                    for s in sentences
                ],
            }
        )
    return out


def json_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
