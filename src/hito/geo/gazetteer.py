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

# Base ranking of candidates when nothing in the text decides (documented in docs/geography.md),
# in orders of magnitude of population: log10(population + 1) plus a weight per kind (a country's
# name usually means the country, a state's the state), plus CAPITAL_BONUS for national capitals
# ("Washington" is the capital before the state) and FOCUS_BONUS toward Mexico and Guatemala, a
# prior that the resolver drops when the rest of the text points elsewhere.
KIND_WEIGHT = {
    "country": 5.0,
    "region": 11.0,
    "crossing": 7.0,
    "admin1": 0.5,
    "admin2": 0.0,
    "populated": 0.0,
}
# Overseas departments and dependent territories are named far less often than the towns
# that share their Spanish or English names ("Guadalupe", Nuevo León / Guadeloupe): they rank
# as a state does, on their population, not as a country.
_TERRITORY_CODES = """GP MQ GF RE YT PM BL MF NC PF WF TF AW CW SX BQ BM KY VG AI MS TC FK GI GG
JE IM SH PN IO GS CK NU TK NF CX CC HM BV SJ FO GL AX UM AS GU MP VI"""
TERRITORIES = frozenset(_TERRITORY_CODES.split())
CAPITAL_BONUS = 2.0
FOCUS_BONUS = 2.0
# Crossings, regions and focus-country states rank on their kind, not their (summed) population.
_FIXED_KINDS = ("crossing", "region")


def intrinsic_score(place: Place) -> float:
    """`base_score` without the Mexico–Guatemala prior."""
    return _intrinsic(place, load().capitals)


def base_score(place: Place) -> float:
    """Context-free plausibility of a place as the referent of its name."""
    return _intrinsic(place, load().capitals) + focus_prior(place)


def focus_prior(place: Place) -> float:
    return FOCUS_BONUS if place.country in FOCUS_COUNTRIES else 0.0


def _intrinsic(place: Place, capitals: frozenset[Place]) -> float:
    kind = "admin1" if place.kind == "country" and place.country in TERRITORIES else place.kind
    score = KIND_WEIGHT.get(kind, 0.0) + (CAPITAL_BONUS if place in capitals else 0.0)
    if place.kind not in _FIXED_KINDS:
        score += math.log10(place.population + 1)
    return score


def own_name(place: Place, key: str) -> bool:
    """Is `key` (normalised) the place's name or its short form, not an alternate? Mexican
    and Guatemalan municipalities are named with an honorific ("Jerez de García Salinas",
    "Ciudad de Villa de Álvarez", "Heroica Matamoros") and called without."""
    name = norm(place.name)
    if name == key:
        return True
    return place.country in FOCUS_COUNTRIES and (
        name.startswith((key + " de ", key + " del "))
        or name.endswith(" de " + key)
        or name in ("ciudad " + key, "heroica " + key, "heroica ciudad de " + key)
    )


class Gazetteer:
    """Name index over all places; keys are `norm()` forms of primary and alternate names.

    Each data line: geonameid, name, country, admin1, latitude, longitude, kind, population, the
    normalised alternate names ("|"-separated) and flags ("capital").
    """

    def __init__(self, lines: Iterable[str]) -> None:
        rows: list[tuple[Place, list[str]]] = []
        capitals: set[Place] = set()
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
            if len(f) > 9 and "capital" in f[9]:
                capitals.add(place)
        self.capitals: frozenset[Place] = frozenset(capitals)
        # Indexing in descending base score leaves every candidate list ranked, with no sorting.
        rows.sort(key=lambda r: -(_intrinsic(r[0], self.capitals) + focus_prior(r[0])))
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


# The build leaves out states whose names are only compass and generic words ("North West",
# "Central Region", "West Coast"): in running text they are words. A span known to name a
# place may still be one; its towns know their state.
_GENERIC_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "far",
        "upper",
        "lower",
        "middle",
        "capital",
        "region",
        "province",
        "district",
        "coast",
    ]
)
_generic_states: dict[str, tuple[Place, ...]] | None = None


def generic_states(name: str) -> tuple[Place, ...]:
    """States named by generic words only, by their towns' state names ("North West": the
    South African and the Botswanan one), at the mean of their towns; () for other names."""
    global _generic_states
    key = norm(name)
    words = key.split()
    if len(words) < 2 or not set(words) <= _GENERIC_WORDS:
        return ()
    if _generic_states is None:
        gaz = load()
        with _lock:
            if _generic_states is None:
                _generic_states = _build_generic_states(gaz)
    return _generic_states.get(key, ())


def _build_generic_states(gaz: Gazetteer) -> dict[str, tuple[Place, ...]]:
    towns: dict[tuple[str, str], list[Place]] = {}
    seen: set[int] = set()
    for hit in gaz.index.values():
        for p in (hit,) if isinstance(hit, Place) else hit:
            if p.kind != "populated" or not p.admin1 or id(p) in seen:
                continue
            seen.add(id(p))
            if set(norm(p.admin1).split()) <= _GENERIC_WORDS:
                towns.setdefault((p.country, p.admin1), []).append(p)
    out: dict[str, list[Place]] = {}
    for (country, admin1), members in towns.items():
        state = Place(
            geonameid=None,
            name=admin1,
            country=country,
            admin1=admin1,
            latitude=sum(m.latitude for m in members) / len(members),
            longitude=sum(m.longitude for m in members) / len(members),
            kind="admin1",
            population=sum(m.population for m in members),
        )
        out.setdefault(norm(admin1), []).append(state)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in out.items()}
