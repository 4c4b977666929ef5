"""MUC-4 LOCATION: an act on a road, a line or a trip between two named places.

Template-doc-part1 7.4 and the scoring guidelines (3.2.3) key such an act by the range of
the two places ("COLOMBIA: MEDELLIN (CITY) - CALI (CITY)"), and one of them alone earns
only half. Wire copy tells the range as "ON THE HIGHWAY BETWEEN X AND Y", "THE ROAD FROM X
TO Y", "THE ROAD LINKING X WITH Y" or "THE X-Y ROAD". Only a route word or a trip before
the range makes it one: "CLASHES BETWEEN X AND Y" names two sides.
"""

from __future__ import annotations

import re

from hito.geo import country_code, lookup

# A word of a place name in capitals; not a word that joins or ends a clause.
_STOP = (
    r"(?!(?:AND|OR|TO|WITH|FROM|THE|OF|IN|ON|AT|NEAR|WAS|WERE|IS|ARE|HAS|HAVE|HAD|WHEN|WHERE"
    r"|WHICH|THAT|WHILE|AFTER|BEFORE|BY|FOR|IT|THEY|A|AN)\b)"
)
_WORD = rf"{_STOP}[A-Z][A-Z']*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
# What a place may be called by before its name: "THE RURAL AREA KNOWN AS LOMA INVENTADA".
_KIND = (
    r"(?:THE (?:[A-Z]+ )?(?:TOWNS?|CITY|CITIES|VILLAGES?|PORT|HAMLET|(?:RURAL )?AREA|SETTLEMENT)"
    r" (?:OF|KNOWN AS|CALLED) )?"
)
_ROUTE = (
    r"(?:ROADS?|HIGHWAYS?|STRETCH|ROUTE|BRIDGE|RAILROAD|RAILWAY|RAIL LINE|TRACKS|PIPELINE"
    r"|TRAIN|BUS|FLIGHT|PLANE|TRAVEL+ING|DRIVING|FLYING|RUNNING|HEADING|LOCATED|SITUATED)"
)
# The route word, a comma or a few words of the same clause, then the two places.
_LEAD = rf"\b{_ROUTE}\b,?(?:[^,.;:]{{0,40}}? )?"
_BETWEEN = re.compile(
    rf"{_LEAD}BETWE[A-Z]* {_KIND}(?P<a>{_NAME}) AND {_KIND}(?P<b>{_NAME}(?: [A-Z']+)*)"
)
_FROM_TO = re.compile(rf"{_LEAD}FROM {_KIND}(?P<a>{_NAME}) TO {_KIND}(?P<b>{_NAME}(?: [A-Z']+)*)")
_LINKING = re.compile(
    r"\b(?:LINK(?:ING|S)|CONNECT(?:ING|S)|JOIN(?:ING|S)) "
    rf"{_KIND}(?P<a>{_NAME}) (?:WITH|AND|TO) {_KIND}(?P<b>{_NAME}(?: [A-Z']+)*)"
)
_HYPHENED = re.compile(
    rf"\b(?:THE|ON|ALONG) (?P<a>{_NAME}) ?- ?(?P<b>{_NAME}) "
    r"(?:ROAD|HIGHWAY|RAILROAD|RAILWAY|STRETCH)\b"
)


def _known(name: str) -> set[str]:
    """The countries the gazetteer knows a place of this very name in (not as a country)."""
    if country_code(name) is not None:
        return set()
    return {p.country for p in lookup(name) if p.kind != "country"}


def _place_prefix(words: str) -> tuple[str, set[str]] | None:
    """The longest run of up to four leading words that names a known place: the second
    place runs on into the sentence ("SAN MIGUEL WAS MINED")."""
    parts = words.split()
    for n in range(min(4, len(parts)), 0, -1):
        name = " ".join(parts[:n])
        if countries := _known(name):
            return name, countries
    return None


def route_ends(sentence: str, country: str) -> tuple[str, str] | None:
    """The two places a sentence tells a route between, in capitals, when both are known
    places and one lies in `country` (an ISO code)."""
    for pattern in (_BETWEEN, _FROM_TO, _LINKING, _HYPHENED):
        for m in pattern.finditer(sentence):
            first = m.group("a")
            first_in = _known(first)
            second = _place_prefix(m.group("b"))
            if not first_in or second is None:
                continue
            if country in first_in | second[1] and first != second[0]:
                return first, second[0]
    return None
