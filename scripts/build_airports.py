"""Build src/hito/data/gazetteer_airports.tsv: the airports of large towns, by the names news
uses for them ("Heathrow", "Dulles International Airport").

Source: the airportsdata wheel's airports.csv (MIT, © Mike Borsetti; read with zipfile at build
time, nothing of it is imported at run time). Only airports with an IATA code that serve a town
of 100,000+ people in hito's gazetteer are kept: small fields share their names with towns and
people far more often than news names them.

Output columns (tab-separated, no header): the normalised name, the airport's name, its country
(ISO2), latitude, longitude. Each airport is written under its full name, its name without the
town ("Heathrow Airport"), and its distinctive word(s) ("Heathrow") where no other airport
has them.

Run: pip download --no-deps airportsdata -d /tmp/ad
     .venv/bin/python scripts/build_airports.py /tmp/ad/airportsdata-*.whl
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from hito.geo.gazetteer import lookup
from hito.geo.normalize import norm

OUT = Path(__file__).resolve().parents[1] / "src/hito/data/gazetteer_airports.tsv"
MIN_TOWN = 100_000
# Words that say what a field is, not which one it is.
_GENERIC_WORDS = """airport international intercontinental regional municipal national county
    metropolitan
    airfield air base field aerodrome airpark jetport domestic city area memorial executive
    de del da do di la le el the of and y et aeropuerto aeroporto aeroport internacional
    sir north south east west northern southern eastern western central new"""
GENERIC = frozenset(_GENERIC_WORDS.split())


def _town_population(city: str, country: str) -> int:
    key = norm(city)
    pops = [
        p.population
        for p in lookup(city)
        if p.kind == "populated" and p.country == country and norm(p.name) == key
    ]
    return max(pops, default=0)


def _keys(name: str, city: str) -> tuple[list[str], str]:
    """The names to index (full, without the town) and the distinctive core."""
    full = norm(name)
    words = full.split()
    town = norm(city).split()
    rest = [w for w in words if w not in town] if town else words
    core = " ".join(w for w in rest if w not in GENERIC)
    return [full, " ".join(rest)], core


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path)
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as zf:
        raw = zf.read("airportsdata/airports.csv").decode("utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(raw)) if r["iata"]]
    kept: list[tuple[list[str], str, dict[str, str]]] = []
    for r in rows:
        if not r["city"] or _town_population(r["city"], r["country"]) < MIN_TOWN:
            continue
        keys, core = _keys(r["name"], r["city"])
        kept.append((keys, core, r))
    cores: dict[str, int] = defaultdict(int)
    for _, core, _ in kept:
        cores[core] += 1
    lines: dict[str, str] = {}
    for keys, core, r in kept:
        names = list(keys)
        if cores[core] == 1 and len(core) >= 4 and re.search(r"[a-z]", core):
            names.append(core)
        for key in names:
            # "Airport", "International Airport": a name of no one field.
            if key and key not in lines and set(key.split()) - GENERIC:
                lines[key] = f"{key}\t{r['name']}\t{r['country']}\t{r['lat']}\t{r['lon']}"
    OUT.write_text("".join(line + "\n" for _, line in sorted(lines.items())), encoding="utf-8")
    print(f"{len(kept)} airports, {len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
