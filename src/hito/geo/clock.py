"""Countries a text's clock times speak for: "7 p.m. ET", "11:59 p.m. CT", "9am AEST".

A time-zone abbreviation written after a clock time tells where a report is read, even when
it names no place of that country: a festival story that gives its hours in Central time is
about Birmingham, Alabama, not Birmingham, England. Only zones that belong to few countries
count; "CST" and "MST" are left out because Mexico (and China) use them too, and "GMT" and
"UTC" because wire services everywhere write them.
"""

from __future__ import annotations

import re

# North American zones are shared by the United States and Canada.
_NORTH_AMERICA = ("US", "CA")
ZONE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "ET": _NORTH_AMERICA,
    "EST": _NORTH_AMERICA,
    "EDT": _NORTH_AMERICA,
    "CT": _NORTH_AMERICA,
    "CDT": _NORTH_AMERICA,
    "MT": _NORTH_AMERICA,
    "MDT": _NORTH_AMERICA,
    "PT": _NORTH_AMERICA,
    "PST": _NORTH_AMERICA,
    "PDT": _NORTH_AMERICA,
    "AKST": ("US",),
    "AKDT": ("US",),
    "HST": ("US",),
    "AEST": ("AU",),
    "AEDT": ("AU",),
    "ACST": ("AU",),
    "ACDT": ("AU",),
    "AWST": ("AU",),
    "NZST": ("NZ",),
    "NZDT": ("NZ",),
    "BST": ("GB",),
}

# A clock time (with a colon, or a.m./p.m., or noon/midnight), then the zone in capitals,
# maybe in brackets: "7 a.m. CT", "11:59 p.m. CT", "19:30 (AEST)", "noon ET". A bare "PT" or
# "MT" (physical training, Mount) without a time before it is not a zone.
_CLOCK_ZONE = re.compile(
    r"(?:\b\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?\s?[mM]\b\.?)|\b\d{1,2}:\d{2}|\b(?:noon|midnight))"
    r"\s*\(?(?P<zone>[A-Z]{2,4})\b"
)


def clock_countries(text: str | None) -> set[str]:
    """The countries whose time zones the clock times of `text` are given in."""
    if not text:
        return set()
    out: set[str] = set()
    for m in _CLOCK_ZONE.finditer(text):
        out.update(ZONE_COUNTRIES.get(m.group("zone"), ()))
    return out
