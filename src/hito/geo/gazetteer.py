"""The offline gazetteer: loaded lazily once per process, queried by normalised name."""

from __future__ import annotations

import gzip
import math
import threading
from collections.abc import Iterable
from importlib import resources

from hito.geo.normalize import norm
from hito.geo.places import FOCUS_COUNTRIES, Place

DATA_FILE = "gazetteer.tsv.gz"

# Base ranking of candidates when nothing in the text decides (documented in docs/geography.md):
# a country name means the country; a state/department name the state, the focus region's first;
# a curated border crossing beats an ordinary town; towns rank by log10(population) plus a bias
# of two orders of magnitude toward Mexico and Guatemala.
KIND_WEIGHT = {"country": 100.0, "crossing": 50.0, "admin1": 40.0, "populated": 0.0}
FOCUS_ADMIN1_BONUS = 20.0
FOCUS_BONUS = 2.0


def base_score(place: Place) -> float:
    """Context-free plausibility of a place as the referent of its name."""
    score = KIND_WEIGHT.get(place.kind, 0.0) + math.log10(place.population + 1)
    if place.country in FOCUS_COUNTRIES:
        score += FOCUS_BONUS
        if place.kind == "admin1":
            score += FOCUS_ADMIN1_BONUS
    return score


class Gazetteer:
    """Name index over all places; keys are `norm()` forms of primary and alternate names.

    Each data line: geonameid, name, country, admin1, latitude, longitude, kind, population and
    the normalised alternate names ("|"-separated).
    """

    def __init__(self, lines: Iterable[str]) -> None:
        rows: list[tuple[Place, list[str]]] = []
        intern: dict[str, str] = {}
        for line in lines:
            f = line.rstrip("\n").split("\t")
            if len(f) < 9:
                continue
            # Countries, admin1 names and kinds repeat thousands of times: share one string each.
            country = intern.setdefault(f[2], f[2])
            place = Place(
                geonameid=int(f[0]) if f[0] else None,
                name=f[1],
                country=country,
                admin1=intern.setdefault(f[3], f[3]) if f[3] else None,
                latitude=float(f[4]),
                longitude=float(f[5]),
                kind=intern.setdefault(f[6], f[6]),
                population=int(f[7]),
            )
            rows.append((place, f[8].split("|") if f[8] else []))
        # Indexing in descending base score leaves every candidate list ranked, with no sorting.
        rows.sort(key=lambda r: -base_score(r[0]))
        # Most keys name one place; storing that place bare instead of a 1-tuple saves ~30 MB.
        index: dict[str, Place | tuple[Place, ...]] = {}
        for place, alts in rows:
            for key in (norm(place.name), *alts):
                have = index.get(key)
                if have is None:
                    index[key] = place
                elif isinstance(have, Place):
                    if have is not place:
                        index[key] = (have, place)
                elif place not in have:
                    index[key] = (*have, place)
        self.index = index
        self.max_tokens = max(k.count(" ") for k in index) + 1

    def get(self, key: str) -> tuple[Place, ...]:
        """Candidates for an already normalised key, best first."""
        hit = self.index.get(key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, Place) else hit

    def lookup(self, name: str) -> list[Place]:
        return list(self.get(norm(name)))


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def load() -> Gazetteer:
    """The process-wide gazetteer, read from the package data on first use (about 2 s)."""
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                source = resources.files("hito") / "data" / DATA_FILE
                with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
                    _gazetteer = Gazetteer(fh)
    return _gazetteer


def lookup(name: str) -> list[Place]:
    """Candidates for a place name, best first (case- and accent-insensitive)."""
    return load().lookup(name)
