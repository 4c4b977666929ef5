"""Event filters and their translation to a parameterised WHERE clause."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hito.store.dialect import SQLITE, Dialect

_MAX_ROWS = 2**63 - 1


@dataclass
class EventFilter:
    """Which events to list. None means "any"; date bounds are inclusive and exclude
    undated events; limit/offset page through the newest-first order."""

    event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cross_border: bool | None = None
    factuality: str | None = None
    # Events created or changed at or after this time (with `Store.deleted(since)`, what a
    # copy of the data needs to stay in sync). A naive datetime is taken as UTC.
    updated_since: dt.datetime | None = None
    limit: int | None = None
    offset: int = 0


def where_clause(flt: EventFilter | None, dialect: Dialect = SQLITE) -> tuple[str, list[object]]:
    """(" WHERE ..." or "", parameters). Only fixed SQL fragments go in the text; every
    user-supplied value is a bound parameter."""
    if flt is None:
        return "", []
    conditions: list[str] = []
    params: list[object] = []
    if flt.event_type is not None:
        conditions.append("event_type = ?")
        params.append(flt.event_type.upper())
    if flt.country is not None:
        conditions.append("country = ?")
        params.append(flt.country.upper())
    if flt.admin1 is not None:
        conditions.append(dialect.nocase_equals("admin1"))
        params.append(flt.admin1)
    if flt.date_from is not None:
        conditions.append("date >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        conditions.append("date <= ?")
        params.append(flt.date_to.isoformat())
    if flt.cross_border is not None:
        conditions.append("cross_border = ?")
        params.append(int(flt.cross_border))
    if flt.factuality is not None:
        conditions.append("factuality = ?")
        params.append(flt.factuality)
    if flt.updated_since is not None:
        since = flt.updated_since
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        conditions.append("updated_at >= ?")
        params.append(since.astimezone(dt.UTC).isoformat(timespec="seconds"))
    if not conditions:
        return "", []
    return " WHERE " + " AND ".join(conditions), params


def page_clause(flt: EventFilter | None, dialect: Dialect = SQLITE) -> tuple[str, list[object]]:
    """(" LIMIT ? OFFSET ?", parameters) for the filter's paging."""
    if flt is None or (flt.limit is None and not flt.offset):
        return "", []
    # a bound parameter must fit the databases' 64-bit integers; no store holds more rows
    limit = dialect.no_limit if flt.limit is None else min(max(0, flt.limit), _MAX_ROWS)
    return " LIMIT ? OFFSET ?", [limit, min(max(0, flt.offset), _MAX_ROWS)]
