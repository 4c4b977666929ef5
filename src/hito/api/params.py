"""The event filters as query parameters, shared by /events, /points, /stats and OGC items.

Several values of one parameter (`type=ASSAULT&type=COERCE`, or `type=ASSAULT,COERCE`)
mean any of them; different parameters are combined with AND.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated

from fastapi import Query

from hito.api.errors import invalid
from hito.models import EVENT_TYPES, FACTUALITIES, QUANTITY_FIELDS
from hito.store.queries import EventQuery

_SECTOR = re.compile(r"^[A-Za-z]{3}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
MAX_VALUES = 50


def split(values: list[str] | None, name: str) -> tuple[str, ...]:
    """Repeated and comma-separated values, trimmed, empty ones dropped."""
    out = [v.strip() for raw in values or [] for v in raw.split(",") if v.strip()]
    if len(out) > MAX_VALUES:
        raise invalid(f"{name}: at most {MAX_VALUES} values")
    return tuple(out)


def no_nul(name: str, values: list[str] | None) -> None:
    """NUL is no character of any name or word, breaks full-text queries and PostgreSQL
    refuses it in text: a parameter holding one is a bad request."""
    if any("\x00" in v for v in values or []):
        raise invalid(f"{name}: NUL character")


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """`minlon,minlat,maxlon,maxlat` in WGS84 (OGC order); minlon > maxlon crosses 180°."""
    try:
        numbers = [float(x) for x in text.split(",")]
    except ValueError:
        raise invalid("bbox: four numbers, minlon,minlat,maxlon,maxlat") from None
    if len(numbers) == 6:  # OGC allows 3D boxes: minlon,minlat,minz,maxlon,maxlat,maxz
        numbers = [numbers[0], numbers[1], numbers[3], numbers[4]]
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        raise invalid("bbox: four numbers, minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = numbers
    if not (-90 <= minlat <= maxlat <= 90) or not all(-180 <= x <= 180 for x in (minlon, maxlon)):
        raise invalid("bbox: longitudes in -180..180, latitudes in -90..90, minlat <= maxlat")
    return minlon, minlat, maxlon, maxlat


def _choices(values: tuple[str, ...], allowed: tuple[str, ...], name: str) -> tuple[str, ...]:
    for v in values:
        if v not in allowed:
            raise invalid(f"{name}: unknown value {v!r}; one of {', '.join(allowed)}")
    return values


def _pattern(values: tuple[str, ...], pattern: re.Pattern[str], name: str, what: str) -> None:
    for v in values:
        if not pattern.match(v):
            raise invalid(f"{name}: {v!r} is not {what}")


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


# The largest integer both SQLite and PostgreSQL (bigint) hold; a bigger bound is no query.
MAX_INT = 2**63 - 1
AtLeast = Annotated[int | None, Query(ge=0, le=MAX_INT)]


def event_query(
    type: Annotated[
        list[str] | None, Query(description="event type(s), e.g. ASSAULT (case-insensitive)")
    ] = None,
    country: Annotated[list[str] | None, Query(description="ISO 3166-1 alpha-2, e.g. GT")] = None,
    admin1: Annotated[
        list[str] | None, Query(description="state or department, e.g. Huehuetenango")
    ] = None,
    mode: Annotated[list[str] | None, Query(description="PLOVER mode, e.g. firearms")] = None,
    factuality: Annotated[
        list[str] | None, Query(description="asserted, reported, hedged, historical, hypothetical")
    ] = None,
    sector: Annotated[
        list[str] | None, Query(description="sector of an actor or target, e.g. COP, CRM")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="part of an actor's or target's name")
    ] = None,
    date_from: Annotated[dt.date | None, Query(description="from this date (inclusive)")] = None,
    date_to: Annotated[dt.date | None, Query(description="up to this date (inclusive)")] = None,
    cross_border: bool | None = None,
    killed_min: AtLeast = None,
    injured_min: AtLeast = None,
    arrested_min: AtLeast = None,
    personnel_min: AtLeast = None,
    weapons_seized_min: AtLeast = None,
    displaced_min: AtLeast = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat (WGS84)")] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="full-text search over the evidence")
    ] = None,
    updated_since: Annotated[
        dt.datetime | None, Query(description="changed at or after this time (UTC if no zone)")
    ] = None,
) -> EventQuery:
    """FastAPI dependency: the filters of a request, validated, as an `EventQuery`."""
    texts = {"type": type, "country": country, "admin1": admin1, "mode": mode,
             "factuality": factuality, "sector": sector, "actor": [actor or ""],
             "bbox": [bbox or ""], "q": [q or ""]}  # fmt: skip
    for name, values in texts.items():
        no_nul(name, values)
    types = _choices(tuple(t.upper() for t in split(type, "type")), EVENT_TYPES, "type")
    countries = split(country, "country")
    _pattern(countries, _COUNTRY, "country", "an ISO 3166-1 alpha-2 code")
    sectors = split(sector, "sector")
    _pattern(sectors, _SECTOR, "sector", "a three-letter PLOVER sector")
    if date_from and date_to and date_from > date_to:
        raise invalid("date_from is after date_to")
    given = (killed_min, injured_min, arrested_min, personnel_min, weapons_seized_min,
             displaced_min)  # fmt: skip
    minimums = tuple(
        (name, n) for name, n in zip(QUANTITY_FIELDS, given, strict=True) if n is not None
    )
    return EventQuery(
        types=types,
        countries=tuple(c.upper() for c in countries),
        admin1=split(admin1, "admin1"),
        modes=split(mode, "mode"),
        factualities=_choices(split(factuality, "factuality"), FACTUALITIES, "factuality"),
        sectors=tuple(s.upper() for s in sectors),
        actor=actor.strip() or None if actor else None,
        date_from=date_from,
        date_to=date_to,
        cross_border=cross_border,
        minimums=minimums,
        bbox=parse_bbox(bbox) if bbox else None,
        text=q if q and q.strip() else None,
        updated_since=_utc(updated_since),
    )
