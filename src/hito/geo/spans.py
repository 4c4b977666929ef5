"""Candidates for a span that is already known to name a place (a gold span, a dateline).

`lookup` answers for the name as written; a known span may also be written as an abbreviation
("Calif.", "W.Va."), a demonym or regional adjective ("Russian", "European"), with an article or
possessive ("the U.S.", "Egypt's"), or with a generic word the gazetteer lacks ("Oaxaca State").
"""

from __future__ import annotations

import re
from functools import cache

from hito.geo.abbreviations import abbreviation
from hito.geo.countries import country_name, initials_countries
from hito.geo.demonyms import demonym_country, demonym_region, people_region
from hito.geo.gazetteer import load
from hito.geo.normalize import norm
from hito.geo.places import Place

_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|ad|ar|as|ash|at|az|an)[-\s](?=\w)", re.IGNORECASE)
# Generic words after a name ("Oaxaca State", "Tapachula City") that the gazetteer may lack.
_GENERIC = re.compile(
    r"\s+(?:state|province|department|region|city|town|village|municipality|district|"
    r"estado|provincia|departamento|ciudad|municipio)$",
    re.IGNORECASE,
)


def region_place(name: str) -> Place | None:
    return next((p for p in load().get(norm(name)) if p.kind == "region"), None)


def span_candidates(text: str) -> tuple[Place, ...]:
    """Ranked candidates for a span known to be a place name; () when nothing fits."""
    gaz = load()
    name = text.strip()
    if name.endswith("."):
        abbr = abbreviation(name)
        if abbr:
            return abbr
    hit = gaz.get(norm(name))
    if name.isalpha() and name.isupper() and (abbreviation(name) or _initials_places(name)):
        # "WA", "NSW" in capitals: the states compete with Wa, Ghana, and "LA" with Los Angeles;
        # "SA" is South Australia, South Africa or Saudi Arabia as the context says.
        abbr = abbreviation(name) + _initials_places(name)
        return abbr + tuple(p for p in hit if p not in abbr)
    if hit and hit[0].kind == "country":
        return hit
    # "Canadian" is an adjective before it is Canadian County, Oklahoma.
    adjective = _adjective_place(name)
    if adjective is not None:
        return (adjective,)
    if hit:
        return hit
    abbr = abbreviation(name)
    if abbr:
        return abbr
    variants = (
        _ARTICLE.sub("", name),
        _POSSESSIVE.sub("", name),
        _GENERIC.sub("", name),
        # The Arabic article is written or left out at will: "Qamishli" is Al Qāmishlī,
        # "al-Tanf" is Tanf.
        _ARABIC_ARTICLE.sub("", name),
        f"Al {name}",
    )
    for variant in variants:
        if variant != name and variant:
            hit = gaz.get(norm(variant))
            if hit:
                return hit
    return ()


@cache
def _initials_places(name: str) -> tuple[Place, ...]:
    places = (country_place(iso) for iso in initials_countries(name))
    return tuple(p for p in places if p is not None)


def _adjective_place(name: str) -> Place | None:
    iso = demonym_country(name)
    if iso is not None:
        return country_place(iso)
    region = demonym_region(name) or people_region(name)
    return region_place(region) if region is not None else None


def country_place(iso2: str) -> Place | None:
    """The gazetteer's entry for a country code."""
    for name in (country_name(iso2), country_name(iso2, "es")):
        for p in load().get(norm(name)):
            if p.kind == "country" and p.country == iso2:
                return p
    return None
