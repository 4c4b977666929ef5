"""Where each incident of a report happened.

The place of an incident is the most specific place named in its own sentences, read as
a location (not "supported by Washington", not "Mexico said"); an incident whose
sentences name none takes the report's main place, the town the report is about.
Ambiguous names are settled by the countries and states the report names elsewhere.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from hito.extract.actors import find_actors
from hito.geo import Place, Toponym, find_toponyms
from hito.models import AnnotatedReport

_PRECISION = {"populated": 1, "crossing": 1, "admin1": 3, "country": 4}
_NEAR = re.compile(
    r"(?:near|outskirts of|close to|on the (?:road|highway) (?:to|from|between)|between|"
    r"cerca de|a las afueras de|en las inmediaciones de|inmediaciones de|en la carretera (?:a|hacia|que conduce a)|"
    r"entre|a \d+ (?:km|kil[oó]metros) de|\d+ (?:km|kilometers|miles) (?:from|outside))\s+(?:the |el |la )?$",
    re.IGNORECASE,
)
# A place that acts or speaks is a government, not a location ("supported by Washington").
_METONYM_BEFORE = re.compile(
    r"\b(?:by|with|por|con|de parte de)\s+(?:the |el |la )?$", re.IGNORECASE
)
_METONYM_AFTER = re.compile(
    r"^\s*(?:said|says|announced|stated|denied|asked|urged|has|had|would|will|must|dijo|afirm[oó]|anunci[oó]"
    r"|inform[oó]|pidi[oó]|neg[oó]|exigi[oó])\b",
    re.IGNORECASE,
)
# "trucks headed to Ciudad Cuauhtémoc", "rumbo a Tapachula": a direction, not where it happened.
_TOWARD = re.compile(
    r"\b(?:toward|towards|bound for|headed (?:to|for)|heading (?:to|for)|on (?:its|their) way to"
    r"|hacia|rumbo a|con destino a|se dirig[ií]\w* (?:a|hacia)|trasladad[oa]s (?:a|hacia)|taken to|transferred to)\s+$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\b(?:from|de|desde|procedentes? de|originari[oa]s? de)\s+$", re.IGNORECASE)
_CRIME = re.compile(
    r"cartel|c[aá]rtel|criminal|crime|gang|narco|delincuen|crimen|pandill|sicario", re.I
)


@dataclass(frozen=True)
class EventPlace:
    name: str
    country: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    precision: int

    def compatible_with(self, other: EventPlace) -> bool:
        if self.country != other.country:
            return False
        if self.precision >= 3 or other.precision >= 3:
            return self.precision == 4 or other.precision == 4 or self.admin1 == other.admin1
        return _km(self, other) <= 5.0


def _km(a: EventPlace, b: EventPlace) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class _Located:
    sentence: int
    toponym: Toponym
    place: Place
    precision: int
    origin: bool  # "from Guatemala": where people came from, not where it happened


class ReportPlaces:
    """The places of one report, read once, asked for per sentence."""

    def __init__(self, annotated: AnnotatedReport) -> None:
        found: list[tuple[int, str, Toponym]] = []
        for s in annotated.sentences:
            # "Cártel de Sinaloa", "Chiapas State Police": a place inside a name is no location.
            named = [(a.start, a.end) for a in find_actors(s.text, annotated.language)]
            for t in find_toponyms(s.text, annotated.language):
                inside = any(a <= t.start and t.end <= b for a, b in named)
                if t.candidates and not inside and self._is_location(s.text, t):
                    found.append((s.index, s.text, t))
        self._fact = {s.index for s in annotated.sentences if s.stance == "fact"}
        context = self._context(found)
        self._located = [self._locate(i, text, t, context) for i, text, t in found]
        self.report_mentions_crime = any(
            _CRIME.search(s.text) for s in annotated.sentences if s.stance == "fact"
        )

    @staticmethod
    def _is_location(text: str, t: Toponym) -> bool:
        if _METONYM_AFTER.match(text[t.end :]):
            return False
        if _TOWARD.search(text[: t.start]):
            return False
        top = t.candidates[0]
        # "supported by Washington", "coordinated with Mexico": governments, not locations.
        government_like = top.kind == "country" or top.population > 500_000
        return not (government_like and _METONYM_BEFORE.search(text[: t.start]))

    @staticmethod
    def _context(found: list[tuple[int, str, Toponym]]) -> tuple[set[str], set[str]]:
        """Countries and states the report names unambiguously, to settle the other names."""
        countries: set[str] = set()
        admin1s: set[str] = set()
        for _, _, t in found:
            top = t.candidates[0]
            if top.kind == "country":
                countries.add(top.country)
            elif top.kind == "admin1":
                admin1s.add(top.admin1 or top.name)
                countries.add(top.country)
        return countries, admin1s

    @staticmethod
    def _choose(t: Toponym, context: tuple[set[str], set[str]]) -> Place:
        countries, admin1s = context
        for c in t.candidates:
            if c.kind != "country" and c.admin1 and c.admin1 in admin1s:
                return c
        for c in t.candidates:
            if c.country in countries:
                return c
        return t.candidates[0]

    def _locate(
        self, index: int, text: str, t: Toponym, context: tuple[set[str], set[str]]
    ) -> _Located:
        place = self._choose(t, context)
        precision = _PRECISION.get(place.kind, 1)
        if precision == 1 and _NEAR.search(text[: t.start]):
            precision = 2
        origin = bool(_FROM.search(text[: t.start])) and place.kind == "country"
        return _Located(index, t, place, precision, origin)

    @staticmethod
    def _event_place(loc: _Located) -> EventPlace:
        p = loc.place
        if p.kind == "country":
            return EventPlace(loc.toponym.text, p.country, None, None, None, 4)
        if p.kind == "admin1":
            return EventPlace(
                loc.toponym.text, p.country, p.admin1 or p.name, p.latitude, p.longitude, 3
            )
        return EventPlace(
            loc.toponym.text, p.country, p.admin1, p.latitude, p.longitude, loc.precision
        )

    def place_in(self, sentence: int, anchor: int) -> EventPlace | None:
        """The location named in one sentence for the act at offset `anchor`: a town or
        village if the sentence names one (the nearest to the act), else a state, else a country."""
        here = [loc for loc in self._located if loc.sentence == sentence and not loc.origin]
        if not here:
            return None
        level = min(1 if loc.precision <= 2 else loc.precision for loc in here)
        same_level = [loc for loc in here if (1 if loc.precision <= 2 else loc.precision) == level]
        best = min(same_level, key=lambda loc: abs(loc.toponym.start - anchor))
        return self._event_place(best)

    def default_place(self, event_type: str) -> EventPlace | None:
        """The report's main place: its most often named town in factual sentences."""
        fact = [loc for loc in self._located if loc.sentence in self._fact and not loc.origin]
        for level in (1, 2, 3):
            names = Counter(loc.place for loc in fact if loc.precision == level)
            if names:
                place = names.most_common(1)[0][0]
                loc = next(x for x in fact if x.place == place)
                return self._event_place(loc)
        return None
