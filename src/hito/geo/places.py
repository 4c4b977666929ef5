"""The records the geography stage hands out."""

from __future__ import annotations

from dataclasses import dataclass

# Countries the project covers; ranking favours them when a text gives no other clue.
FOCUS_COUNTRIES: frozenset[str] = frozenset({"MX", "GT"})

KINDS: tuple[str, ...] = ("populated", "admin1", "country", "crossing", "admin2", "region")
# What `find_toponyms` returns unless asked for more: the kinds an event can be placed at.
# "admin2" (US and GB counties) and "region" (continents, world regions, seas) are opt-in.
DEFAULT_KINDS: frozenset[str] = frozenset({"populated", "admin1", "country", "crossing"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `kind` is one of KINDS; `country` is "" for regions that span
    several countries (continents, seas)."""

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
    """Where a point lies relative to international land borders.

    `country` is the polygon that contains the point (or the gazetteer's country within
    BORDER_TRUST_KM of the line), `distance_km` the distance to the nearest land border of that
    country and `neighbour` the country across it; all None at sea, the last two None for a
    country without land borders.
    """

    country: str | None
    distance_km: float | None
    neighbour: str | None
