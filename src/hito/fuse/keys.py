"""What fusion blocks on: each record's date span, its place, and the grid cell it falls in."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from hito.fuse.config import FusionConfig
from hito.fuse.models import FuseItem

# Grid for the spatial index: cells of CELL_DEG degrees (about 11 km of latitude).
CELL_DEG = 0.1
_LON_CELLS = 3600
# The widest date span a fusable record can have (a month, end minus start, in days).
MAX_SPAN_DAYS = 30
EARTH_KM = 6371.0

# Records stated at these precisions can be fused; a year is too coarse to tell incidents apart.
_FUSABLE_PRECISIONS = ("day", "week", "month")


@dataclass(frozen=True)
class Span:
    """The days an incident may have happened on, inclusive. `weak` when it is guessed from
    the publication date of a report that gives no date."""

    start: dt.date
    end: dt.date
    weak: bool = False

    @property
    def exact(self) -> bool:
        return self.start == self.end and not self.weak

    def gap(self, other: Span) -> int:
        """Days between the two spans; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0


def shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held at the ends of the calendar instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def date_span(item: FuseItem, config: FusionConfig) -> Span | None:
    """The record's date span, or None when it cannot be placed in time closely enough to fuse."""
    r = item.record
    if r.date is not None and r.date_precision in _FUSABLE_PRECISIONS:
        if r.date_precision == "day":
            return Span(r.date, r.date)
        if r.date_precision == "week":
            return Span(r.date, shift(r.date, 6))
        last = calendar.monthrange(r.date.year, r.date.month)[1]
        return Span(r.date.replace(day=1), r.date.replace(day=last))
    if r.date is None and item.published is not None:
        # No date in the text: background and future events cannot be placed, anything
        # else is news of the last few days.
        if r.factuality in ("historical", "hypothetical"):
            return None
        return Span(shift(item.published, -config.undated_days), item.published, True)
    return None


# Fusion profiles the same stored records again for every report that may join them.
@lru_cache(maxsize=1 << 14)
def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-free form of a name ("Petén" == "peten")."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


@dataclass(frozen=True)
class Where:
    country: str | None
    admin1: str  # folded, "" when unknown
    place: str  # folded, "" when unknown
    point: tuple[float, float] | None  # only for town-level records (precision 1 or 2)

    @property
    def fine(self) -> bool:
        return self.point is not None


# Names of the region's countries: as a place they nearly always mean the country, even where
# the gazetteer offers a capital city of the same name.
COUNTRY_NAMES = frozenset(
    {"mexico", "guatemala", "belize", "belice", "el salvador", "honduras", "estados unidos"}
)


def where(item: FuseItem) -> Where:
    """The record's place as fusion reads it. A place named like its state or department
    ("Huehuetenango", "San Marcos") is read as the state, a place named like a country as
    the country: a report rarely means the homonymous town."""
    r = item.record
    country = (r.country or "").upper() or None
    admin1, place = fold(r.admin1), fold(r.place)
    if place in COUNTRY_NAMES:
        return Where(country, "", "", None)
    if r.geo_precision > 2 or (place and place == admin1):
        return Where(country, admin1, "", None)
    point = None
    if r.latitude is not None and r.longitude is not None:
        point = (r.latitude, r.longitude)
    return Where(country, admin1, place, point)


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def cell_of(lat: float, lon: float) -> int:
    """The grid cell of a point, as one integer the database can index."""
    row = math.floor(lat / CELL_DEG) + 900
    col = math.floor(lon / CELL_DEG) + 1800
    return row * _LON_CELLS + col


def cells_near(lat: float, lon: float, km: float) -> list[int]:
    """Every cell that holds a point within `km` of (lat, lon)."""
    dlat = km / 110.574
    dlon = km / (111.320 * max(0.01, math.cos(math.radians(lat))))
    rows = range(math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG) + 1)
    cols = range(math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG) + 1)
    return [(r + 900) * _LON_CELLS + (c + 1800) for r in rows for c in cols]
