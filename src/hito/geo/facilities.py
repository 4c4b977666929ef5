"""Universities, landmarks and airports that news names as places, by their own names.

Two tables: `gazetteer_facilities.tsv`, written for hito (well-known universities, colleges
and landmarks whose names do not say their town: "Cornell University" is in Ithaca,
"Broadway" in New York), placed at their town's gazetteer point; and
`gazetteer_airports.tsv` (built by scripts/build_airports.py from airportsdata, MIT), the
airports of large towns at their own point ("Heathrow").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from hito.geo.gazetteer import lookup
from hito.geo.normalize import norm
from hito.geo.places import Place

CURATED_FILE = "gazetteer_facilities.tsv"
AIRPORTS_FILE = "gazetteer_airports.tsv"


def _town(town: str, country: str, admin1: str) -> Place | None:
    key = norm(town)
    towns = [
        p
        for p in lookup(town)
        if p.kind == "populated"
        and p.country == country
        and (not admin1 or p.admin1 == admin1)
        and norm(p.name) == key
    ]
    return max(towns, key=lambda p: p.population) if towns else None


def _read(name: str) -> list[list[str]]:
    text = (resources.files("hito") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _load() -> tuple[dict[str, Place], dict[str, Place]]:
    curated: dict[str, Place] = {}
    for f in _read(CURATED_FILE):
        names, town, country = f[0].split("|"), f[1], f[2]
        place = _town(town, country, f[3] if len(f) > 3 else "")
        if place is None:
            continue
        # The town's point and size: a facility weighs in the text as its town does.
        here = Place(
            None,
            names[0],
            place.country,
            place.admin1,
            place.latitude,
            place.longitude,
            "populated",
            place.population,
        )
        for n in names:
            curated.setdefault(norm(n), here)
    airports: dict[str, Place] = {}
    for key, name, country, lat, lon in _read(AIRPORTS_FILE):
        airports[key] = Place(None, name, country, None, float(lat), float(lon), "populated", 0)
    return curated, airports


@cache
def tables() -> tuple[dict[str, Place], dict[str, Place]]:
    """The curated facilities and the airports, by normalised name (loaded once)."""
    return _load()


def facility(name: str) -> Place | None:
    """The curated university or landmark called `name` ("Cornell University", "Broadway")."""
    return tables()[0].get(norm(name))


def airport(name: str) -> Place | None:
    """The airport called `name` ("Heathrow", "Heathrow Airport", "London Heathrow Airport")."""
    return tables()[1].get(norm(name))
