"""Read queries for the API and reports: every filter, keyset pages, points, stats, sources.

Functions over a `Store` (`query`, `transaction`); they read the tables of migration 1 and
the search index of migration 5 (`event_facets`, and its text index), which triggers keep in
step with `events`. The SQL is the same on SQLite and PostgreSQL but for the fragments the
store's dialect gives (hito.store.dialect). Every value a caller passes is a bound
parameter; the SQL text is built only from fixed fragments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from hito.models import QUANTITY_FIELDS, Mention, StoredEvent
from hito.store import facet_index
from hito.store.dialect import SQLITE, Dialect, Row, fts_query
from hito.store.rows import mention_from_row, stored_event_from_row
from hito.store.store import Store

_CHUNK = 500

# Sort keys: name -> SQL expression over `event_facets AS f`. NULLs sort as the lowest value
# ("" for text, -1 for figures) so that keyset pages can compare them.
SORT_KEYS: dict[str, str] = {
    "date": "f.day",
    "updated_at": "f.updated_at",
    "event_type": "f.event_type",
    "country": "coalesce(f.country, '')",
    "admin1": "coalesce(f.admin1, '')",
    **{name: f"coalesce(f.{name}, -1)" for name in QUANTITY_FIELDS},
}
INTERVALS: dict[str, str] = {
    "day": "f.day",
    "week": "f.week",  # the Monday of the ISO week
    "month": "substr(f.day, 1, 7) || '-01'",
}
GROUPS: dict[str, str] = {
    "event_type": "f.event_type",
    "admin1": "coalesce(f.admin1, '')",
    "country": "coalesce(f.country, '')",
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


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


__all__ = ["fts_query"]  # where it used to live


def _in(column: str, values: Sequence[object], conditions: list[str], params: list[object]) -> None:
    if values:
        conditions.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)


def _groups(query: EventQuery) -> int:
    """How many kinds of condition the query has (country and admin1 count as one)."""
    return sum(
        bool(x)
        for x in (
            query.types, query.countries or query.admin1, query.modes, query.factualities,
            query.sectors, query.actor, query.date_from or query.date_to,
            query.cross_border is not None, query.minimums, query.bbox or query.located,
            query.text is not None, query.updated_since,
        )
    )  # fmt: skip


def where(
    query: EventQuery, ordered: bool = False, counting: bool = False, dialect: Dialect = SQLITE
) -> tuple[str, list[object]]:
    """(" WHERE ..." or "", parameters) over `event_facets AS f`.

    `ordered`: for a query that reads rows in sort order up to a limit. The box then does
    not pick the position index (a unary + hides it): walking the sort order and skipping
    rows outside the box stops after a page, where the index would fetch every event in the
    box and sort them all.

    `counting`: for a count. Type, country and admin1 match large shares of the events, so
    when other conditions come with them their indexes are hidden too: fetching every row
    they match, one lookup each, costs more than reading the table through.

    Both are hints for SQLite's planner; PostgreSQL's weighs its statistics itself."""
    wide = counting and _groups(query) > 1

    def hide(expr: str) -> str:
        return dialect.hint(expr) if wide else expr

    c: list[str] = []
    p: list[object] = []
    _in(hide("f.event_type"), [t.upper() for t in query.types], c, p)
    _in(hide("f.country"), [x.upper() for x in query.countries], c, p)
    _in(dialect.nocase(hide("f.admin1")), list(query.admin1), c, p)
    _in("f.mode", [m.lower() for m in query.modes], c, p)
    _in("f.factuality", list(query.factualities), c, p)
    if query.date_from is not None:
        c.append("f.day >= ?")
        p.append(query.date_from.isoformat())
    if query.date_to is not None:
        c.append("f.day <= ? AND f.day != ''")
        p.append(query.date_to.isoformat())
    if query.cross_border is not None:
        c.append("f.cross_border = ?")
        p.append(int(query.cross_border))
    if query.updated_since is not None:
        c.append("f.updated_at >= ?")
        p.append(query.updated_since.astimezone(dt.UTC).isoformat(timespec="seconds"))
    if query.located or query.bbox is not None:
        # "+": "has coordinates" is true of nearly every event; not a reason for the index
        c.append(f"f.latitude IS NOT NULL AND {dialect.hint('f.longitude')} IS NOT NULL")
    if query.bbox is not None:
        box, box_params = dialect.bbox(query.bbox, ordered)
        c.extend(box)
        p.extend(box_params)
    if query.sectors:
        # LIKE with the separators as literal text: `instr` is SQLite's, `strpos` PostgreSQL's
        c.append("(" + " OR ".join("f.sectors LIKE ? ESCAPE '\\'" for _ in query.sectors) + ")")
        p.extend(_like(f" {x.upper()} ") for x in query.sectors)
    if query.actor and "\x00" in query.actor:
        # SQLite's LIKE stops reading a pattern at a NUL, so "\x00..." would match every
        # name; no stored name holds one (normalise_text drops control characters).
        c.append("1 = 0")
    elif query.actor:
        c.append("f.actors LIKE ? ESCAPE '\\'")
        p.append(_like(query.actor.lower()))
    for name, least in query.minimums:
        if name not in QUANTITY_FIELDS:
            raise ValueError(f"unknown quantity {name!r}")
        c.append(f"f.{name} >= ?")
        p.append(least)
    if query.text is not None:
        condition, text_params = dialect.text_match(query.text)
        c.append(condition)
        p.extend(text_params)
    return (" WHERE " + " AND ".join(c) if c else ""), p


_FACETS = " FROM event_facets AS f"


def count(store: Store, query: EventQuery) -> int:
    snapshot = facet_index.current(store)
    if snapshot is not None:
        return snapshot.count(store, query)
    sql_where, params = where(query, counting=True, dialect=store.dialect)
    return int(store.query(f"SELECT count(*){_FACETS}{sql_where}", params)[0][0])


# With fewer matches than this many pages, a page sorts the matches instead of walking the
# sort order's index: the walk would pass over many rows for each one it keeps.
FEW_MATCHES_PAGES = 10


def search(
    store: Store,
    query: EventQuery,
    sort: Sort | None = None,
    after: tuple[Any, str] | None = None,
    limit: int = 100,
    matches: int | None = None,
) -> Page:
    """One page of matching events (with mentions) in `sort` order, ties broken by id in the
    same direction; `after` is the keyset position the previous page ended at. `matches`,
    the number of matching events when the caller knows it, helps choose the plan."""
    sort = sort or Sort()
    snapshot = facet_index.current(store)
    if snapshot is not None:
        ids, last = snapshot.page(store, query, sort, after, limit)
        return Page(load(store, ids), last)
    key_sql = SORT_KEYS[sort.key]
    sql_where, params = where(query, ordered=True, dialect=store.dialect)
    if matches is not None and matches < FEW_MATCHES_PAGES * (limit + 1):
        # no index for the order: find the few, then sort them
        key_sql = store.dialect.unindexed(key_sql, numeric=sort.key in QUANTITY_FIELDS)
    if after is not None:
        op = "<" if sort.descending else ">"
        sql_where += (" AND " if sql_where else " WHERE ") + f"({key_sql}, f.event_id) {op} (?, ?)"
        params = [*params, after[0], after[1]]
    direction = "DESC" if sort.descending else "ASC"
    keys = store.query(
        f"SELECT f.event_id, {key_sql} AS sort_value{_FACETS}{sql_where}"
        f" ORDER BY sort_value {direction}, f.event_id {direction} LIMIT ?",
        [*params, limit + 1],
    )
    more = len(keys) > limit
    keys = keys[:limit]
    events = load(store, [row["event_id"] for row in keys])
    last = (keys[-1]["sort_value"], keys[-1]["event_id"]) if more and keys else None
    return Page(events, last)


def load(store: Store, event_ids: Sequence[str]) -> list[StoredEvent]:
    """The events with these ids, with their mentions, in the order given (missing skipped)."""
    rows: dict[str, Row] = {}
    for i in range(0, len(event_ids), _CHUNK):
        chunk = list(event_ids[i : i + _CHUNK])
        for row in store.query(
            "SELECT event_id, record, updated_at FROM events"
            f" WHERE event_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            rows[row["event_id"]] = row
    return with_mentions(store, [rows[i] for i in event_ids if i in rows])


def mentions_for(store: Store, event_ids: Sequence[str]) -> dict[str, list[Mention]]:
    found: dict[str, list[Mention]] = {event_id: [] for event_id in event_ids}
    for i in range(0, len(event_ids), _CHUNK):
        chunk = list(event_ids[i : i + _CHUNK])
        rows = store.query(
            "SELECT m.event_id, m.content_hash, m.evidence, r.url, r.title, r.source, r.published"
            " FROM event_mentions AS m JOIN reports AS r ON r.content_hash = m.content_hash"
            f" WHERE m.event_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY r.published IS NULL, r.published, m.content_hash",
            chunk,
        )
        for row in rows:
            found[row["event_id"]].append(mention_from_row(row))
    return found


def with_mentions(store: Store, rows: Sequence[Row]) -> list[StoredEvent]:
    mentions = mentions_for(store, [row["event_id"] for row in rows])
    return [stored_event_from_row(row, mentions[row["event_id"]]) for row in rows]


def points(store: Store, query: EventQuery) -> list[tuple[str, float, float, str, str | None]]:
    """(event_id, longitude, latitude, event_type, date) of every matching located event."""
    sql_where, params = where(replace(query, located=True), dialect=store.dialect)
    rows = store.query(
        f"SELECT f.event_id, f.longitude, f.latitude, f.event_type, nullif(f.day, ''){_FACETS}"
        f"{sql_where}",
        params,
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


_CELL_BITS = 24


def clusters(
    store: Store, query: EventQuery, cell: float, wide_box: bool = False
) -> list[dict[str, Any]]:
    """The matching located events gathered in a grid of `cell` degrees: per cell the number
    of events by type, their mean position and bounding box, and the id when there is one.
    `wide_box`: the query's box holds most events, so reading the table through beats the
    position index."""
    if not cell > 0:
        raise ValueError("cell must be positive")
    snapshot = facet_index.current(store)
    if snapshot is not None:
        return snapshot.clusters(store, query, cell)
    sql_where, params = where(replace(query, located=True), ordered=wide_box, dialect=store.dialect)
    cell_x = store.dialect.grid_cell("f.longitude", 180)
    cell_y = store.dialect.grid_cell("f.latitude", 90)
    rows = store.query(
        f"SELECT {cell_x} * {1 << _CELL_BITS} + {cell_y} AS k,"
        " f.event_type AS type, count(*) AS n,"
        " sum(f.longitude) AS sx, sum(f.latitude) AS sy, min(f.longitude) AS x0,"
        " min(f.latitude) AS y0, max(f.longitude) AS x1, max(f.latitude) AS y1,"
        f" min(f.event_id) AS one, min(f.day) AS day{_FACETS}{sql_where} GROUP BY k, type",
        [cell, cell, *params],
    )
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for r in rows:
        key = (r["k"] >> _CELL_BITS, r["k"] & ((1 << _CELL_BITS) - 1))
        c = cells.get(key)
        if c is None:
            c = cells[key] = {
                "n": 0, "sx": 0.0, "sy": 0.0, "types": {},
                "bbox": [r["x0"], r["y0"], r["x1"], r["y1"]], "one": r["one"], "day": r["day"],
            }  # fmt: skip
        c["n"] += r["n"]
        c["sx"] += r["sx"]
        c["sy"] += r["sy"]
        c["types"][r["type"]] = r["n"]
        b = c["bbox"]
        c["bbox"] = [min(b[0], r["x0"]), min(b[1], r["y0"]), max(b[2], r["x1"]), max(b[3], r["y1"])]
    out = []
    for c in cells.values():
        n = c["n"]
        out.append(
            {
                "count": n,
                "longitude": round(c["sx"] / n, 5),
                "latitude": round(c["sy"] / n, 5),
                "types": c["types"],
                "bbox": [round(x, 5) for x in c["bbox"]],
                "event_id": c["one"] if n == 1 else None,
                "date": (c["day"] or None) if n == 1 else None,
            }
        )
    out.sort(key=lambda c: -int(c["count"]))
    return out


def stats(
    store: Store, query: EventQuery, interval: str = "week", by: str = "event_type"
) -> dict[str, Any]:
    """Counts per period (`day`, `week` starting Monday, `month`) split by `by`, overall counts
    by type and admin1, and the sums of the figures over the matching events."""
    period, group = INTERVALS[interval], GROUPS[by]
    snapshot = facet_index.current(store)
    answer = snapshot.stats(store, query, interval, by) if snapshot is not None else None
    if answer is not None:
        return answer
    sql_where, params = where(query, dialect=store.dialect)
    # `week` is NULL exactly when the event is undated; testing it keeps the weekly series
    # inside the (week, event_type) index
    known = "f.week IS NOT NULL" if interval == "week" else "f.day != ''"
    dated = sql_where + (" AND " if sql_where else " WHERE ") + known
    series: dict[str, dict[str, int]] = {}
    for row in store.query(
        f"SELECT {period} AS period, {group} AS grp, count(*) AS n{_FACETS}{dated}"
        " GROUP BY period, grp ORDER BY period, grp",
        params,
    ):
        series.setdefault(row["period"], {})[row["grp"]] = row["n"]

    def counts(expr: str) -> dict[str, int]:
        rows = store.query(
            f"SELECT {expr} AS grp, count(*) AS n{_FACETS}{sql_where}"
            " GROUP BY grp ORDER BY n DESC, grp",
            params,
        )
        return {row["grp"]: row["n"] for row in rows}

    sums_sql = ", ".join(f"sum(f.{name}) AS {name}" for name in QUANTITY_FIELDS)
    totals = store.query(
        "SELECT count(*) AS n, sum(CASE WHEN f.day = '' THEN 1 ELSE 0 END) AS undated,"
        f" {sums_sql}{_FACETS}{sql_where}",
        params,
    )[0]
    with_drugs = sql_where + (" AND " if sql_where else " WHERE ") + "f.drugs IS NOT NULL"
    drugs = store.query(store.dialect.drugs_sql(_FACETS, with_drugs), params)
    return {
        "interval": interval,
        "by": by,
        "total": totals["n"],
        "undated": totals["undated"] or 0,
        "series": [{"period": p, "counts": c, "total": sum(c.values())} for p, c in series.items()],
        "by_type": counts("f.event_type"),
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
    row = store.query(
        "SELECT min(longitude) AS minlon, min(latitude) AS minlat, max(longitude) AS maxlon,"
        " max(latitude) AS maxlat, min(nullif(day, '')) AS first, max(day) AS last"
        " FROM event_facets"
    )[0]
    bbox = None
    if row["minlon"] is not None:
        bbox = [row["minlon"], row["minlat"], row["maxlon"], row["maxlat"]]
    return {"bbox": bbox, "first": row["first"], "last": row["last"] or None}


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
        rows = store.query(
            "SELECT title, url, source, published, language FROM reports WHERE content_hash = ?",
            (mention.content_hash,),
        )
        if not rows:
            continue
        report = rows[0]
        cited = {_norm(s) for s in mention.evidence}
        sentences = store.query(
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


def data_version(store: Store) -> tuple[int, int]:
    """Changes whenever events change: (0, changes) from a counter that triggers on `events`
    keep, in one row; it costs microseconds however many events there are."""
    row = store.query(store.dialect.data_version_sql())[0]
    return int(row[0]), int(row[1])


def figure_series(store: Store, query: EventQuery, interval: str = "week") -> list[dict[str, Any]]:
    """Per period (as in `stats`), the sums of each figure over the matching dated events."""
    period = INTERVALS[interval]
    sql_where, params = where(query, dialect=store.dialect)
    dated = sql_where + (" AND " if sql_where else " WHERE ") + "f.day != ''"
    sums = ", ".join(f"sum(f.{name}) AS {name}" for name in QUANTITY_FIELDS)
    rows = store.query(
        f"SELECT {period} AS period, {sums}{_FACETS}{dated} GROUP BY period ORDER BY period",
        params,
    )
    return [
        {"period": r["period"], **{name: r[name] or 0 for name in QUANTITY_FIELDS}} for r in rows
    ]


def selection_counts(store: Store, query: EventQuery) -> dict[str, int]:
    """How many distinct source reports and places the matching events have, and how many
    of them cross the border."""
    sql_where, params = where(query, dialect=store.dialect)
    row = store.query(
        "SELECT count(DISTINCT m.content_hash) AS reports"
        f" FROM event_mentions AS m JOIN event_facets AS f ON f.event_id = m.event_id{sql_where}",
        params,
    )[0]
    places = store.query(
        "SELECT count(DISTINCT lower(e.place)) AS places, sum(f.cross_border) AS cross_border"
        f" FROM event_facets AS f JOIN events AS e ON e.event_id = f.event_id{sql_where}",
        params,
    )[0]
    return {
        "reports": int(row["reports"] or 0),
        "places": int(places["places"] or 0),
        "cross_border": int(places["cross_border"] or 0),
    }


STATS_GROWTH = 2.0  # re-analyse when the events have grown or shrunk by this factor
STATS_MIN_ROWS = 1000


def refresh_statistics(store: Store) -> bool:
    """Give the planner statistics about `event_facets` (ANALYZE of that table only) when it
    has none or the table has changed size a lot since; True when it ran."""
    if store.dialect.postgres:
        return _refresh_pg_statistics(store)
    rows = store.query("SELECT count(*) FROM event_facets")[0][0]
    if rows < STATS_MIN_ROWS:
        return False
    try:
        # the statistics of a full index start with the table's row count (a partial
        # index's with its own)
        stat = store.query(
            "SELECT stat FROM sqlite_stat1"
            " WHERE tbl = 'event_facets' AND idx = 'event_facets_by_day'"
        )
    except store.errors:  # no sqlite_stat1 yet
        stat = []
    if stat:
        analysed = int(str(stat[0]["stat"]).split()[0] or 0)
        if analysed and 1 / STATS_GROWTH <= rows / analysed <= STATS_GROWTH:
            return False
    with store.transaction() as conn:
        conn.execute("ANALYZE event_facets")
    return True


def _refresh_pg_statistics(store: Store) -> bool:
    """Autovacuum analyses PostgreSQL's tables on its own, but only after a while; a bulk
    load that the API serves at once would be planned blind until then."""
    row = store.query(
        "SELECT c.reltuples, s.n_live_tup FROM pg_class AS c"
        " JOIN pg_stat_user_tables AS s ON s.relid = c.oid WHERE c.relname = 'event_facets'"
    )
    if not row:
        return False
    analysed, live = float(row[0][0]), float(row[0][1])
    if live < STATS_MIN_ROWS:
        return False
    if analysed > 0 and 1 / STATS_GROWTH <= live / analysed <= STATS_GROWTH:
        return False
    with store.transaction() as conn:
        conn.execute("ANALYZE event_facets")
    return True


def bounds(store: Store, query: EventQuery) -> tuple[float, float, float, float] | None:
    """(minlon, minlat, maxlon, maxlat) of the matching located events, None if none."""
    sql_where, params = where(replace(query, located=True), dialect=store.dialect)
    row = store.query(
        "SELECT min(f.longitude), min(f.latitude), max(f.longitude), max(f.latitude)"
        f"{_FACETS}{sql_where}",
        params,
    )[0]
    return None if row[0] is None else (row[0], row[1], row[2], row[3])
