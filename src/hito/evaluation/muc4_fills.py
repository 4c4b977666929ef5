"""MUC-4 slot fills and the credit one response fill earns against one key fill.

Credits follow the MUC-4 scoring guidelines (muc4/docs/scoring-guidelines.v7), with the
interactive judgements replaced by fixed rules: 1 = correct, 0.5 = partially correct,
0 = incorrect. Where the guidelines leave a choice to the human scorer, the rule takes the
stricter reading ("if you have any doubt ... count it incorrect").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hito.evaluation.metrics import fold
from hito.geo import demonym_country
from hito.nlp.date_resolve import full_year

_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
# "Recent" in the task definition: within two months of the article.
RECENT = dt.timedelta(days=62)

INCIDENT_TYPES = ("ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY", "HIJACKING")
# The instrument hierarchy of template-doc-part1 7.8: child -> parent.
INSTRUMENT_PARENT = {
    "MACHINE GUN": "GUN",
    "MORTAR": "GUN",
    "HANDGUN": "GUN",
    "RIFLE": "GUN",
    "BOMB": "EXPLOSIVE",
    "GRENADE": "EXPLOSIVE",
    "MOLOTOV COCKTAIL": "EXPLOSIVE",
    "VEHICLE BOMB": "BOMB",
    "DYNAMITE": "BOMB",
    "MINE": "BOMB",
    "AERIAL BOMB": "BOMB",
    "MISSILE": "PROJECTILE",
    "ROCKET": "PROJECTILE",
}


def type_credit(response: str, key: str) -> float:
    """3.2.4: a mismatch is wrong, except that ATTACK is partially right for any type."""
    if response == key:
        return 1.0
    return 0.5 if response == "ATTACK" else 0.0


def instrument_credit(response: str, key: str) -> float:
    """3.2.7: a response that is an ancestor of the key's type is partially right."""
    if response == key:
        return 1.0
    parent = INSTRUMENT_PARENT.get(key)
    while parent is not None:
        if parent == response:
            return 0.5
        parent = INSTRUMENT_PARENT.get(parent)
    return 0.0


# --- dates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DateFill:
    """On `hi` when lo == hi; on or between lo and hi; on or before hi when lo is None."""

    lo: dt.date | None
    hi: dt.date


# "26 AUG 89", "AUG 89"; the keys also hold a few "03 MARCH 90" and yearless "11 NOV".
_DATE = re.compile(r"(?:(\d{1,2})\s+)?([A-Z]{3})[A-Z]*(?:\s+(\d{2}))?\b")


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def parse_date(text: str, default_year: int | None = None) -> DateFill | None:
    """A DATE filler; a date without its year takes `default_year` (the article's)."""
    s = text.strip().strip("()").strip()
    found: list[tuple[dt.date, dt.date]] = []
    for m in _DATE.finditer(s):
        month = MONTHS.get(m.group(2))
        if month is None or (m.group(3) is None and default_year is None):
            continue
        year = full_year(int(m.group(3))) if m.group(3) else default_year or 0
        if m.group(1):
            try:
                day = dt.date(year, month, int(m.group(1)))
            except ValueError:
                continue
            found.append((day, day))
        else:
            found.append((dt.date(year, month, 1), _month_end(year, month)))
    if not found:
        return None
    if s.startswith("-") and len(found) == 1:
        return DateFill(None, found[0][1])
    return DateFill(found[0][0], found[-1][1])


def date_credit(response: DateFill, key: DateFill) -> float:
    """3.2.2: exact is right; a date inside the key's range, or inside the two months before
    a default ("- 26 AUG 89") key, is partially right; so is a range that overlaps it."""
    if response == key:
        return 1.0
    key_lo = key.lo if key.lo is not None else key.hi - RECENT
    resp_lo = response.lo if response.lo is not None else response.hi - RECENT
    single_key = key.lo == key.hi
    if single_key and response.lo == response.hi:
        return 0.0
    return 0.5 if resp_lo <= key.hi and key_lo <= response.hi else 0.0


# --- locations ------------------------------------------------------------------------


@dataclass(frozen=True)
class LocationFill:
    """A country and, most specific last, the levels below it; a level may name a range
    of places ("CUCUTA (CITY) - CAMPANARIO (RURAL AREA)"). Names are `fold()`ed."""

    country: str
    levels: tuple[tuple[str, ...], ...] = ()

    @property
    def specific(self) -> tuple[str, ...]:
        return self.levels[-1] if self.levels else ()


_TYPE = re.compile(r"\s*\([^()]*\)")


def split_alternatives(text: str) -> list[str]:
    """Split at " / " outside parentheses: "URABA (REGION / CITY)" is one alternative."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and text.startswith(" / ", i):
            parts.append(text[start:i])
            start = i + 3
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_location(text: str) -> list[LocationFill]:
    """Alternatives of one LOCATION fill ("A / B", each possibly in parentheses)."""
    out: list[LocationFill] = []
    for alt in split_alternatives(text):
        alt = alt.strip()
        if alt.startswith("(") and alt.endswith(")"):
            alt = alt[1:-1]
        parts = [p.strip() for p in alt.split(":")]
        if len(parts) == 1 and "(" in parts[0] and out:
            # "X (CITY) / Y (DEPARTMENT)": the second alternative keeps the first's country.
            parts = [out[0].country, parts[0]]
        levels = tuple(
            tuple(fold(_TYPE.sub("", name)) for name in level.split(" - ") if name.strip())
            for level in parts[1:]
        )
        if parts[0]:
            out.append(LocationFill(fold(_TYPE.sub("", parts[0])), tuple(x for x in levels if x)))
    return out


def location_credit(response: LocationFill, key: LocationFill) -> float:
    """3.2.3: right country and the key's most specific place (or neither gives a place) is
    right; right country otherwise, or a right place in the wrong country, is partial.
    A range is right only against the same range: one of its ends alone is partial."""
    mine = response.specific[0] if response.specific else None
    if response.country == key.country:
        if mine is None and not key.levels:
            return 1.0
        if mine is not None and set(key.specific) == set(response.specific):
            return 1.0
        return 0.5
    return 0.5 if mine is not None and mine in key.specific else 0.0


# --- perpetrator organisations ---------------------------------------------------------

_NONESSENTIAL = frozenset({"the", "a", "an", "of"})


def name_tokens(name: str) -> tuple[str, ...]:
    """Words of a name without articles and nationality adjectives (3.1.1.1's
    "nonessential modifiers": SALVADORAN ARMY and ARMY are one filler)."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return tuple(w for w in words if w not in _NONESSENTIAL and demonym_country(w) is None)


def name_credit(response: str, key: str) -> float:
    """Same words: right. One name's words inside the other's ("BRIGADE" for "6TH INFANTRY
    BRIGADE", 3.1.1.2): partial."""
    r, k = name_tokens(response), name_tokens(key)
    if not r or not k:
        return 0.0
    if r == k:
        return 1.0
    return 0.5 if set(r) <= set(k) or set(k) <= set(r) else 0.0


# --- deaths ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DeathFill:
    """How many died, as exactly as the key says: lo == hi exact; hi None open-ended."""

    lo: int
    hi: int | None
    exact: bool


def death_credit(response: int, key: DeathFill) -> float:
    """Deaths reported where the key has deaths earn at least partial credit (the EFFECT
    slot is right); full credit needs the count the key gives, or any count consistent
    with a key that gives none ("PLURAL", unnamed victims)."""
    if key.exact:
        return 1.0 if response == key.lo else 0.5
    if key.hi is None and response >= key.lo:
        return 1.0
    return 0.5
