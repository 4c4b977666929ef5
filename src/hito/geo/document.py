"""Geoparsing a whole document: every place name and place adjective, each resolved in the
light of the others. Used by `hito eval geo`; the extraction stage uses the parts it needs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from hito.geo.demonyms import demonym_country, demonym_region, demonym_state
from hito.geo.facilities import airport, facility
from hito.geo.gazetteer import generic_states, load, own_name
from hito.geo.normalize import norm
from hito.geo.places import KINDS, Place, Toponym
from hito.geo.resolve import (
    LONE_POPULATION,
    distance_km,
    dwarfed,
    focus_place,
    lone_small_towns,
    resolve_each,
)
from hito.geo.spans import country_place, region_place, span_candidates
from hito.geo.toponyms import find_toponyms

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def find_demonyms(text: str) -> list[Toponym]:
    """Capitalised adjectives and nouns of nationality or region ("Russian", "Sri Lankans",
    "European"), as toponyms whose one candidate is that country or region."""
    words = [m for m in _WORD.finditer(text) if m.group()[:1].isupper()]
    out: list[Toponym] = []
    i = 0
    while i < len(words):
        hit = None
        # Two-word forms first ("Sri Lankan", "South Korean", "Latin American").
        if i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] == " ":
            hit = _demonym_place(f"{words[i].group()} {words[i + 1].group()}")
            if hit is not None:
                start, end = words[i].start(), words[i + 1].end()
                i += 2
        if hit is None:
            hit = _demonym_place(words[i].group())
            start, end = words[i].start(), words[i].end()
            i += 1
        if hit is not None:
            out.append(Toponym(text[start:end], start, end, (hit,)))
    return out


def _demonym_place(word: str) -> Place | None:
    iso = demonym_country(word)
    if iso is not None:
        return country_place(iso)
    region = demonym_region(word)
    return region_place(region) if region is not None else None


def _state_place(word: str) -> Place | None:
    """The state or nation a state adjective names ("English" -> England, not English,
    Indiana). Only for spans known to name a place: in running text "English" and "Tamil" are
    languages more often than places."""
    name = demonym_state(word)
    if name is None:
        return None
    return next((p for p in load().get(norm(name)) if p.kind in ("admin1", "region")), None)


def geoparse(
    text: str, language: str = "en", kinds: Collection[str] = KINDS, demonyms: bool = True
) -> list[tuple[Toponym, Place | None]]:
    """Place names (of the given kinds) and, with `demonyms`, place adjectives, in text order,
    each with its place chosen from the whole document."""
    toponyms = find_toponyms(text, language, kinds=kinds, modifiers=True)
    if demonyms:
        taken = [(t.start, t.end) for t in toponyms]
        toponyms += [
            d for d in find_demonyms(text) if not any(a < d.end and d.start < b for a, b in taken)
        ]
        toponyms.sort(key=lambda t: t.start)
    places = resolve_each(toponyms, text=text)
    # A name read as a small town far from all the others names a street or a building of
    # the place the text is about (`resolve_spans`).
    lone = lone_small_towns(places)
    if lone:
        kept = [None if k in lone else p for k, p in enumerate(places)]
        spans = [(t.start, t.end) for t in toponyms]
        focus = _dateline_place(text, spans, kept) or focus_place(kept)
        places = [
            (_world_city(toponyms[k]) or focus or places[k]) if k in lone else p
            for k, p in enumerate(kept)
        ]
    return list(zip(toponyms, places, strict=True))


# A street, park, building, quarter or delta named after a place lies elsewhere: "Atlantic
# Avenue", "French Quarter",
# "Hotel Kyjev", "Niger Delta", "Embassy of Armenia", "calle Chihuahua". Such a name has no
# candidates of its own, and falls back to the place the document is about.
_FEATURE = re.compile(
    r"(?:\s(?:avenue|ave|street|st|road|rd|drive|dr|boulevard|blvd|lane|park|delta|quarter"
    r"|lagoon|stadium)\.?$)"
    r"|\b(?:hotel|mall|embassy|avenida|av|calle|bulevar|calzada|parque|colonia|fraccionamiento)\b",
    re.IGNORECASE,
)

# A river named after a town runs by it ("Tijuana River"); one named after a state or a
# country runs far across it ("Mississippi River") and is no point of it.
_RIVER = re.compile(r"\s(?:river|río|rio)$", re.IGNORECASE)

# "East Yorkshire", "North Cheshire": a part of a county or state that the gazetteer lacks
# lies in it.
_COMPASS = re.compile(
    r"(?:north|south|east|west|northern|southern|eastern|western|central|mid)"
    r"(?:[- ]?(?:east|west)(?:ern)?)?\s+(.+)",
    re.IGNORECASE,
)


def _span_candidates(name: str) -> tuple[Place, ...]:
    """Candidates of a known place name; for a name the gazetteer lacks, those of the place
    name inside it ("Colorado State University", "US Federal Reserve"), unless the name is a
    feature named after that place (`_FEATURE`)."""
    state = _state_place(name)
    if state is not None:
        return (state,)
    cands = span_candidates(name)
    if cands:
        return cands
    part = _COMPASS.match(name)
    if part is not None:
        cands = span_candidates(part.group(1))
        if cands:
            return cands
    if _FEATURE.search(name):
        return ()
    inner = find_toponyms(name, kinds=KINDS) or find_demonyms(name) or _town_in_org(name)
    if not inner:
        return ()
    cands = inner[0].candidates
    if cands and cands[0].kind != "populated" and _RIVER.search(name):
        return ()
    if cands and cands[0].kind == "admin1":
        # "Florida Atlantic University": the state, not a town that Florida is another
        # name of.
        key = norm(inner[0].text)
        cands = tuple(p for p in cands if p.kind not in ("populated", "admin2") or own_name(p, key))
    return cands


def _facility_place(name: str) -> Place | None:
    """The curated university or landmark called `name` ("Cornell University", "Broadway");
    else the airport ("Heathrow"), where the gazetteer knows the name as no place or only
    as towns under `LONE_POPULATION` (Heathrow, Florida), or where an unknown name opens
    with such an airport's name ("Heathrow Animal Reception Center"; not "Logan Elementary":
    Logan, Utah is a town of its own)."""
    place = facility(name)
    if place is not None:
        return place
    place = _airport_named(name)
    if place is not None or _known(name):
        return place
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        place = _airport_named(" ".join(words[:n]))
        if place is not None:
            return place
    return None


def _lone_name(name: str) -> bool:
    """Whether the gazetteer knows `name` as no place or only as small towns."""
    return all(
        p.kind == "populated" and p.population < LONE_POPULATION for p in span_candidates(name)
    )


def _airport_named(name: str) -> Place | None:
    return airport(name) if _lone_name(name) else None


# "aeropuerto internacional Juan Santamaría", "el Aeropuerto de La Aurora": Spanish puts the
# generic word first and the airport's own name after it, which the table knows only in
# its English forms ("Juan Santamaria", "La Aurora Airport").
_AEROPUERTO = re.compile(
    r"\b[Aa]eropuerto\s+(?:[Ii]nternacional\s+)?(?:de\s+|del\s+)?[\"“«]?"
    r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]*)(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*)"
)
# "Juan Santamaria International Airport", "La Aurora airport".
_AIRPORT = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:International\s+)?[Aa]irport\b")


def find_airports(text: str) -> list[Toponym]:
    """The airports `text` names by their own names ("aeropuerto internacional Juan
    Santamaría", "La Aurora airport"), each with the table's airport as its only candidate,
    spanning the name alone, as a town reading of it would. A name the gazetteer knows as a
    sizeable place stays that place ("aeropuerto de Cancún" is Cancún's), as in
    `_facility_place`."""
    found: list[Toponym] = []
    for m in _AEROPUERTO.finditer(text):
        # The name opens the run of capitalised words: "Juan Santamaría Mora dijo...".
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            place = _airport_of(" ".join(words[:n]))
            if place is not None:
                end = m.start(1) + len(" ".join(words[:n]))
                if text[m.start(1) : end] == " ".join(words[:n]):
                    found.append(Toponym(text[m.start(1) : end], m.start(1), end, (place,)))
                break
    for m in _AIRPORT.finditer(text):
        # The name closes the run: "Police at Juan Santamaria International Airport".
        words = m.group(1).split()
        if words[-1] == "International":
            words = words[:-1]
        end = m.start(1) + len(" ".join(words))
        for n in range(len(words)):
            name = " ".join(words[n:])
            place = _airport_of(name)
            if place is not None:
                if text[end - len(name) : end] == name:
                    found.append(Toponym(name, end - len(name), end, (place,)))
                break
    return sorted(found, key=lambda t: t.start)


def _airport_of(name: str) -> Place | None:
    if not _lone_name(name):
        return None
    for form in (name, f"{name} airport", f"{name} international airport"):
        place = airport(form)
        if place is not None:
            return place
    return None


# "California State University at San Marcos", "the University of California, Los Angeles":
# a university read as its state, written with one of the state's towns, is on that campus.
_CAMPUS = re.compile(r"\b(?:university|college|institute)\b", re.IGNORECASE)
_CAMPUS_GAP = re.compile(r"\s*(?:,\s*|\s(?:at|in)\s+)")
CAMPUS_CHARS = 40


def _campus_towns(text: str, spans: Sequence[tuple[int, int]], places: list[Place | None]) -> None:
    for k, (a, b) in enumerate(spans):
        state = places[k]
        if state is None or state.kind != "admin1" or not _CAMPUS.search(text[a:b]):
            continue
        gap = _CAMPUS_GAP.match(text, b)
        if gap is None:
            continue
        after = find_toponyms(text[gap.end() : gap.end() + CAMPUS_CHARS])
        if not after or after[0].start != 0:
            continue
        towns = [
            p
            for p in after[0].candidates
            if p.kind == "populated" and (p.country, p.admin1) == (state.country, state.admin1)
        ]
        if towns:
            places[k] = towns[0]


def _town_in_org(name: str) -> list[Toponym]:
    """The town in the name of an organisation or a facility in which no other place is
    named ("London Guildhall School", "Robinson College Cambridge"); a county or a state
    there ("Jackson Township", "Lake Cumberland") is mostly no container of it."""
    return [
        t
        for t in find_toponyms(name, kinds=KINDS, modifiers=True)[:1]
        if t.candidates and t.candidates[0].kind == "populated"
    ]


# A town this large is what its name means when the small namesake the context chose lies
# far from every other place: "London" in a Washington story is not London, Ohio. So is a
# town abroad that dwarfs the namesake (`dwarfed`), for the spans of `resolve_spans`: a
# soldier "born in Manchester" is not from Manchester, Maryland because the story names Texas.
# (`geoparse` keeps the focus there: LGL lost an Ontario county read as Oxford, England.)
WORLD_CITY = 1_000_000


def _world_city(toponym: Toponym, chosen: Place | None = None) -> Place | None:
    key = norm(toponym.text)
    big = [
        p
        for p in toponym.candidates
        if p.kind == "populated"
        and own_name(p, key)
        and (
            p.population >= WORLD_CITY
            or (chosen is not None and p.country != chosen.country and dwarfed(chosen, [p], key))
        )
    ]
    return max(big, key=lambda p: p.population) if big else None


def _known(name: str) -> bool:
    """Is the name a place of the gazetteer, or a compass part of one ("East Yorkshire")?"""
    part = _COMPASS.match(name)
    return (
        bool(span_candidates(name))
        or _state_place(name) is not None
        or (part is not None and bool(span_candidates(part.group(1))))
    )


def _foreign_inner(toponyms: Sequence[Toponym], places: Sequence[Place | None]) -> list[int]:
    """Indexes of names the gazetteer lacks whose place came from a town named inside them
    ("Windsor Castle", "Sheikh Akil graveyard") and lies in a country no other place of the
    document is in: a namesake abroad, not where the feature is."""
    whole = [_known(t.text) for t in toponyms]
    countries = {p.country for p, w in zip(places, whole, strict=True) if p is not None and w}
    return [
        k
        for k, (p, w) in enumerate(zip(places, whole, strict=True))
        if p is not None
        and not w
        and p.kind in ("populated", "admin2")
        and p.country not in countries
    ]


def _with_generic_states(
    toponyms: list[Toponym], context_countries: Sequence[str]
) -> list[Toponym]:
    """A state's name of generic words ("North West"), which the gazetteer leaves out, is a
    candidate where the text names the state's country, and only there: elsewhere "West
    Coast" is New Zealand's region or, more often, a coast of the country at hand."""
    countries = {c.upper() for c in context_countries} | {
        t.candidates[0].country for t in toponyms if t.candidates
    }
    out = []
    for t in toponyms:
        states = tuple(p for p in generic_states(t.text) if p.country in countries)
        if states:
            t = Toponym(t.text, t.start, t.end, states + t.candidates)
        out.append(t)
    return out


# A company, club or body named after a town ("Cambridge Analytica", "Buffalo Bisons", "Venice
# Commission") carries the name of the town known the world over, whatever other places the
# text names; local bodies ("Paris Police", "Athens High School", "Dublin Herald") do not.
_LOCAL_HEADS = frozenset(
    re.split(
        r"\s+",
        """city county township parish council police sheriff mayor fire department school high
        elementary middle library church hospital park street road avenue times post news
        herald journal tribune daily banner gazette courier press record register""",
    )
)
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
BRAND_POPULATION = 100_000
BRAND_RATIO = 5
BRAND_SMALL = 20_000


def _brand_namesakes(
    text: str, toponyms: Sequence[Toponym], places: Sequence[Place | None]
) -> list[tuple[int, Place]]:
    """(index, place) for each small town named as the first word of a longer name that is
    no place ("Cambridge Analytica"), where a town of that name is `BRAND_RATIO` times larger
    and has `BRAND_POPULATION` people: the large town."""
    starts = {t.start for t in toponyms}
    # A town whose state another name of the text lies in is the local one ("Paris" in a
    # story that names Texas or Texan towns).
    states = {
        (q.country, q.admin1, norm(t.text))
        for t, q in zip(toponyms, places, strict=True)
        if q is not None and q.kind != "country"
    }
    out = []
    for k, (t, p) in enumerate(zip(toponyms, places, strict=True)):
        if p is None or p.kind != "populated" or p.population >= BRAND_SMALL:
            continue
        m = _NEXT_WORD.match(text, t.end)
        if m is None or m.start(1) in starts or m.group(1).lower() in _LOCAL_HEADS:
            continue
        key = norm(t.text)
        if any((c, a) == (p.country, p.admin1) and n != key for c, a, n in states):
            continue
        big = max(
            (q for q in t.candidates if q.kind == "populated" and own_name(q, key)),
            key=lambda q: q.population,
            default=None,
        )
        if (
            big is not None
            and big.population >= BRAND_POPULATION
            and big.population >= BRAND_RATIO * max(p.population, 1)
        ):
            out.append((k, big))
    return out


# "the Gulf", "the Bay": the sea of that kind nearest to the place the text is about.
_WATER_WORDS = frozenset(["gulf", "bay", "sea", "strait", "channel"])
WATER_KM = 2000.0


@functools.cache
def _waters(word: str) -> tuple[Place, ...]:
    """The regions whose name has `word` as a word ("Persian Gulf", "Gulf of Mexico")."""
    found = set()
    for hit in load().index.values():
        for p in (hit,) if isinstance(hit, Place) else hit:
            if p.kind == "region" and word in norm(p.name).split():
                found.add(p)
    return tuple(sorted(found, key=lambda p: p.name))


def _place_bare_waters(toponyms: Sequence[Toponym], places: list[Place | None]) -> None:
    """Give an unplaced bare "Gulf" or "Bay" the sea of its name nearest to the focus place,
    when one lies within `WATER_KM` of it."""
    bare = [k for k, p in enumerate(places) if p is None and norm(toponyms[k].text) in _WATER_WORDS]
    focus = focus_place(places) if bare else None
    if focus is None:
        return
    for k in bare:
        near = [
            (distance_km(focus.latitude, focus.longitude, w.latitude, w.longitude), w)
            for w in _waters(norm(toponyms[k].text))
        ]
        near = [(d, w) for d, w in near if d <= WATER_KM]
        if near:
            places[k] = min(near, key=lambda dw: dw[0])[1]


# "the OAS in Washington", "the CHU in Montpellier": a name read as a town far from the
# place that the text says it is in is a body or building of that place.
_IN_ONLY = re.compile(r"\s+(?:in|en)\s+(?:the\s+)?")
LOCATED_KM = 161.0


def _located_by_next(
    text: str, spans: Sequence[tuple[int, int]], places: list[Place | None]
) -> None:
    """Read a town named right before "in <town>" and over `LOCATED_KM` from it as that town."""
    for k in range(len(spans) - 1):
        p, q = places[k], places[k + 1]
        if p is None or q is None or p.kind not in ("populated", "admin2"):
            continue
        if q.kind not in ("populated", "crossing") or not _IN_ONLY.fullmatch(
            text, spans[k][1], spans[k + 1][0]
        ):
            continue
        if distance_km(p.latitude, p.longitude, q.latitude, q.longitude) > LOCATED_KM:
            places[k] = q


# "up on the Mesa", "shops in the Valley", "in the West": a small town's name after "the" and
# before punctuation or a lower-case word is a word of the landscape, not the town.
_THE_BEFORE = re.compile(r"\bthe\s$")
_WORD_AFTER = re.compile(r"[’']?s?(?:[.,;:!?)]|\s+[a-z])")


def _the_small_towns(
    text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place | None]
) -> list[int]:
    """Indexes of one-word names read as towns under `LONE_POPULATION` people that follow
    "the" and lead no capitalised name, where the text names another place to fall back on."""
    found = [
        k
        for k, ((a, b), p) in enumerate(zip(spans, places, strict=True))
        if p is not None
        and p.kind == "populated"
        and p.population < LONE_POPULATION
        and " " not in text[a:b]
        and _THE_BEFORE.search(text, max(0, a - 4), a)
        and _WORD_AFTER.match(text, b)
    ]
    names = {norm(text[a:b]) for k in found for a, b in [spans[k]]}
    others = any(
        p is not None and norm(text[a:b]) not in names
        for (a, b), p in zip(spans, places, strict=True)
    )
    return found if others else []


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    context_countries: Sequence[str] = (),
    fallback: bool = False,
) -> list[Place | None]:
    """A place for each (start, end) span of `text` that is known to name a place (gold spans,
    datelines), read together as one document.

    Abbreviations, demonyms, state adjectives ("English", "Sicilian"), articles and
    possessives are understood (`span_candidates`); a name the gazetteer lacks takes the
    candidates of a place name or adjective inside it, unless it is a street, park or building
    named after that place (`_FEATURE`). A name read as a small town far from all the other
    places (`lone_small_towns`) is taken for a feature the gazetteer lacks. With `fallback`,
    a span with no place (a street, a building, a river) gets the document's focus place
    (`focus_place`), the usual guess for a feature inside the place a text is about;
    otherwise None.
    """
    fixed = {k: p for k, (a, b) in enumerate(spans) if (p := _facility_place(text[a:b]))}
    toponyms = [
        Toponym(text[a:b], a, b, (fixed[k],) if k in fixed else _span_candidates(text[a:b]))
        for k, (a, b) in enumerate(spans)
    ]
    toponyms = _with_generic_states(toponyms, context_countries)
    places = resolve_each(toponyms, context_countries, text)
    # A name read as a small town far from all the others is a feature the gazetteer lacks.
    for k in lone_small_towns(places):
        places[k] = _world_city(toponyms[k], places[k])
    for k in _foreign_inner(toponyms, places):
        places[k] = None
    for k, big in _brand_namesakes(text, toponyms, places):
        places[k] = big
    _place_bare_waters(toponyms, places)
    _located_by_next(text, spans, places)
    for k in _the_small_towns(text, spans, places):
        places[k] = None
    # A university, landmark or airport is where the table puts it, whatever rule the
    # town-sized reading above would trip (an airport has no people of its own).
    for k, p in fixed.items():
        places[k] = p
    _campus_towns(text, spans, places)
    return fill_unplaced(text, spans, places) if fallback else places


# A feature lies in the place written right after it ("Le Bernardin in New York", "the
# Federal University of Technology, Owerri") or right before it with a possessive ("London's
# Heathrow"); only connectors stand between the two names.
_IN_NEXT = re.compile(
    r"\s*(?:[,(]\s*(?:(?:in|at|en)\s+)?|(?:in|at|near|en|de)\s+)(?:the\s+)?", re.IGNORECASE
)
_OF_PREVIOUS = re.compile(r"['’]s?\s+")
NEXT_GAP = 8


# "CAIRO (Reuters) -", "WINNIPEG —", "DURBAN, South Africa (CNN) -": a dateline opens the
# text with the place it was filed from, in capitals.
_DATELINE_END = re.compile(r"\s*(?:[,(—–-]|\Z)")


def _dateline_place(
    text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place | None]
) -> Place | None:
    """The place of the dateline that opens `text`, when the first span is one."""
    if not spans or places[0] is None or places[0].kind not in ("populated", "crossing"):
        return None
    a, b = spans[0]
    name = text[a:b]
    if text[:a].strip() or not name.isupper() or not _DATELINE_END.match(text, b):
        return None
    return places[0]


def fill_unplaced(
    text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place | None]
) -> list[Place | None]:
    """`places` with each None filled: by the place named next to it that contains it
    (`_IN_NEXT`, `_OF_PREVIOUS`), else by the document's focus place (`focus_place`). The
    focus is wrong for a feature of the second city of a text about two; the name beside it
    is not."""
    if all(p is not None for p in places):
        return list(places)
    dateline = _dateline_place(text, spans, places)
    focus = dateline or focus_place(places)
    out = list(places)
    for k, p in enumerate(places):
        if p is not None:
            continue
        a, b = spans[k]
        if k + 1 < len(spans) and places[k + 1] is not None:
            gap = text[b : spans[k + 1][0]]
            if len(gap) <= NEXT_GAP and _IN_NEXT.fullmatch(gap):
                out[k] = places[k + 1]
                continue
        if (
            k > 0
            and places[k - 1] is not None
            and _OF_PREVIOUS.fullmatch(text[spans[k - 1][1] : a])
        ):
            out[k] = places[k - 1]
            continue
        out[k] = dateline or _between(text, spans, places, k) or focus
    return out


# A feature named between two mentions of one town lies in it ("a gallery in Phoenix ... the
# Gallery of Lanterns, a block from the Phoenix station"), wherever the text's focus is.
BETWEEN_CHARS = 200


def _between(
    text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place | None], k: int
) -> Place | None:
    """The town named by both the nearest placed names around span k, each within
    `BETWEEN_CHARS` of it."""
    before = next((j for j in range(k - 1, -1, -1) if places[j] is not None), None)
    after = next((j for j in range(k + 1, len(spans)) if places[j] is not None), None)
    if before is None or after is None:
        return None
    p, q = places[before], places[after]
    if p is None or q is None or p != q or p.kind not in ("populated", "crossing"):
        return None
    if (
        spans[k][0] - spans[before][1] > BETWEEN_CHARS
        or spans[after][0] - spans[k][1] > BETWEEN_CHARS
    ):
        return None
    return p
