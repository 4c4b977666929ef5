"""The records the geography stage hands out."""

from __future__ import annotations

from dataclasses import dataclass

# Countries the project covers; ranking favours them when a text gives no other clue.
FOCUS_COUNTRIES: frozenset[str] = frozenset({"MX", "GT"})

KINDS: tuple[str, ...] = ("populated", "admin1", "country", "crossing")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `kind` is 'populated', 'admin1', 'country' or 'crossing'."""

    geonameid: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None
    latitude: float
    longitude: float
    kind: str
    population: int


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text: its character span and its candidates, best first."""

    text: str
    start: int
    end: int
    candidates: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class BorderInfo:
    """Where a point lies relative to the covered international borders.

    `country` is the polygon that contains the point, `distance_km` the distance to the nearest
    covered land border of that country and `neighbour` the country across it; all None outside
    the covered region (MX, GT, BZ, SV, HN).
    """

    country: str | None
    distance_km: float | None
    neighbour: str | None
