"""Pick one place per toponym, using the rest of the document.

Rule (docs/geography.md). Each candidate starts from its context-free score (`intrinsic_score`:
log10 of population, a weight per kind, a bonus for national capitals), in orders of magnitude
of population, and gains:

- ADJACENT_QUALIFIER when the next toponym qualifies it directly and contains it
  ("La Mesilla, Guatemala", "Alexandria, La.", "Paris (Texas)");
- COUNTRY_NAMED when its country is named elsewhere in the text (a country toponym, or
  `context_countries`, e.g. from demonyms), ADMIN1_NAMED when another toponym reads first
  as its state;
- the document's focus: COUNTRY_FOCUS and ADMIN1_FOCUS times the share of the other toponyms'
  places (first reading) that lie in its country and its state;
- spatial minimality: NEAR_BOOST when it lies within NEAR_KM of another toponym's place,
  half that within FAR_KM;
- the project's prior (FOCUS_BONUS for Mexico and Guatemala) only while no other toponym gives
  evidence: a text about Ohio towns is read in Ohio, one about Córdoba alone in Veracruz.

Toponyms with the same name share no evidence ("Paris ... Paris" does not confirm itself). The
first reading uses names and qualifiers only; focus and proximity come from it and are applied
twice. Highest total wins; ties keep the gazetteer order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

from hito.geo.clock import clock_countries
from hito.geo.gazetteer import focus_prior, intrinsic_score, load, lookup, own_name
from hito.geo.normalize import norm
from hito.geo.phones import phone_countries
from hito.geo.places import FOCUS_COUNTRIES, Place, Toponym

ADJACENT_QUALIFIER = 10.0
COUNTRY_NAMED = 2.5
ADMIN1_NAMED = 2.5
COUNTRY_FOCUS = 3.0
ADMIN1_FOCUS = 2.0
NEAR_BOOST = 2.0
NEAR_KM = 50.0
FAR_KM = 200.0
COLOCATED_BOOST = 1.5
# A candidate in the home region of the report's source (a local paper's state): weak
# context, below a state the text names, enough to settle same-named towns ("Juárez" in a
# Monterrey paper is Juárez, Nuevo León).
HOME_REGION = 2.0
ALT_NAME_PENALTY = 1.0
# Co-location is checked among the first candidates only (they are ranked by base score).
COLOCATED_TOP = 3
COLOCATED_CANDIDATES = 40
# "X, Y" or "X (Y)": Y starts at most this many characters after X ends.
ADJACENT_GAP = 3
# "X, Y", "X en Y", "X, en Y", "X de Y": a town Y this close after X is X's municipality.
CONTAINER_GAP = 5
# The words that may stand between a place and the town that contains it; not "X–Y", "X a Y",
# "from X to Y", "X y Y", which name two places side by side or the ends of a route.
_CONTAINER_WORDS = re.compile(
    r"\s*(?:\d+\s*)?[\"'’”»]?\s*(?:,|\()?\s*(?:(?:en|in|de|del|por|municipio de)\s+)?#?",
    re.IGNORECASE,
)
ROUNDS = 2
# A candidate of the level the other members of its list read as ("Alaska, Hawaii and
# Washington": the state), linked by commas and one "and"/"or".
LIST_KIND = 2.0
_LIST_LINK = re.compile(r"\s*,?\s*(?:(and|or|y|e|o|u|&)\s+)?", re.IGNORECASE)
# A town smaller than this that shares the name of its country's state, that state read first
# ("Florida", New York; "Wales", England), is chosen only when a qualifier names it.
UNIT_NAMESAKE_POPULATION = 100_000
# The document's focus (`focus_place`): a town gains one per place named within SUPPORT_KM
# of it (itself included), SUPPORT_ADMIN1 per mention of its state, SUPPORT_COUNTRY of its
# country. 161 km is the 100 miles of a metropolitan area and its region.
SUPPORT_KM = 161.0
SUPPORT_ADMIN1 = 1.0
SUPPORT_COUNTRY = 0.5
# `lone_small_towns`: a town this small, this far from the document's other places.
LONE_POPULATION = 20_000
# A town this large shadows its small namesakes of the same country (`_shadowed`).
METROPOLIS = 500_000
LONE_KM = 300.0
# `dwarfed`: a town abroad this many times larger, and this large, dwarfs a namesake.
DWARF_RATIO = 5
DWARF_POPULATION = 100_000
# `eclipsed`: a city this large (or a national capital) is the bare name's first reading.
WORLD_CITY = 1_000_000

_SPECIFICITY = {"crossing": 0, "populated": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}
_POINTS = frozenset({"populated", "crossing", "admin2"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _qualifies(q: Place, p: Place) -> bool:
    """Does q, written right after p, name a larger unit containing p?"""
    if q.kind == "country":
        return p.kind != "country" and p.country == q.country
    if q.kind == "admin1":
        return p.kind not in ("admin1", "country") and (p.country, p.admin1) == (
            q.country,
            q.admin1,
        )
    return False


def _within(p: Place, town: Place) -> bool:
    return (
        p != town and distance_km(p.latitude, p.longitude, town.latitude, town.longitude) <= NEAR_KM
    )


def _inside(o: Place, area: Place) -> bool:
    if area.kind == "country":
        return o.country == area.country
    return (o.country, o.admin1) == (area.country, area.admin1)


class _Document:
    """Evidence of one document: which names each toponym has, and what the others say."""

    def __init__(
        self,
        toponyms: Sequence[Toponym],
        context_countries: Sequence[str],
        text: str | None = None,
        region: str | None = None,
        context_states: Collection[tuple[str, str]] = (),
    ) -> None:
        self.toponyms = list(toponyms)
        # A state named by its people's adjective ("autoridades poblanas") is named.
        self.context_states = set(context_states)
        self.keys = [norm(t.text) for t in self.toponyms]
        # Clock times in a zone ("7 p.m. CT") and telephone numbers in a country's format
        # speak for that country like a named one.
        self.context = (
            {c.upper() for c in context_countries} | clock_countries(text) | phone_countries(text)
        )
        self.home = home_units(region)
        self.base = [
            [
                intrinsic_score(p)
                - (ALT_NAME_PENALTY if p.kind in _POINTS and not own_name(p, key) else 0.0)
                for p in t.candidates
            ]
            for t, key in zip(self.toponyms, self.keys, strict=True)
        ]
        n = len(self.toponyms)
        self.qualifier: list[Toponym | None] = [None] * n
        self.container: list[int | None] = [None] * n
        self.list_kinds = self._list_kinds(text)
        for i, t in enumerate(self.toponyms):
            # "Washington, New York and Boston": a name read first as a town, followed by
            # another town as the next item of a list, is a list item, not a qualifier.
            if i + 1 < n and _town_list(self.toponyms, i + 1, text):
                continue
            for u in self.toponyms:
                if u is not t and 0 <= u.start - t.end <= ADJACENT_GAP and u.candidates:
                    self.qualifier[i] = u
                    break
            nxt = self.toponyms[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.candidates and _contained(t, nxt, text):
                self.container[i] = i + 1
        # "Parkland, Florida" lends no support to the state of Washington, where another
        # Parkland lies, here or where the text names Parkland again: a name qualified once
        # reads as its qualifier allows.
        allowed: dict[str, list[Place]] = {}
        for i, q in enumerate(self.qualifier):
            if q is not None:
                ok = [
                    p
                    for p in self.toponyms[i].candidates
                    if any(_qualifies(c, p) for c in q.candidates)
                ]
                if ok:
                    allowed.setdefault(self.keys[i], ok)
        self.allowed = allowed
        leading = [
            allowed.get(self.keys[i], list(t.candidates))[:COLOCATED_TOP]
            for i, t in enumerate(self.toponyms)
        ]
        self.top_points = [
            [(q.latitude, q.longitude) for q in c if q.kind in _POINTS] for c in leading
        ]
        # The points of the same leading candidates that are not dwarfed abroad (`dwarfed`).
        self.top_firm = [
            [
                (q.latitude, q.longitude)
                for q in c
                if q.kind in _POINTS and not dwarfed(q, t.candidates, key)
            ]
            for c, t, key in zip(leading, self.toponyms, self.keys, strict=True)
        ]
        self.top_units = [
            {(q.country, q.admin1 if q.kind != "country" else None) for q in c} for c in leading
        ]
        self.colocated = [self._colocated(i) for i in range(n)]

    def _list_kinds(self, text: str | None) -> list[set[str]]:
        """For each toponym in a list of places ("California, Oregon or Washington"), the
        kinds that the other members read first as: a list names places of one level."""
        n = len(self.toponyms)
        out: list[set[str]] = [set() for _ in range(n)]
        if text is None:
            return out
        gaps = [text[self.toponyms[k].end : self.toponyms[k + 1].start] for k in range(n - 1)]
        links = [_LIST_LINK.fullmatch(g) if g.strip() else None for g in gaps]
        k = 0
        while k < n - 1:
            if links[k] is None:
                k += 1
                continue
            end = k
            while end < n - 1 and links[end] is not None:
                end += 1
            members = range(k, end + 1)
            if any((link := links[m]) is not None and link.group(1) for m in range(k, end)):
                for i in members:
                    out[i] = {
                        _level(self.toponyms[j].candidates[0])
                        for j in members
                        if self.keys[j] != self.keys[i] and self.toponyms[j].candidates
                    }
            k = end
        return out

    def _colocated(self, i: int) -> list[bool]:
        """For each of the first candidates of toponym i: does a leading candidate of another
        toponym lie within NEAR_KM of it, or inside it for a country or state? ("Paris" and
        "Henry County" meet in Tennessee; "Montana" holds "Billings".)"""
        others = [
            pt
            for j, pts in enumerate(self.top_points)
            if self.keys[j] != self.keys[i]
            for pt in pts
        ]
        # Two small namesakes of large towns abroad do not place each other: "Manchester"
        # and "Colchester" in a British story are not the two Connecticut towns, though they
        # lie close together. Such a town is co-located only by a reading that is not itself
        # dwarfed by a namesake abroad.
        firm = [
            pt for j, pts in enumerate(self.top_firm) if self.keys[j] != self.keys[i] for pt in pts
        ]
        units = set().union(
            *(u for j, u in enumerate(self.top_units) if self.keys[j] != self.keys[i])
        )
        out = []
        for p in self.toponyms[i].candidates[:COLOCATED_CANDIDATES]:
            if p.kind == "country":
                out.append(any(c == p.country for c, _ in units))
            elif p.kind == "admin1":
                out.append((p.country, p.admin1) in units)
            else:
                near = firm if dwarfed(p, self.toponyms[i].candidates, self.keys[i]) else others
                out.append(
                    p.kind in _POINTS
                    and any(
                        abs(p.latitude - lat) < 1
                        and distance_km(p.latitude, p.longitude, lat, lon) <= NEAR_KM
                        for lat, lon in near
                    )
                )
        return out

    def _named(
        self, i: int
    ) -> tuple[set[str], set[tuple[str, str | None]], set[tuple[str, str | None]]]:
        countries = set(self.context)
        admin1s: set[tuple[str, str | None]] = set(self.context_states)
        qualifiers: set[tuple[str, str | None]] = set()
        for j, t in enumerate(self.toponyms):
            if self.keys[j] == self.keys[i] or not t.candidates:
                continue
            # A name is read as the state it names first: "Washington" (the capital) names no
            # state for Parkland, Washington; "Ohio" and "Ga." do.
            top = t.candidates[0]
            if top.kind == "country":
                countries.add(top.country)
            elif top.kind == "admin1":
                # "COLUMBUS, Ohio" says where Columbus is, not that the text's other places
                # are in Ohio: a state written only as a town's qualifier names that state
                # ("Wash." makes "Washington" the state) but lends its towns nothing.
                # Mexican and Guatemalan reports are local: there the state of the
                # dateline or of a municipality speaks for the report's other places.
                if top.country not in FOCUS_COUNTRIES and self._qualifier_only(j):
                    qualifiers.add((top.country, top.admin1))
                else:
                    admin1s.add((top.country, top.admin1))
        return countries, admin1s, qualifiers

    def _qualifier_only(self, j: int) -> bool:
        key = self.keys[j]
        return all(
            any(q is self.toponyms[m] for q in self.qualifier)
            for m in range(len(self.toponyms))
            if self.keys[m] == key
        )

    def resolve(self) -> list[Place | None]:
        picks = [self._pick(i, None) for i in range(len(self.toponyms))]
        for _ in range(ROUNDS):
            picks = [self._pick(i, picks) for i in range(len(self.toponyms))]
        return picks

    def _pick(self, i: int, picks: list[Place | None] | None) -> Place | None:
        t = self.toponyms[i]
        if not t.candidates:
            return None
        countries, admin1s, qualifier_admin1s = self._named(i)
        q = self.qualifier[i]
        others = [
            p for j, p in enumerate(picks or ()) if p is not None and self.keys[j] != self.keys[i]
        ]
        country_share = Counter(p.country for p in others if p.country)
        admin1_share = Counter((p.country, p.admin1) for p in others if p.admin1)
        n_country = sum(country_share.values())
        n_admin1 = sum(admin1_share.values())
        points = [p for p in others if p.kind in _POINTS]
        firm_points = [
            p
            for j, p in enumerate(picks or ())
            if p is not None
            and self.keys[j] != self.keys[i]
            and p.kind in _POINTS
            and not dwarfed(p, self.toponyms[j].candidates, self.keys[j])
        ]
        # "Villa de los Arcos, Celaya", "Loma de San Antonio en Salamanca": a town named right
        # after a place contains it.
        c = self.container[i]
        town = picks[c] if picks is not None and c is not None else None
        if town is not None and town.kind not in _POINTS:
            town = None
        best: Place | None = None
        best_score = -math.inf
        colocated = self.colocated[i]
        # "Florida" is the state, not Florida, New York, however much the text is about New
        # York: a small town that shares a state's name needs its qualifier.
        first = t.candidates[0]
        unit_first = first.kind == "admin1"
        # "en Chiapas" is the state, not Chiapa de Corzo, whose alternate names include the
        # state's: there, a town called by another name never takes a state's own name
        # unqualified (own_name already reads "Victoria de Durango" as "Durango"). Elsewhere
        # an alternate name is often the usual spelling ("Hama" for Ḩamāh).
        unit_own = unit_first and first.country in FOCUS_COUNTRIES and own_name(first, self.keys[i])
        shadowed = _shadowed(t.candidates, self.keys[i])
        for k, (p, base) in enumerate(zip(t.candidates, self.base[i], strict=True)):
            score = base
            if k < len(colocated) and colocated[k]:
                score += COLOCATED_BOOST
            qualified = q is not None and any(_qualifies(c, p) for c in q.candidates)
            if unit_first and not qualified and _small_namesake(p, first):
                continue
            if unit_own and not qualified and p.kind in _POINTS and not own_name(p, self.keys[i]):
                continue
            if qualified or (town is not None and p.kind in _POINTS and _within(p, town)):
                score += ADJACENT_QUALIFIER
            # "In Washington" in a London story is the US capital, not Washington, England:
            # the country and state a text names do not bring a small namesake of a capital
            # or world city abroad in, unless another place of the text lies near it.
            hidden = eclipsed(p, t.candidates, self.keys[i], countries) and not any(
                distance_km(p.latitude, p.longitude, o.latitude, o.longitude) <= NEAR_KM
                for o in points
            )
            if p.country in countries and not hidden:
                score += COUNTRY_NAMED
            # "Louisville" in a text that names Ohio is still Kentucky's city: a small town
            # gains nothing from its state when a metropolis of its country has its name.
            state_speaks = p not in shadowed and not hidden
            if (
                p.kind != "country"
                and state_speaks
                and (
                    (p.country, p.admin1) in admin1s
                    or (p.kind == "admin1" and (p.country, p.admin1) in qualifier_admin1s)
                )
            ):
                # A state named under another form ("Wash." and "Washington") is that state.
                score += ADMIN1_NAMED
            if _level(p) in self.list_kinds[i]:
                score += LIST_KIND
            if p.kind != "country" and (p.country, p.admin1) in self.home:
                score += HOME_REGION
            if n_country:
                if not hidden:
                    score += COUNTRY_FOCUS * country_share[p.country] / n_country
            else:
                score += focus_prior(p)
            if n_admin1 and p.admin1 and state_speaks:
                score += ADMIN1_FOCUS * admin1_share[(p.country, p.admin1)] / n_admin1
            if p.kind in ("country", "admin1"):
                if any(_inside(o, p) for o in points):
                    score += NEAR_BOOST
            elif p.kind in _POINTS and (
                near_points := firm_points if dwarfed(p, t.candidates, self.keys[i]) else points
            ):
                near = min(
                    distance_km(p.latitude, p.longitude, o.latitude, o.longitude)
                    for o in near_points
                )
                if near <= NEAR_KM:
                    score += NEAR_BOOST
                elif near <= FAR_KM:
                    score += NEAR_BOOST / 2
            if score > best_score:
                best, best_score = p, score
        return best


def home_units(region: str | None) -> set[tuple[str, str | None]]:
    """The states a source's home region names: the state itself ("Nuevo León"), or the
    state of the town ("Monterrey"), read as its largest namesake."""
    if not region:
        return set()
    candidates = [p for p in lookup(region) if p.kind != "country"]
    states = [p for p in candidates if p.kind == "admin1"]
    first = states[:1] or candidates[:1]
    return {(p.country, p.admin1) for p in first if p.admin1}


def _shadowed(candidates: Sequence[Place], key: str) -> set[Place]:
    """Towns of fewer than LONE_POPULATION people whose name is also, in its own name, that of
    a town of METROPOLIS people or more in the same country (Louisville, Ohio and Louisville,
    Kentucky; Portland, Texas and Portland, Oregon). Mexico and Guatemala are exempt: their
    reports name their villages."""
    big = {
        c.country
        for c in candidates
        if c.kind == "populated" and c.population >= METROPOLIS and own_name(c, key)
    }
    return {
        p
        for p in candidates
        if p.country in big
        and p.kind in _POINTS
        and p.population < LONE_POPULATION
        and p.country not in FOCUS_COUNTRIES
    }


def dwarfed(p: Place, candidates: Sequence[Place], key: str) -> bool:
    """Is town p a small namesake of a town abroad DWARF_RATIO times larger and of
    DWARF_POPULATION or more, called by its own name (Manchester, Connecticut beside
    Manchester, England)? Mexico and Guatemala are exempt: their reports name their villages."""
    if p.kind not in _POINTS or p.country in FOCUS_COUNTRIES:
        return False
    return any(
        c.kind in _POINTS
        and c.country != p.country
        and c.population >= DWARF_POPULATION
        and c.population >= DWARF_RATIO * p.population
        and own_name(c, key)
        for c in candidates
    )


def eclipsed(p: Place, candidates: Sequence[Place], key: str, countries: set[str]) -> bool:
    """Is town p a small namesake of a national capital or a city of WORLD_CITY people abroad,
    DWARF_RATIO times larger, called by its own name and in one of the `countries` the text
    names (Washington, England beside Washington, D.C., in a text that names the United
    States)? Mexico and Guatemala are exempt: their reports name their villages."""
    if p.kind not in _POINTS or p.country in FOCUS_COUNTRIES:
        return False
    capitals = load().capitals
    return any(
        c.kind == "populated"
        and c.country != p.country
        and c.country in countries
        and (c.population >= WORLD_CITY or c in capitals)
        and c.population >= DWARF_RATIO * p.population
        and own_name(c, key)
        for c in candidates
    )


def _level(p: Place) -> str:
    return "town" if p.kind in _POINTS else p.kind


def _small_namesake(p: Place, state: Place) -> bool:
    return (
        p.kind == "populated"
        and p.country == state.country
        and p.population < UNIT_NAMESAKE_POPULATION
        and p.country not in FOCUS_COUNTRIES
    )


def _contained(t: Toponym, town: Toponym, text: str | None) -> bool:
    """Is `town`, named right after `t`, written as the town that contains it? Without the
    text only the distance between the names can tell."""
    if not 0 <= town.start - t.end <= CONTAINER_GAP:
        return False
    return text is None or _CONTAINER_WORDS.fullmatch(text[t.end : town.start]) is not None


def resolve_each(
    toponyms: Sequence[Toponym],
    context_countries: Sequence[str] = (),
    text: str | None = None,
    region: str | None = None,
    context_states: Collection[tuple[str, str]] = (),
) -> list[Place | None]:
    """One chosen place per toponym (None where it has no candidates), in input order.
    `text`, the text the toponyms' offsets point into, tells a town that contains a place
    ("Lomas de Guadalupe, Morelia") from the other end of a route ("Palenque–Ocosingo").
    `region`, the home region of the text's source (`home_units`), is weak context.
    `context_states`, (country, state) pairs the text names otherwise than by a toponym
    (`hito.geo.demonyms.state_demonyms`), count as a state the text names."""
    return _Document(toponyms, context_countries, text, region, context_states).resolve()


def choose(
    toponym: Toponym,
    context: Sequence[Toponym] = (),
    context_countries: Sequence[str] = (),
) -> Place | None:
    """The best candidate of `toponym` given the other toponyms of its text."""
    others = [t for t in context if t.end <= toponym.start or t.start >= toponym.end]
    return resolve_each([toponym, *others], context_countries)[0]


def resolve(
    toponyms: Sequence[Toponym],
    context_countries: Sequence[str] = (),
    text: str | None = None,
    region: str | None = None,
) -> Place | None:
    """The most specific place the toponyms name: a town over a county over a state over a
    country over a region.

    Among equally specific places the first in the text wins, so a caller resolving one
    sentence gets the place the sentence is about ("La Mesilla, Guatemala" -> La Mesilla).
    """
    picks = resolve_each(toponyms, context_countries, text, region)
    far = set(far_from_their_town(toponyms, picks, text))
    chosen = [p for k, p in enumerate(picks) if p is not None and k not in far]
    if not chosen:
        return None
    return min(chosen, key=lambda p: _SPECIFICITY.get(p.kind, 0))


# Between the items of a list of towns: "A, B and C", "A, B y C".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:in|en)\s+)?", re.I)


def _listed(
    toponyms: Sequence[Toponym], picks: Sequence[Place | None], k: int, text: str | None
) -> bool:
    """Is toponym `k` followed by another town as the next item of a list ("in A, B and
    C")? Then the town before it is an item too, not a neighbourhood of it."""
    if text is None or k + 1 >= len(toponyms):
        return False
    after = picks[k + 1]
    gap = text[toponyms[k].end : toponyms[k + 1].start]
    return after is not None and after.kind in _POINTS and bool(_LIST_GAP.fullmatch(gap))


def _town_list(toponyms: Sequence[Toponym], k: int, text: str | None) -> bool:
    """Is toponym `k`, written after a name read first as a town, a state that is also a city
    of METROPOLIS people, followed by another name read first as a town, all as items of a
    list ("Washington, New York and Boston", "Washington, Nueva York y Boston")? Then it names
    the city, one more item of the list, and qualifies nothing."""
    if text is None or k < 1 or k + 1 >= len(toponyms):
        return False
    before, here, after = toponyms[k - 1], toponyms[k], toponyms[k + 1]
    if not (before.candidates and here.candidates and after.candidates):
        return False
    return (
        before.candidates[0].kind in _POINTS
        and after.candidates[0].kind in _POINTS
        and here.candidates[0].kind == "admin1"
        and any(c.kind == "populated" and c.population >= METROPOLIS for c in here.candidates)
        and bool(_LIST_GAP.fullmatch(text[before.end : here.start]))
        and bool(_LIST_GAP.fullmatch(text[here.end : after.start]))
    )


def far_from_their_town(
    toponyms: Sequence[Toponym], picks: Sequence[Place | None], text: str | None = None
) -> list[int]:
    """Indexes of toponyms read as towns more than NEAR_KM from the town named right after
    them ("Villa de los Arcos, Celaya", "Lomas de Guadalupe en Morelia"): neighbourhoods the
    gazetteer lacks, whose reading is a namesake far away."""
    out = []
    for k in range(len(toponyms) - 1):
        here, town = picks[k], picks[k + 1]
        if here is None or town is None or here == town:
            continue
        if not _contained(toponyms[k], toponyms[k + 1], text):
            continue
        if _listed(toponyms, picks, k + 1, text):
            continue
        if here.kind in _POINTS and town.kind in _POINTS and not _within(here, town):
            out.append(k)
    return out


def lone_small_towns(places: Sequence[Place | None]) -> list[int]:
    """Indexes of towns of fewer than LONE_POPULATION people that lie more than LONE_KM from
    every other town the document names and in no state it names. A text about New Orleans
    that names "Bourbon" or "Chartres" means streets there, not Bourbon, Indiana; a name read
    as such a town is better taken for a feature the gazetteer lacks. Mexico and Guatemala
    are exempt: the gazetteer has their villages, and the project's reports name them."""
    out = []
    for k, p in enumerate(places):
        if p is None or p.kind != "populated" or p.population >= LONE_POPULATION:
            continue
        if p.country in FOCUS_COUNTRIES:
            continue
        rest = [q for q in places if q is not None and q != p]
        points = [q for q in rest if q.kind in _POINTS]
        if not points or any(
            q.kind == "admin1" and (q.country, q.admin1) == (p.country, p.admin1) for q in rest
        ):
            continue
        # A town of a country the text names, where none of its other towns lies, is no
        # street of them: a German village in a story set in Ankara that names Germany.
        if any(q.kind == "country" and q.country == p.country for q in rest) and not any(
            q.country == p.country for q in points
        ):
            continue
        if all(
            distance_km(p.latitude, p.longitude, q.latitude, q.longitude) > LONE_KM for q in points
        ):
            out.append(k)
    return out


def focus_place(places: Sequence[Place | None]) -> Place | None:
    """The place a document is about: the town (or county) with the most of the document's
    places around it (each town or county within SUPPORT_KM, its state, its country), first
    named on ties; without one, the most often named state, else country.

    Counting neighbours instead of mentions keeps one far namesake from taking the focus of a
    text whose other places cluster elsewhere (a Syrian town list that names Moscow twice)."""
    towns = [p for p in places if p is not None and p.kind in _POINTS]
    if towns:
        named = [p for p in places if p is not None]
        return max(towns, key=lambda t: sum(_support(t, p) for p in named))
    for kinds in (("admin1",), ("country",)):
        named = [p for p in places if p is not None and p.kind in kinds]
        if named:
            counts = Counter(named)
            top = max(counts.values())
            return next(p for p in named if counts[p] == top)
    return None


def _support(town: Place, p: Place) -> float:
    """How much a place named in a document says that the document is about `town`."""
    if p.kind in _POINTS:
        near = distance_km(town.latitude, town.longitude, p.latitude, p.longitude)
        return 1.0 if near <= SUPPORT_KM else 0.0
    if p.kind == "admin1":
        return SUPPORT_ADMIN1 if (p.country, p.admin1) == (town.country, town.admin1) else 0.0
    if p.kind == "country":
        return SUPPORT_COUNTRY if p.country == town.country else 0.0
    return 0.0
