"""Pick one place per toponym, using the other place names of the same text.

Rule (docs/geography.md): each candidate starts from the gazetteer's context-free score
(`base_score`: kind, population, the Mexico–Guatemala bias) and gains
- COUNTRY_BOOST if its country is named in the text (a country toponym or `context_countries`),
  ADJACENT_COUNTRY_BOOST instead when the country qualifies it directly ("La Mesilla, Guatemala");
- ADMIN1_BOOST if its state/department is named in the text, ADJACENT_ADMIN1_BOOST when it
  qualifies it directly ("La Mesilla, Huehuetenango");
- NEARBY_BOOST if it lies within NEARBY_KM of another named town's default reading.
The highest total wins; ties keep the gazetteer order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from hito.geo.gazetteer import base_score
from hito.geo.normalize import norm
from hito.geo.places import Place, Toponym

COUNTRY_BOOST = 30.0
ADJACENT_COUNTRY_BOOST = 60.0
ADMIN1_BOOST = 40.0
ADJACENT_ADMIN1_BOOST = 80.0
NEARBY_BOOST = 8.0
NEARBY_KM = 100.0
# "X, Y" or "X (Y)": Y starts at most this many characters after X ends.
ADJACENT_GAP = 3

_SPECIFICITY = {"crossing": 0, "populated": 0, "admin1": 1, "country": 2}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def choose(
    toponym: Toponym,
    context: Sequence[Toponym] = (),
    context_countries: Sequence[str] = (),
) -> Place | None:
    """The best candidate of `toponym` given the other toponyms of its text."""
    if not toponym.candidates:
        return None
    others = [t for t in context if t.end <= toponym.start or t.start >= toponym.end]
    countries: dict[str, float] = {c.upper(): COUNTRY_BOOST for c in context_countries}
    admin1s: dict[tuple[str, str], float] = {}
    towns: list[Place] = []
    for t in others:
        if not t.candidates:
            continue
        adjacent = 0 <= t.start - toponym.end <= ADJACENT_GAP
        top = t.candidates[0]
        if top.kind == "country":
            boost = ADJACENT_COUNTRY_BOOST if adjacent else COUNTRY_BOOST
            countries[top.country] = max(countries.get(top.country, 0.0), boost)
        elif top.kind in ("populated", "crossing"):
            towns.append(top)
        for p in t.candidates:
            if p.kind == "admin1" and p.admin1:
                boost = ADJACENT_ADMIN1_BOOST if adjacent else ADMIN1_BOOST
                key = (p.country, norm(p.admin1))
                admin1s[key] = max(admin1s.get(key, 0.0), boost)
    best: Place | None = None
    best_score = -math.inf
    for p in toponym.candidates:
        score = base_score(p) + countries.get(p.country, 0.0)
        if p.admin1 and p.kind != "admin1":
            score += admin1s.get((p.country, norm(p.admin1)), 0.0)
        if p.kind in ("populated", "crossing") and any(
            distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= NEARBY_KM
            for q in towns
            if q is not p
        ):
            score += NEARBY_BOOST
        if score > best_score:
            best, best_score = p, score
    return best


def resolve_each(
    toponyms: Sequence[Toponym], context_countries: Sequence[str] = ()
) -> list[Place | None]:
    """One chosen place per toponym (None where it has no candidates), in input order."""
    return [choose(t, toponyms, context_countries) for t in toponyms]


def resolve(toponyms: Sequence[Toponym], context_countries: Sequence[str] = ()) -> Place | None:
    """The most specific place the toponyms name: a town over a state over a country.

    Among equally specific places the first in the text wins, so a caller resolving one
    sentence gets the place the sentence is about ("La Mesilla, Guatemala" -> La Mesilla).
    """
    chosen = [p for p in resolve_each(toponyms, context_countries) if p is not None]
    if not chosen:
        return None
    return min(chosen, key=lambda p: _SPECIFICITY.get(p.kind, 0))


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], toponyms: Sequence[Toponym] | None = None
) -> list[Place | None]:
    """Placeholder: resolve given spans."""
    from hito.geo.gazetteer import lookup

    tops = (
        list(toponyms)
        if toponyms is not None
        else [Toponym(text[a:b], a, b, tuple(lookup(text[a:b]))) for a, b in spans]
    )
    return resolve_each(tops)
