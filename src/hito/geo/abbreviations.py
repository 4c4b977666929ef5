"""State and province abbreviations used after a town name ("Alexandria, La.", "TAPACHULA, Chis.").

These are never looked up alone in running text: "La", "Ga" or "Col" are words. A name finder
accepts one only when it follows a place name and a comma, with its dots; a caller that already
knows a span is a place (a gold span, a dateline) may look it up directly.
"""

from __future__ import annotations

import re
from functools import cache

from hito.geo.gazetteer import load
from hito.geo.normalize import norm
from hito.geo.places import Place

# Associated Press style and two-letter postal codes of US states.
_US: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("AK",),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "Cal.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "District of Columbia": ("D.C.", "DC"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("HI",),
    "Idaho": ("ID",),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("IA",),
    "Kansas": ("Kan.", "Kans.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("ME",),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "Nebr.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "N.Mex.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "N.Dak.", "ND"),
    "Ohio": ("OH",),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "Oreg.", "OR"),
    "Pennsylvania": ("Pa.", "Penn.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "S.Dak.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Tex.", "TX"),
    "Utah": ("UT",),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "W. Va.", "WV"),
    "Wisconsin": ("Wis.", "Wisc.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}
# Mexican states as abbreviated in datelines and addresses.
_MX: dict[str, tuple[str, ...]] = {
    "Aguascalientes": ("Ags.",),
    "Baja California": ("B.C.",),
    "Baja California Sur": ("B.C.S.", "BCS"),
    "Campeche": ("Camp.",),
    "Chiapas": ("Chis.", "Chs."),
    "Chihuahua": ("Chih.",),
    "Coahuila": ("Coah.",),
    "Colima": ("Col.",),
    "Ciudad de México": ("CDMX", "D.F."),
    "Durango": ("Dgo.",),
    "Guanajuato": ("Gto.",),
    "Guerrero": ("Gro.",),
    "Hidalgo": ("Hgo.",),
    "Jalisco": ("Jal.",),
    "México": ("Edomex", "Edo. Méx.", "Méx."),
    "Michoacán": ("Mich.",),
    "Morelos": ("Mor.",),
    "Nayarit": ("Nay.",),
    "Nuevo León": ("N.L.", "NL"),
    "Oaxaca": ("Oax.",),
    "Puebla": ("Pue.",),
    "Querétaro": ("Qro.",),
    "Quintana Roo": ("Q. Roo", "Q.Roo", "Q.R."),
    "San Luis Potosí": ("S.L.P.", "SLP"),
    "Sinaloa": ("Sin.",),
    "Sonora": ("Son.",),
    "Tabasco": ("Tab.",),
    "Tamaulipas": ("Tamps.",),
    "Tlaxcala": ("Tlax.",),
    "Veracruz": ("Ver.",),
    "Yucatán": ("Yuc.",),
    "Zacatecas": ("Zac.",),
}
_CA: dict[str, tuple[str, ...]] = {
    "British Columbia": ("B.C.", "BC"),
    "Alberta": ("Alta.", "AB"),
    "Ontario": ("Ont.", "ON"),
    "Quebec": ("Que.", "Qué.", "QC"),
    "Manitoba": ("Man.", "MB"),
    "Saskatchewan": ("Sask.", "SK"),
    "Nova Scotia": ("N.S.", "NS"),
    "New Brunswick": ("N.B.", "NB"),
}
# Australian states and territories as the Australian press writes them ("Newcastle, NSW").
_AU: dict[str, tuple[str, ...]] = {
    "New South Wales": ("NSW", "N.S.W."),
    "Victoria": ("Vic.", "VIC"),
    "Queensland": ("Qld", "Qld.", "QLD"),
    "Western Australia": ("WA", "W.A."),
    "South Australia": ("SA", "S.A."),
    "Tasmania": ("Tas.", "TAS"),
    "Northern Territory": ("NT", "N.T."),
    "Australian Capital Territory": ("ACT", "A.C.T."),
}
TABLES = (("US", _US), ("MX", _MX), ("CA", _CA), ("AU", _AU))
# Forms that follow a company's name more often than a town's ("Grupo Bimbo, SA", "Acme,
# S.A."): known place spans only, never ", Abbr." in running text.
_SPANS_ONLY = frozenset({"SA", "S.A.", "ACT", "A.C.T.", "NT", "N.T."})


def dotted(abbr: str) -> bool:
    """Abbreviations safe to index as names: several letters with dots ("S.C.", "W.Va.",
    "Q. Roo"), which no word of running text looks like."""
    return abbr.count(".") >= 2 or (abbr.count(".") == 1 and not abbr.endswith("."))


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    gaz = load()
    out: dict[str, list[Place]] = {}
    for country, table in TABLES:
        for name, abbrs in table.items():
            states = [
                p
                for p in gaz.get(norm(name))
                if p.kind == "admin1" and p.country == country and norm(p.name) == norm(name)
            ]
            for abbr in abbrs:
                have = out.setdefault(abbr.replace(" ", ""), [])
                have.extend(p for p in states if p not in have)
    return {k: tuple(v) for k, v in out.items()}


def abbreviation(text: str) -> tuple[Place, ...]:
    """States or provinces an abbreviation may stand for, as written ("Ga.", "Chis.", "TX")."""
    return _index().get(text.strip().replace(" ", ""), ())


@cache
def pattern() -> re.Pattern[str]:
    """Matches ", Abbr." right after a place name; group 1 is the abbreviation."""
    forms = sorted(
        {a for _, t in TABLES for abbrs in t.values() for a in abbrs} - _SPANS_ONLY, key=len
    )
    alternatives = "|".join(re.escape(a).replace(r"\ ", r"\s?") for a in reversed(forms))
    return re.compile(r",\s*(" + alternatives + r")(?![\w.])")
