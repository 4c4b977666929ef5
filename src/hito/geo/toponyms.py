"""Find place names in English or Spanish text without an NER model.

Method (docs/geography.md has the full rule): split the text into runs of capitalised words
("chunks": "La Mesilla", "Frontera Comalapa", "Jalisco New Generation Cartel"), match the
longest gazetteer names inside each run, and keep a match only when the run's shape says it is
a place: the whole run, a run-initial country or state used attributively ("Chiapas state
police"), or a name after "de"/"of" ("Gobierno de México"). Single words must also pass a stop
list, must not be demonyms and, at the start of a sentence or in a Title Case heading, need a
strong candidate or a context cue ("in", "near", "cerca de", "municipio de").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from hito.geo import abbreviations
from hito.geo.demonyms import demonym_country
from hito.geo.gazetteer import Gazetteer, load, own_name
from hito.geo.normalize import norm
from hito.geo.places import DEFAULT_KINDS, FOCUS_COUNTRIES, Place, Toponym
from hito.geo.resolve import home_units

# Abbreviations first ("U.S.", "EE. UU."), then words with inner hyphens or apostrophes.
_TOKEN = re.compile(r"EE\.\s?UU\.|(?:[^\W\d_]{1,3}\.){2,}|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_POSSESSIVE_ENDINGS = ("'s", "’s")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n\"“”«»()\[\]|—–]")


def _words(text: str) -> frozenset[str]:
    """A word list written as prose, in `norm()` form (so accents need not be doubled)."""
    return frozenset(norm(w) for w in text.split())


# Names that mean another place in one language: Mexican Spanish writes "EU" (Estados
# Unidos) for the United States, English "EU" for the European Union.
# Mexican papers also abbreviate the capital, San Luis Potosí and the country itself in
# datelines and mastheads ("México, DF", "Querétaro, MX", "ESTADO DE MEX.").
LANGUAGE_ALIASES: dict[str, dict[str, str]] = {
    "es": {
        "eu": "estados unidos",
        "ee uu": "estados unidos",
        "eeuu": "estados unidos",
        "df": "distrito federal",
        "d f": "distrito federal",
        "slp": "san luis potosi",
        "s l p": "san luis potosi",
        "mex": "mexico",
        "mx": "mexico",
    }
}
# Lower-case words allowed inside a name ("Gracias a Dios", "Benemérito de las Américas").
CONNECTORS = frozenset(
    {"de", "del", "la", "las", "los", "el", "a", "of", "the", "da", "do", "dos", "das", "upon"}
)
# A name after one of these inside a capitalised run is still a place ("Policía de Guatemala").
OF_WORDS = frozenset({"de", "del", "of"})
# Capitalised sentence openers and prepositions that never start a place name.
LEADERS = _words(
    """in at near from to into on by for with and but or the a an this that these those when
    while after before during since as if despite across outside inside between through under
    en desde hacia cerca para por con y o pero tras durante ante sobre entre según segun sin
    este esta estos estas ese esa eso aquel cuando mientras donde como"""
)
# Capitalised words before a place inside one run that keep it a place ("Southern Mexico").
PREFIXES = _words(
    """northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern northeast northwest southeast southwest greater
    upper lower rural downtown"""
)
# Words after a run-initial place that keep it a place ("Huehuetenango Department") or use it
# attributively for an institution of that place ("Tapachula Police", "Juárez Cartel").
SUFFIXES = _words(
    """state department departamento municipality municipio province provincia county
    region región border frontera highway carretera city council mayor police sheriff fire
    municipal regional airport port cartel prison"""
)
# Capitalised title words of Mexico City's boroughs, written before the name with no "de"
# ("Alcaldía Iztapalapa", "Delegación Coyoacán"): the name after them is the borough.
BOROUGH_TITLES = _words("alcaldía alcaldia delegación delegacion")
NAME_SUFFIXES = frozenset(
    {"county", "parish", "department", "province", "municipality", "district"}
)
# Single capitalised words that are gazetteer names but almost never places in news text.
STOP = _words(
    """la el los las lo le les un una san santa santo sin paz police policía policia
    mayor alcalde sheriff colonia centro norte sur este oeste north south east west border
    northern southern eastern western central municipal
    frontera borders union unión federal national nacional army navy marina ejército ejercito
    guardia guard president presidente presidenta general governor gobernador gobernadora
    security seguridad reforma progreso libertad esperanza providencia concordia independencia
    independence victoria justice justicia liberty unity hope friendship progress enterprise
    commerce mission misión state estado city ciudad republic república capital bridge puente
    river río lake lago mountain sierra valle valley interior customs aduana migración
    migration attorney fiscal fiscalía ministry ministerio congress congreso senate senado court
    corte tribunal department departamento agency agencia office oficina prison cárcel penal
    national guard january february march april may june july august september october
    november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre monday tuesday wednesday thursday friday saturday sunday lunes
    martes miércoles jueves viernes sábado domingo god dios jesus jesús cristo maria maría
    hamas hezbollah hizbollah taliban fatah nato opec arab árabe
    reuters news noticias prensa press times post herald tribune telegraph mercury star sun
    globe chronicle journal gazette daily diario el universal excelsior milenio proceso
    america américa americas américas we no us it he she they you our his her its my man st mt
    jan feb mar apr jun jul aug sep sept oct nov dec section bank street avenue road hall
    christmas easter passover navidad
    se te me mi tu su ya solo nada para hay habrá habra deja gente casa sala pleno banco sector
    alianza partido gobernadores presidentes democracia constitución reunión federación hacienda
    cabildo salud pesca economía opinión patria feliz verde morena enter van matan roban caen
    pemex issste fovissste infonavit imss"""
)
# Cue phrases just before a name: any cue lets a weak single word through; some also say which
# kind of place is meant.
ADMIN1_CUES = (
    "estado de",
    "departamento de",
    "state of",
    "department of",
    "province of",
    "provincia de",
)
TOWN_CUES = (
    "municipio de",
    "ciudad de",
    "town of",
    "city of",
    "village of",
    "municipality of",
    "poblado de",
    "comunidad de",
    "localidad de",
    "aldea",
    "ejido",
    "cantón",
    "caserío",
    "pueblo de",
    "cabecera municipal de",
    "cabecera departamental de",
    "cabecera de",
    "capital de",
    "capital",  # "the provincial capital Flores", "la capital Tegucigalpa"
)
PLAIN_CUES = (
    "in",
    "near",
    "at",
    "from",
    "to",
    "into",
    "outside",
    "across",
    "toward",
    "towards",
    "around",
    "en",
    "cerca de",
    "desde",
    "hacia",
    "rumbo a",
    "a",
    "de",
    "border with",
    "frontera con",
    "región de",
    "region of",
    "zona de",
    "area of",
    "outskirts of",
    "afueras de",
    "límites de",
    "capital of",  # "the Colombian capital of Bogota"
)
# A cue may stand apart from the name by an article and a word of direction ("in western
# Medellin", "IN DOWNTOWN BOGOTA"): the name still follows a locative cue.
_CUE_RE = re.compile(
    r"(?:^|\s)("
    + "|".join(re.escape(c) for c in sorted((*ADMIN1_CUES, *TOWN_CUES, *PLAIN_CUES), key=len)[::-1])
    + r")(?:\s+(?:el|la|los|las|the))?"
    + rf"(?:\s+(?:{'|'.join(sorted(PREFIXES))}))?\s+$"
)
ADMIN1_AFTER = ("state", "department", "departamento", "province", "estado")
# A capitalised word after one of these is a person ("Mr. Jackson", "Sen. Warren", "Gov. Perry").
TITLES = _words(
    """mr mrs ms miss dr sen senator rep gov governor gen general lt col sgt capt det officer
    judge justice president presidente presidenta coach sr sra srta don doña lic licenciado
    ing padre father rev reverend bishop mayor alcalde secretary minister ministro"""
)
# Words right after a single capitalised word that make it a person ("Jackson said").
PERSON_AFTER = _words("said says told added asked explained dijo afirmó señaló explicó agregó")
STRONG_KINDS = frozenset({"country", "admin1", "crossing", "region"})
NAMES_FILE = "gazetteer_person_names.txt"
# Countries whose states hito names by hand (the rest come from GeoNames' admin1 list, where
# "Mary" or "Nelson" is a province).
TABLED_ADMIN1 = frozenset({"MX", "GT", "BZ", "HN", "SV", "US"})
# Cues that say a place follows, strongly enough to overrule a person's name or a common word.
LOCATIVE_CUES = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "into",
        "across",
        "around",
        "toward",
        "towards",
        "en",
        "cerca de",
        "hacia",
        "rumbo a",
        "outskirts of",
        "afueras de",
    }
)
# A single word whose largest candidate is smaller than this needs a cue ("in", "near") to be a
# place, outside Mexico and Guatemala.
MIN_SINGLE_POPULATION = 1000
# Words that head the name of an organisation or facility: a place before them is a modifier
# ("Dublin Community Recreation Center", "S.C. Highway Patrol").
ORG_HEADS = _words(
    """city county community center centre council police department highway patrol association
    university college school hospital historical society veterans park street road avenue
    airport board chamber times post news herald journal tribune daily public library church
    convention visitors bureau recreation branch metropolitan area trial lawyers fire sheriff
    court township mall zoo museum club health medical housing transit authority state national
    international regional memorial clinic high middle elementary academy institute federal
    symphony opera theatre theater stadium arena harbor station railroad railway bridge dam
    cathedral market government office prison jail commission committee party republicans
    democrats assembly legislature parliament ministry army navy guard forces district unified
    independent bar bank trust foundation company corporation electric water gas energy power"""
)
STRONG_POPULATION = 100_000
_THE_BEFORE = re.compile(r"(?:^|[^\w])the\s+$")
# "THE STREETS OF MEDELLIN", "THE PORT OF CALLAO": a part of a town and "of" before its name
# (not "THE MAYOR OF", "40 KM NORTH OF", "THE MURDER OF ORLANDO").
_OF_BEFORE = re.compile(
    r"(?:^|[^\w])(?:streets|port|suburbs?|downtown|cent(?:er|re)|heart|neighborhoods)\s+of\s+$"
)
# "ON THE ROAD SOUTH OF MEDELLIN", "IN THE NORTH OF BOGOTA": a side of a town reads like
# "al sur de Medellín" and like the same words in edited prose, where capitals name the town.
# A distance before it ("40 KM NORTH OF LIMA", "30 KM TO THE EAST OF CALI") only measures
# from the town.
_SIDE_OF_BEFORE = re.compile(
    r"(?P<distance>\d+\s?(?:km|kms|kilometers|kilometres|miles)\s+)?"
    r"(?<![\w])(?:(?:to|in)\s+the\s+)?(?:north|south|east|west)(?:east|west)?\s+of\s+$"
)
# Town cues that name what follows, in a caseless line: enough for a town of any size.
_NAMING_CUES = frozenset(
    {"town of", "city of", "village of", "municipality of", "municipio de", "poblado de"}
)
# Words after "the X" that make X a place named attributively ("the same area" does not).
_PLACE_HEADS = (ORG_HEADS | SUFFIXES | NAME_SUFFIXES | _words("neighborhood neighbourhood")) - {
    "area"
}
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:la|el|los|las)\s+$")
# Words that introduce the name of a neighbourhood or a street ("colonia Guadalupe", "la
# esquina de Sonora"; not "calles de Hermosillo" nor "en plena calle de Cajeme", the streets of
# a town).
_STREET_BEFORE = re.compile(
    r"\b(?:colonia|col\.|fraccionamiento|fracc?\.|barrio|calle|esquina\s+de"
    r"|avenida|av\.|bulevar|boulevard"
    r"|blvd\.|calzada|privada|callejón|callejon|andador|paseo)\s+(?:(?:la|el|los|las)\s+)?$",
    re.IGNORECASE,
)

_HOUSE_NUMBER = re.compile(r"\s*(?:No\.|N[uú]m\.|n[uú]mero)\s*\d", re.IGNORECASE)

# A river, lake or mountain is not the town an alternate spelling of its name reads as:
# "el río Usumacinta" (Osumacinta, Chiapas), "the Usumacinta River".
_FEATURE_BEFORE = re.compile(
    r"\b(?:r[ií]o|arroyo|laguna|lago|presa|volc[aá]n|cerro|river|lake)\s+(?:(?:la|el|los|las|the)\s+)?$",
    re.IGNORECASE,
)
_ROUTE_FROM = re.compile(r"\b(?:de|desde)\s+$", re.IGNORECASE)
_FEATURE_AFTER = re.compile(r"^\s+(?:river|lake|volcano|r[ií]o)\b", re.IGNORECASE)
# No match of the patterns above that end where a name starts spans more than this many
# characters other than spaces ("fraccionamiento las "), so a search need not read further back.
_BEFORE_REACH = 24


def _ends_before(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern`, anchored with `$`, matches text[:end]; the same answer as searching
    from 0, read from the first place a match of up to _BEFORE_REACH non-space characters
    can start (a search from 0 costs a pass over the whole report per name)."""
    pos, seen = end, 0
    while pos > 0:
        if not text[pos - 1].isspace():  # what the regex engine's \s is, too
            seen += 1
            if seen > _BEFORE_REACH:
                break
        pos -= 1
    return pattern.search(text, pos, end) is not None


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    key: str  # norm() form
    cap: bool
    possessive: bool
    sentence_start: bool
    heading: bool


def _tokens(text: str, gaz: Gazetteer | None = None) -> list[_Token]:
    # Runs once per word of every report: kept to plain loops and string methods.
    headings = _heading_spans(text)
    h, n_headings = 0, len(headings)  # headings are sorted and disjoint; tokens come in order
    # Where sentences may break, in order: a token opens a sentence if one lies in its gap.
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    k, n_breaks = 0, len(breaks)
    out: list[_Token] = []
    append = out.append
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        possessive = word.endswith(_POSSESSIVE_ENDINGS)
        if possessive:
            end -= 2
            word = word[:-2]
        while k < n_breaks and breaks[k] < prev_end:
            k += 1
        first = not out or (k < n_breaks and breaks[k] < start)
        while h < n_headings and headings[h][1] <= start:
            h += 1
        heading = h < n_headings and headings[h][0] <= start
        if gaz is None or "-" not in word:
            append(_Token(start, end, norm(word), word[:1].isupper(), possessive, first, heading))
        else:
            for a, b in _parts(word, start, gaz):
                piece = text[a:b]
                append(
                    _Token(
                        start=a,
                        end=b,
                        key=norm(piece),
                        cap=piece[:1].isupper(),
                        possessive=possessive and b == end,
                        sentence_start=first and a == start,
                        heading=heading,
                    )
                )
        prev_end = m.end()
    return out


def _parts(word: str, start: int, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """A hyphenated word is one token when the gazetteer knows it ("Winston-Salem"), else
    one token per part: "Mexico-Guatemala", "Atlanta-area", "D-Charleston"."""
    if gaz is None or "-" not in word or gaz.get(norm(word)):
        return [(start, start + len(word))]
    out = []
    pos = 0
    for piece in re.split(r"([-‐])", word):
        if piece and piece not in "-‐":
            out.append((start + pos, start + pos + len(piece)))
        pos += len(piece)
    pieces = [word[a - start : b - start] for a, b in out]
    capitals = [p for p in pieces if p[:1].isupper() and len(p) > 1]
    # Split "Atlanta-area", "D-Charleston" and "Mexico-Guatemala", not "Wal-Mart".
    if (
        any(p.islower() for p in pieces)
        or len(pieces[0]) == 1
        or all(gaz.get(norm(p)) for p in capitals)
    ):
        return out
    return [(start, start + len(word))]


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines, bylines), where capitals are no cue."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _TOKEN.findall(line) if norm(w) not in CONNECTORS]
        if len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _chunks(
    tokens: list[_Token], text: str, starts: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Runs [a, b) of capitalised tokens joined by spaces, connectors allowed inside; a token
    starting at one of `starts` opens a run of its own."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if not t.cap or t.key in LEADERS:
            i += 1
            continue
        j = i + 1
        while j < n and not tokens[j - 1].possessive:
            gap = text[tokens[j - 1].end : tokens[j].start]
            if gap.strip() or "\n" in gap or tokens[j].start in starts:
                break
            if tokens[j].cap:
                if _new_name(tokens[j - 1], tokens[j], tokens[j + 1 : j + 2], text):
                    break
                j += 1
                continue
            # A connector joins only when a capitalised word follows it.
            k = j
            while k < n and not tokens[k].cap and tokens[k].key in CONNECTORS:
                k += 1
            if k > j and k < n and tokens[k].cap and _joined(tokens, text, j - 1, k):
                j = k + 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


_ARTICLES = frozenset({"el", "la", "los", "las", "the"})


_ROMAN = re.compile(r"[IVXLCDM]+")


def _new_name(prev: _Token, token: _Token, following: list[_Token], text: str) -> bool:
    """Whether a capitalised word starts a new name rather than continuing `prev`'s: a
    capitalised article before a common noun (a headline run into its story: "...llega a la
    Ciudad de México El secretario"; not "Parque Nacional El Chico"), or a switch between
    capitals and Title Case (a byline run into an all-capitals dateline: "Carlos Moreno
    TOLUCA, México"; not "Isabel II")."""
    if token.key in _ARTICLES:
        return prev.key not in CONNECTORS and bool(following) and not following[0].cap
    word, before = text[token.start : token.end], text[prev.start : prev.end]
    if len(word) < 2 or len(before) < 2 or _ROMAN.fullmatch(word):
        return False
    if word.isupper() and before[1:].islower():
        return True
    return len(before) >= 4 and before.isupper() and word[1:].islower()


def _joined(tokens: list[_Token], text: str, a: int, b: int) -> bool:
    return all(
        not text[tokens[x].end : tokens[x + 1].start].strip()
        and "\n" not in text[tokens[x].end : tokens[x + 1].start]
        for x in range(a, b)
    )


def _cue(text: str, start: int) -> str | None:
    before = text[max(0, start - 40) : start].lower()
    find = before.rfind
    cut = max(find("."), find("!"), find("?"), find(";"), find("\n"))
    m = _CUE_RE.search(before[cut + 1 :] if cut >= 0 else before)
    return m.group(1) if m else None


def _restrict(cands: tuple[Place, ...], cue: str | None, after: str) -> tuple[Place, ...]:
    """Apply what a cue says about the kind of place ("estado de" -> a state)."""
    if cue in ADMIN1_CUES or after in ADMIN1_AFTER:
        kept = tuple(p for p in cands if p.kind == "admin1")
    elif cue in TOWN_CUES:
        kept = tuple(p for p in cands if p.kind in ("populated", "crossing"))
    else:
        return cands
    return kept or cands


def _strong(cands: tuple[Place, ...]) -> bool:
    top = cands[0]
    return (
        top.kind in STRONG_KINDS
        or top.population >= STRONG_POPULATION
        or (top.country in FOCUS_COUNTRIES and top.population >= 1000)
    )


def find_toponyms(
    text: str,
    language: str = "en",
    kinds: Collection[str] = DEFAULT_KINDS,
    modifiers: bool = False,
    mentions: bool = False,
    region: str | None = None,
) -> list[Toponym]:
    """Place names in `text` (English or Spanish), in text order, longest match first.

    Both languages' cues and stop words apply to every text because reports mix them (Spanish
    names in English copy); `language` only picks LANGUAGE_ALIASES ("EU" in Spanish is the US).
    `kinds` limits the candidates (and so the names found) to those kinds of place: by default
    the kinds an event can be placed at; pass `KINDS` for counties, continents and regions too.
    A state abbreviation after a place and a comma ("Alexandria, La.", "TAPACHULA, Chis.") is
    found as a toponym of its own. With `modifiers`, a place that opens the name of an
    organisation or facility ("Dublin Community Center", "Texas Highway Patrol") is found too,
    as geoparsing corpora count it; an event is not located by such names. With `mentions`,
    only places named in their own right are returned, as flat named-entity annotation marks
    them: not a place inside an organisation's, a title's or a facility's name ("presidente de
    México", "Instituto Electoral del Estado de México", "Sinaloa Cartel"). `region`, the home
    region of the text's source, lets a caseless text name a small town of that state after
    a cue ("en comala" in a Colima paper), as a reader of the paper knows it.
    """
    gaz: Gazetteer = load()
    aliases = LANGUAGE_ALIASES.get(language, {})
    home = frozenset(home_units(region))
    recased, starts = _recase(text, gaz, frozenset(kinds), language == "es", home)
    if recased != text:
        found = [
            Toponym(text[t.start : t.end], t.start, t.end, t.candidates)
            for t in _find(
                recased, gaz, kinds, modifiers, starts, mentions, aliases, language == "es"
            )
        ]
    else:
        found = _find(
            text,
            gaz,
            kinds,
            modifiers,
            mentions=mentions,
            aliases=aliases,
            spanish=language == "es",
        )
    return _with_abbreviations(text, found, frozenset(kinds))


def _find(
    text: str,
    gaz: Gazetteer,
    kinds: Collection[str],
    modifiers: bool,
    starts: frozenset[int] = frozenset(),
    mentions: bool = False,
    aliases: Mapping[str, str] = MappingProxyType({}),
    spanish: bool = False,
) -> list[Toponym]:
    tokens = _tokens(text, gaz)
    allowed = frozenset(kinds)
    runs = _chunks(tokens, text, starts)
    if not mentions:
        # Flat name annotation marks "Boca del Río Veracruz" as one name; an event's place
        # is the town in its state.
        runs = [r for a, b in runs for r in _town_state(gaz, tokens, a, b)]
    found: list[tuple[int, int, int, int, tuple[Place, ...]]] = []
    for a, b in runs:
        i = a
        while i < b:
            match = _longest(gaz, tokens, i, b, allowed, aliases)
            if match is None:
                i += 1
                continue
            j, cands = match
            if not cands:  # a region's name, not sought here
                i = j
                continue
            if _accept(tokens, text, a, b, i, j, cands, modifiers):
                found.append((a, b, i, j, cands))
            i = j
    # The last word of a capitalised run that is no place ("Eduardo Ramírez") is likely a
    # surname: the same word alone elsewhere ("Ramírez said") is the person again, unless a cue
    # such as "in" says otherwise.
    covered = {x for _, _, i, j, _ in found for x in range(i, j)}
    surnames = {tokens[b - 1].key for a, b in runs if b - a >= 2 and b - 1 not in covered}
    out: list[Toponym] = []
    for a, b, i, j, cands in found:
        cue = _cue(text, tokens[a].start if i == a else tokens[i].start)
        # "colonia Guadalupe", "calle Chihuahua": a neighbourhood or a street named after a
        # place is not that place, and the gazetteer has no neighbourhoods to look it up.
        if i == a and _ends_before(_STREET_BEFORE, text, tokens[a].start):
            continue
        # "Valle de Juárez No. 6689": in Spanish a name before a house number is a street
        # (in English "Florida No. 2" is a ranking).
        if spanish and _HOUSE_NUMBER.match(text, tokens[j - 1].end):
            continue
        if (
            cands[0].kind in ("populated", "crossing")
            and (
                (i == a and _ends_before(_FEATURE_BEFORE, text, tokens[a].start))
                or _FEATURE_AFTER.match(text[tokens[j - 1].end : tokens[j - 1].end + 12])
            )
            and not own_name(cands[0], " ".join(t.key for t in tokens[i:j]))
        ):
            # A river named like a town under the town's own name runs through it ("río
            # Cuautla"); one whose best reading is an alternate spelling is just a river.
            continue
        if mentions and _nested(tokens, text, a, b, i, j):
            continue
        # "la Casa Blanca", "el Pentágono": a Spanish article outside the name makes it a
        # building or an institution; towns carry theirs inside ("La Paz", "El Salto").
        if (
            i == a
            and cands[0].kind in ("populated", "crossing")
            and cands[0].population < STRONG_POPULATION
            and tokens[i].key not in _SETTLEMENT_WORDS  # "la Villa de Zaachila"
            and _ends_before(_ARTICLE_BEFORE, text, tokens[a].start)
        ):
            continue
        if (
            j - i == 1
            and cands[0].kind not in ("country", "admin1", "region")
            and cue is None
            and (tokens[i].key in surnames or _person_context(text, tokens[i]))
        ):
            continue
        if (
            j - i > 1
            and cands[0].kind == "populated"
            and cands[0].population < STRONG_POPULATION
            and cue not in LOCATIVE_CUES
            and tokens[i].key in person_names()
            # "Valle de Santiago", "Villa de Ramos": a Mexican or Guatemalan name that opens
            # on a kind of settlement is a place, whatever surnames its words also are.
            and not (tokens[i].key in _PLACE_HEAD_WORDS and cands[0].country in FOCUS_COUNTRIES)
            and (
                tokens[j - 1].key in person_names()
                or (
                    not modifiers
                    and cue is None
                    and not any(t.key in CONNECTORS for t in tokens[i:j])
                )
            )
        ):
            # "Francisco Villa", "Luis Echeverría": a given name and a surname are a person
            # first, though towns are named after people; "en Francisco Villa" is the town.
            # Otherwise ("Ramos Arizpe", "Martínez de la Torre") the surname must be on the
            # census list too, or no cue at all (not even "de") may come before.
            continue
        # "the municipality of Trujillo", "la cabecera de Flores": a town cue says a place
        # follows as surely as "in" does, whatever surname the place shares.
        if (
            j - i == 1
            and not _strong_kind(cands[0])
            and cue not in LOCATIVE_CUES
            and cue not in TOWN_CUES
        ):
            # A small place abroad reached only through an alternate spelling ("Pompeo" for
            # Pompéu) is a weak reading of a capitalised word.
            if (
                all(
                    not own_name(p, tokens[i].key) and p.country not in FOCUS_COUNTRIES
                    for p in cands
                )
                and max(p.population for p in cands) < STRONG_POPULATION
            ):
                continue
            # In Spanish so is a large one abroad whose alternate name is a given name or
            # surname ("Víctor" for Victorville, "Salvador" for San Salvador) when it ranks
            # first: the Spanish press names people by their given names.
            if (
                spanish
                and tokens[i].key in person_names()
                and cands[0].country not in FOCUS_COUNTRIES
                and not own_name(cands[0], tokens[i].key)
            ):
                continue
            # A common surname or given name alone ("Moore", "Bell") is a person unless the
            # place is a large one or a cue says otherwise.
            # So is a province abroad that is a given name ("César", Colombia), however large.
            if tokens[i].key in person_names() and (
                cands[0].population < STRONG_POPULATION or cands[0].kind == "admin1"
            ):
                continue
            # A word that only names hamlets abroad ("Earth", "Olympic", "Metro") is a word.
            if max(p.population for p in cands) < MIN_SINGLE_POPULATION and not any(
                p.country in FOCUS_COUNTRIES for p in cands
            ):
                continue
        # "Laurel County", "Huehuetenango Department": the generic word belongs to the name.
        after_m = re.match(r"\s+(\w+)", text[tokens[j - 1].end : tokens[j - 1].end + 20])
        after = norm(after_m.group(1)) if after_m else ""
        if j < b and tokens[j].key in NAME_SUFFIXES:
            j += 1
        start, end = tokens[i].start, tokens[j - 1].end
        cands = _restrict(cands, cue, after)
        out.append(Toponym(text=text[start:end], start=start, end=end, candidates=cands))
    return out


# A line is caseless when none of its letters is a capital (a lower-case headline or URL
# slug: "ejecutan a hombre en villa de alvarez") or over 90% are.
_CASELESS_HIGH = 0.9
_MIN_CASELESS_LETTERS = 12
_CASELESS_MAX_WORDS = 30
# Single words that a cue makes a place in a caseless line must also be this strong: there,
# "de hombre" and "a balazos" look just like "de Colima".
_CASELESS_SINGLE_POPULATION = 5000
# The same for a town of Mexico or Guatemala after a locative cue ("en balleza") and after a
# weak one or none ("de tarímbaro", "#CAJEME", a headline's first word).
_CASELESS_FOCUS_CUED = 1000
_CASELESS_FOCUS_WEAK = 10_000


# ASCII bytes that are no letter, and no capital: deleting them counts the rest in C.
_NOT_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())
_NOT_CAPITAL = bytes(c for c in range(128) if not chr(c).isupper())


def _letters_and_capitals(line: str) -> tuple[int, int]:
    if line.isascii():
        raw = line.encode("ascii")
        return len(raw.translate(None, _NOT_LETTER)), len(raw.translate(None, _NOT_CAPITAL))
    # Capitals are few: test those for being letters (a circled Ⓐ is upper but no letter).
    return sum(map(str.isalpha, line)), sum(c.isalpha() for c in filter(str.isupper, line))


def _caseless(line: str) -> bool:
    n_letters, capitals = _letters_and_capitals(line)
    if n_letters < _MIN_CASELESS_LETTERS:
        return False
    if capitals > _CASELESS_HIGH * n_letters:
        return len(line.split()) >= 3
    if capitals == 0:
        return True
    # A headline capitalised only at its start ("Mujer es asesinada en coquimatlan"); edited
    # prose ends in a full stop or names something with a capital.
    first = next(c for c in line if c.isalpha())
    return (
        capitals == 1
        and first.isupper()
        and not line.rstrip().endswith((".", "”", '"', "»"))
        and len(line.split()) <= _CASELESS_MAX_WORDS
    )


_HOME_KINDS = frozenset({"populated", "admin2"})
# Words for a school, a farm or a street, after its name in English ("THE SANTA ROSA HIGH
# SCHOOL", "SAN ISIDRO FARM", "BOLIVAR SQUARE") and before it in Spanish ("LA ESCUELA SANTA
# ROSA", "LA FINCA SAN ISIDRO"): a saint's or a person's name that villages share names the
# site, whose town the sentence gives apart. Capitals hide the name's bounds, which
# find_toponyms reads in edited prose from the capitalised head. Not the sites a town names
# after itself ("THE TEJUTLA CHURCH", "THE SAN MIGUEL HOSPITAL", "THE X BARRACKS"). Stores,
# warehouses and factories take an owner's, a brand's or a saint's name; plants and depots
# are left out, as power plants and fuel depots often take their town's.
_SITE_AFTER = _words(
    """school high college academy farm ranch hacienda estate plantation square plaza park
    avenue street boulevard stadium velodrome coliseum shelter warehouse storehouse store
    factory"""
)
_SITE_BEFORE = _words(
    """escuela colegio finca hacienda rancho plaza parque avenida calle estadio albergue
    bodega almacén fábrica"""
)
# Two streets of a corner, named together before or after their plural ("AT SANTA ROSA AND
# OLMO STREETS", "EN LAS CALLES OLMO Y SANTA ROSA"): each name is a street's. Up to
# this many words may stand between the name and the plural (the other street's name).
_STREETS_AFTER = _words("streets avenues")
_STREETS_BEFORE = _words("calles avenidas")
_PAIRED_REACH = 4
# A city this large before such a word is where the site is ("THE CALI STADIUM"); a country
# is not ("THE PERU FARM", "CHILE AVENUE": streets and farms take the names of countries).
_SITE_CITY_POPULATION = 300_000


def _recase(
    text: str,
    gaz: Gazetteer,
    allowed: frozenset[str],
    bare_focus: bool = False,
    home: frozenset[tuple[str, str | None]] = frozenset(),
) -> tuple[str, frozenset[int]]:
    """`text` with each caseless line lower-cased and its gazetteer names capitalised, so that
    capitals mean the same as in edited prose, and the offsets where those names start (two
    names side by side stay two). Lines with capitals are left as they are."""
    if not any(_caseless(line) for line in text.split("\n")):
        return text, frozenset()
    out = []
    starts: set[int] = set()
    named: set[str] = set()
    pos = 0
    for line in text.split("\n"):
        caseless = _caseless(line)
        out.append(
            _recase_line(line, gaz, allowed, pos, starts, named, bare_focus, home)
            if caseless
            else line
        )
        pos += len(line) + 1
    recased = "\n".join(out)
    # Offsets must survive: a letter whose case pair has another length ("İ") keeps the text.
    return (recased, frozenset(starts)) if len(recased) == len(text) else (text, frozenset())


def _recase_line(
    line: str,
    gaz: Gazetteer,
    allowed: frozenset[str],
    offset: int,
    starts: set[int],
    named: set[str],
    bare_focus: bool = False,
    home: frozenset[tuple[str, str | None]] = frozenset(),
) -> str:
    lower = line.lower()
    if len(lower) != len(line):
        return line
    chars = list(lower)
    words = [(m.start(), m.end(), norm(m.group())) for m in _TOKEN.finditer(lower)]
    i = 0
    while i < len(words):
        hit = _caseless_match(lower, words, i, gaz, allowed, named, bare_focus, home)
        if hit is None:
            i += 1
            continue
        for a, _, key in words[i:hit]:
            if key not in CONNECTORS or a == words[i][0]:
                chars[a] = chars[a].upper()
        starts.add(offset + words[i][0])
        i = hit
    return "".join(chars)


def _caseless_own_name(place: Place, key: str) -> bool:
    """Is `key` the place's own name, or that name with words after it (an alternate the
    gazetteer lists in full, "San Francisco Gotera" for San Francisco)? Initials after the
    name ("guadalupe d b") do not count: their stops split the name when it is read again."""
    if own_name(place, key):
        return True
    name = norm(place.name)
    extra = key[len(name) :].split() if key.startswith(name + " ") else []
    return bool(extra) and all(len(word) > 2 for word in extra)


def _caseless_match(
    line: str,
    words: list[tuple[int, int, str]],
    i: int,
    gaz: Gazetteer,
    allowed: frozenset[str],
    named: set[str],
    bare_focus: bool = False,
    home: frozenset[tuple[str, str | None]] = frozenset(),
) -> int | None:
    """End of the gazetteer name starting at word i of a caseless line, if it is one.
    `named`: the towns a naming cue has introduced earlier in the text, which it adds to;
    `bare_focus` (Spanish text) lets a large town of Mexico or Guatemala stand with no cue."""
    if words[i][2] in CONNECTORS - {"la", "las", "los", "el"}:
        return None
    for j in range(min(len(words), i + gaz.max_tokens), i, -1):
        if words[j - 1][2] in CONNECTORS:
            continue
        keys = [w[2] for w in words[i:j]]
        key = " ".join(keys)
        # Alternate names ("toda" for Shimotoda) are too loose where capitals say nothing;
        # a fuller form of the place's own name ("san francisco gotera") is not.
        cands = tuple(p for p in gaz.get(key) if p.kind in allowed and _caseless_own_name(p, key))
        if not cands:
            continue
        content = [k for k in keys if k not in CONNECTORS and k not in STOP]
        if j - i == 1 and (not content or demonym_country(keys[0]) is not None):
            continue
        top = cands[0]
        if _names_site(line, words, i, j, cands):
            continue
        if content and _strong_kind(top):
            return j
        # English puts no article before a town's name: "IN THE SAME AREA", "AT THE
        # TERMINAL", "IN THE CENTER OF" name things, whatever small town shares the word.
        # "AT THE MONTERIA AIRPORT", "THE MIRAFLORES NEIGHBORHOOD" and a city ("THE
        # MEDELLIN CARTEL") used attributively are places.
        if (
            j - i == 1
            and top.kind in ("populated", "crossing")
            and max(p.population for p in cands) < STRONG_POPULATION
            and _THE_BEFORE.search(line, max(0, words[i][0] - 5), words[i][0])
            and not (j < len(words) and words[j][2] in _PLACE_HEADS)
        ):
            continue
        # Without capitals a name is only told from a phrase ("el triunfo", "a cabo") by a
        # locative cue before it or, after "de" or "a", by being a large place. Towns of
        # Mexico and Guatemala need less: they are what the headlines hito reads are about.
        cue = _cue(line, words[i][0])
        if line[words[i][0] - 1 : words[i][0]] == "#":
            cue = "#"  # "#REYNOSA": a hashtag names something
        if i == 0 and j == 1:
            cue = "^"  # "guaymas en alerta", "Tijuana registra...": the headline's subject
        if cue is None and content and j - i > 1:
            cue = "de"
        focus = max((p.population for p in cands if p.country in FOCUS_COUNTRIES), default=-1)
        largest = max(p.population for p in cands)
        if cue is None and _OF_BEFORE.search(line, max(0, words[i][0] - 20), words[i][0]):
            cue = "de"
        if cue is None and _side_of(line, words[i][0]):
            cue = "de"
        if cue in _NAMING_CUES and content and top.kind == "populated":
            # "IN THE TOWN OF CAYARA", "EL MUNICIPIO DE TEORAMA": the cue says what the name
            # is, however small the town; a phrase ("the town of the dead") has no such hit.
            named.add(key)
            return j
        if key in named and cue is not None:
            return j  # "... SOLDIERS ARRIVED IN CAYARA": the town introduced before
        # "en comala" in a Colima paper: a town of the source's home state after a cue.
        if (
            cue is not None
            and content
            and any(p.kind in _HOME_KINDS and (p.country, p.admin1) in home for p in cands)
        ):
            return j
        if not content:
            # "la paz", "la ciudad": generic words name a large place after a locative cue.
            ok = cue in LOCATIVE_CUES and largest >= STRONG_POPULATION
        elif cue in ("de", "a", "^"):
            ok = focus >= _CASELESS_FOCUS_WEAK or largest >= STRONG_POPULATION
        elif cue is not None:
            ok = focus >= _CASELESS_FOCUS_CUED or largest >= _CASELESS_SINGLE_POPULATION
        else:
            # With no cue at all only a large town of Mexico or Guatemala under its own name,
            # in Spanish ("en blindaje morelia", "amanece juarez con..."): what these
            # headlines are about. English capitals (MUC) name such towns in other roles.
            ok = bare_focus and focus >= STRONG_POPULATION
        if ok:
            return j
    return None


# The next word of a caseless name, one space after it.
_NEXT_CASELESS_WORD = re.compile(r" ([^\W\d_]{2,})\b")
# Words that end a name in running text rather than continue it ("IN LA PAZ LAST NIGHT",
# "EN SAN MIGUEL AYER"): joiners, prepositions, verbs of being and words of time.
_ENDS_NAME = _words(
    """and or but nor as last next this that these those today yesterday tonight now where
    which who whose when while was were is are be been has have had will would could can
    may might should for to with by on at in into from of under over near about against
    after before during since until through than then also
    y o e u pero ni como pasado próximo este esta ese esa hoy ayer anoche ahora donde cuando
    que quien cual fue fueron es son era eran ha han había habían será serán para con por en
    desde hacia hasta bajo sobre cerca contra tras durante entre ante luego también"""
)

# Words a caseless name does not run on into: they end it, head it or name a site after it.
_NOT_PART_OF_NAME = CONNECTORS | STOP | _ENDS_NAME | _PLACE_HEADS | _SITE_AFTER | _STREETS_AFTER


def runs_on_caseless(text: str, end: int) -> bool:
    """Does the caseless name ending at `end` run on into a further word that may be part of
    it (a capitalised word no stop word, connector or generic head)? Capitals hide where a
    name ends, so a village the gazetteer lacks ("SAN PEDRO X") is matched by its first
    words alone."""
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _caseless(line):
        return False
    m = _NEXT_CASELESS_WORD.match(text, end)
    if m is None or not m.group(1).isupper():
        return False
    key = norm(m.group(1))
    return key not in _NOT_PART_OF_NAME


def _side_of(line: str, start: int) -> bool:
    """Does a side of the town ("SOUTH OF", "IN THE NORTH OF") stand right before `start`,
    with no distance before it?"""
    side = _SIDE_OF_BEFORE.search(line, max(0, start - 40), start)
    return side is not None and side.group("distance") is None


def _names_site(
    line: str, words: list[tuple[int, int, str]], i: int, j: int, cands: tuple[Place, ...]
) -> bool:
    """Do words [i, j) of a caseless line name a building, farm or street rather than a town
    ("SAN ISIDRO FARM", "LA ESCUELA SANTA ROSA"), or are they the word for one before its
    name ("LA FINCA SAN ISIDRO", though a village is called La Finca)?"""
    if (
        words[j - 1][2] in _SITE_BEFORE
        and j < len(words)
        and not line[words[j - 1][1] : words[j][0]].strip()
        and words[j][2] not in CONNECTORS
    ):
        return True
    after = j < len(words) and words[j][2] in _SITE_AFTER | _STREETS_AFTER
    before = i > 0 and words[i - 1][2] in _SITE_BEFORE | _STREETS_BEFORE
    after = after or _paired_street(words, j, "and", _STREETS_AFTER, 1)
    before = before or _paired_street(words, i - 1, "y", _STREETS_BEFORE, -1)
    if not (after or before):
        return False
    return not any(p.kind == "populated" and p.population >= _SITE_CITY_POPULATION for p in cands)


def _paired_street(
    words: list[tuple[int, int, str]], k: int, joiner: str, plurals: frozenset[str], step: int
) -> bool:
    """Does the `joiner` of two street names stand at word k or within the name's last
    words past it ("SANTA ROSA DE TARQUELO AND OLMO STREETS", the gazetteer holding "SANTA ROSA"),
    and the plural of "street" within `_PAIRED_REACH` words past the joiner (all in the
    direction `step`)?"""
    for at in (k + step * n for n in range(_PAIRED_REACH - 1)):
        if not 0 <= at < len(words):
            return False
        if words[at][2] == joiner:
            reach = (at + step * n for n in range(2, _PAIRED_REACH + 2))
            return any(0 <= m < len(words) and words[m][2] in plurals for m in reach)
    return False


# Heads of a title, an office or an institution that take a place as their complement:
# "presidente de México", "gobernador de Chiapas", "embajada de EU", "Congreso de Hidalgo".
# Plurals ("diputados de Oaxaca", "representantes de la Ciudad de México") describe people
# from a place, not an office, and are left out; so are legislators, who represent one.
_NAME_HEADS = (
    r"president[ea]|gobernador(?:a)?|secretari[oa]|subsecretari[oa]|alcalde|alcaldesa"
    r"|jef[ea] de gobierno|embajadas?|consulados?"
    r"|c[oó]nsul|procurador(?:a)?|procuradur[ií]a|fiscal(?:[ií]a)?|candidat[oa]|dirigente"
    r"|representante|coordinador(?:a)?|titular|ministr[oa]|ministerio|canciller|rey|reina"
    r"|(?-i:Gobierno)|congreso|universidad|instituto|tribunal|ley|constituci[oó]n|ayuntamiento"
    r"|cabildo|colegio|servicios|secretar[ií]a|asamblea|comisi[oó]n|consejo|junta|c[aá]mara"
    r"|partido|normal|hospital|planta|base|templo|parroquia|mercado|teatro|hangar|astillero"
    r"|president|governor|mayor|secretary|embassy|consulate|minister|ministry"
    r"|government|university|institute|court|king|queen"
)
_HEAD_BEFORE = re.compile(
    rf"\b(?:ex-?)?(?:{_NAME_HEADS})(?:\s+[\w.]+){{0,3}}?\s+(?:de|del|por|of|for)"
    r"\s+(?:(?:la|el|los|las|the)\s+)?$",
    re.IGNORECASE,
)


_ATTRIBUTIVE_HEADS = (ORG_HEADS | SUFFIXES) - NAME_SUFFIXES
_TO = frozenset({"a"})
_MUNICIPAL_CUES = frozenset({"municipio de"})
# "los municipios de Centro, Nacajuca": the plural is no town cue, as it more often names a
# state ("municipios de Nuevo León").
_MUNICIPALITIES_BEFORE = re.compile(r"\bmunicipios\s+de\s+$", re.IGNORECASE)
# Words that open the names of towns, which take an article in speech as the town itself.
_SETTLEMENT_WORDS = _words("villa ciudad puerto heroica")
_PLACE_HEAD_WORDS = _SETTLEMENT_WORDS | _words("valle")
# Parties the gazetteer has as villages: "el PRI y Nueva Alianza".
_PARTIES = frozenset({"nueva alianza", "encuentro social", "partido del trabajo"})
# Plural people and units of a place that head "X de <place>" without making it a name:
# "Habitantes de Atenco", "Comuneros de Xalapa", "Municipio de Juárez".
_GROUP_HEADS = _words(
    """habitantes pobladores vecinos comuneros ejidatarios colonos políticos ciudadanos
    migrantes residentes campesinos productores maestros docentes trabajadores empresarios
    alumnos estudiantes normalistas indígenas agricultores transportistas familias mujeres
    jóvenes niños pescadores comerciantes jornaleros médicos enfermeras taxistas
    municipio municipios"""
)
# Words of newspaper names that take the place they serve: "La Jornada San Luis".
_PRESS = _words(
    """jornada diario heraldo universal informador periódico noticias gaceta crónica semanario
    opinión imparcial tribuna correo milenio excélsior"""
)
# Seats of power that Mexican news names for the institution ("llegó a Los Pinos", "en San
# Lázaro", the Chamber of Deputies), not the villages of the same name.
_SEATS = frozenset({"los pinos", "san lazaro"})


def _after(
    tokens: list[_Token], a: int, i: int, words: frozenset[str], article: bool = True
) -> bool:
    """Whether token i of run [a, ...) follows one of `words`, with a lower-case article
    between where `article` allows it ("de Oaxaca"; "de la Ciudad de México", "a la Ciudad de
    México"; not the nickname in "a El Mara")."""
    if i > a and tokens[i - 1].key in words:
        return True
    return (
        article
        and i - 1 > a
        and tokens[i - 1].key in _ARTICLES
        and not tokens[i - 1].cap
        and tokens[i - 2].key in words
    )


def _nested(tokens: list[_Token], text: str, a: int, b: int, i: int, j: int) -> bool:
    """Is the place at tokens [i, j) of run [a, b) part of a longer name (an organisation's,
    a title, a facility's), as named-entity annotation reads it?"""
    if _after(tokens, a, i, OF_WORDS):
        # "Instituto Electoral del Estado de México", "El Sol de México"; not "Vecinos de
        # Atenco", "Municipio de Juárez", nor the town after a neighbourhood ("colonia Roma
        # Norte de la Ciudad de México").
        group = tokens[a].key in _GROUP_HEADS and tokens[a + 1].key in OF_WORDS
        return not group and not _ends_before(_STREET_BEFORE, text, tokens[a].start)
    if i > a and tokens[i - 1].key in _PRESS:
        return True  # "La Jornada San Luis", "El Diario Chihuahua"
    if all(t.key in _ARTICLES or t.key in _PRESS for t in tokens[i:j]):
        return True  # "La Opinión", a paper's name the gazetteer has as a town
    name = " ".join(t.key for t in tokens[i:j])
    if name in _PARTIES:
        return True
    if name in _SEATS and _cue(text, tokens[i].start) not in TOWN_CUES:
        return True  # "en Los Pinos": the presidential residence, not a village of that name
    if i == a and j < b and tokens[j].key in _ATTRIBUTIVE_HEADS:
        return True  # "Sinaloa Cartel", "Texas Highway Patrol"
    start = tokens[a].start
    return _HEAD_BEFORE.search(text[max(0, start - 60) : start]) is not None


def gaz_has(key: str) -> bool:
    return bool(load().get(key))


@cache
def person_names() -> frozenset[str]:
    """Common surnames and given names (gazetteer_person_names.txt, normalised)."""
    raw = (resources.files("hito") / "data" / NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(w for w in raw.split("\n") if w and not w.startswith("#"))


def _strong_kind(place: Place) -> bool:
    """Countries, regions and the states of the countries hito tables by hand are never read
    as person names or words; other kinds need more (see find_toponyms)."""
    return place.kind in ("country", "region") or (
        place.kind == "admin1" and place.country in TABLED_ADMIN1
    )


def _person_context(text: str, token: _Token) -> bool:
    """A title before ("Mr. Jackson") or a speech verb after ("Jackson said")."""
    before = re.search(r"(\w+)\.?\s+$", text[max(0, token.start - 20) : token.start])
    if before and norm(before.group(1)) in TITLES:
        return True
    after = re.match(r"\s+(\w+)", text[token.end : token.end + 20])
    return bool(after and norm(after.group(1)) in PERSON_AFTER)


_ABBREVIATION_WINDOW = 16
# A code without its dot followed by a word in capitals: in copy written all in capitals
# ", ON THE HIGHWAY", ", IN THE HILLS", ", LA UNION" go on as words, where a dateline's state
# closes it or comes before its source ("INDIANAPOLIS, IN (AP)").
_WORD_GOES_ON = re.compile(r"(?<![.])\s+[A-ZÁÉÍÓÚÑ]{2,}\b")


def _with_abbreviations(
    text: str, toponyms: list[Toponym], allowed: frozenset[str]
) -> list[Toponym]:
    """Add "La." in "Alexandria, La.": a state abbreviation right after a found place name."""
    if "admin1" not in allowed:
        return toponyms
    extra = []
    replaced: set[int] = set()
    for t in toponyms:
        window = text[t.end : t.end + _ABBREVIATION_WINDOW]
        m = abbreviations.pattern().match(window)
        letters = [c for c in window if c.isalpha()][:4]
        if m is None and letters and all(c.isupper() for c in letters):
            # An all-capitals dateline: "CIUDAD JUÁREZ, CHIH." is "Ciudad Juárez, Chih.".
            m = abbreviations.pattern().match(window.title())
        if m is None or _WORD_GOES_ON.match(text, t.end + m.end(1)):
            continue
        start, end = t.end + m.start(1), t.end + m.end(1)
        there = [u for u in toponyms if u.start == start]
        # "Villahermosa, Tab.", "Chilpancingo, Gro.": after a place and a comma the state's
        # abbreviation, not the Hungarian village Tab or the Ivorian Gro the gazetteer reads.
        if any(any(c.kind != "populated" for c in u.candidates) for u in there):
            continue
        cands = abbreviations.abbreviation(m.group(1))
        if cands:
            # "Morelia, Mich.": Michoacán, which holds a Morelia, before Michigan, which does
            # not; the first reading is what other steps take for the report's country.
            units = {(p.country, p.admin1) for p in t.candidates}
            cands = tuple(sorted(cands, key=lambda c: (c.country, c.admin1) not in units))
            extra.append(Toponym(text[start:end], start, end, cands))
            replaced.update(u.start for u in there)
    if not extra:
        return toponyms
    kept = [t for t in toponyms if t.start not in replaced]
    return sorted([*kept, *extra], key=lambda t: t.start)


def _town_state(gaz: Gazetteer, tokens: list[_Token], a: int, b: int) -> list[tuple[int, int]]:
    """A run that is a town followed by its own state ("Zamora Michoacán", "Chilpancingo
    Guerrero": Mexican and Guatemalan headlines drop the comma) is two names, each read whole."""
    for k in range(b - 1, a, -1):
        state = _longest(gaz, tokens, k, b, frozenset({"admin1"}))
        if state is None or state[0] != b:
            continue
        town = _longest(gaz, tokens, a, k, frozenset({"populated"}))
        states = {norm(p.admin1 or "") for p in state[1] if p.country in FOCUS_COUNTRIES}
        if (
            town is not None
            and town[0] == k
            and any(norm(p.admin1 or "") in states for p in town[1])
        ):
            return [(a, k), (k, b)]
    return [(a, b)]


def _longest(
    gaz: Gazetteer,
    tokens: list[_Token],
    i: int,
    b: int,
    allowed: frozenset[str],
    aliases: Mapping[str, str] = MappingProxyType({}),
) -> tuple[int, tuple[Place, ...]] | None:
    if not tokens[i].cap:
        return None
    for j in range(min(b, i + gaz.max_tokens), i, -1):
        if not tokens[j - 1].cap:
            continue
        key = " ".join(t.key for t in tokens[i:j])
        hit = gaz.get(aliases.get(key, key))
        cands = tuple(p for p in hit if p.kind in allowed)
        if hit and hit[0].kind == "region" and hit[0].country and "region" not in allowed:
            # "Tierra Caliente": a region of a country, named, is that region and not a hamlet
            # of the same name in that country; the name is no event place. A real town keeps
            # it (Soconusco, Veracruz, beside the Soconusco region of Chiapas).
            cands = tuple(p for p in cands if not _shadowed_by(p, hit[0]))
            if not cands:
                return j, ()
        if cands:
            return j, cands
    return None


def _shadowed_by(place: Place, region: Place) -> bool:
    return (
        place.kind == "populated"
        and place.country == region.country
        and place.population < _HAMLET_POPULATION
    )


_HAMLET_POPULATION = 1000


def _dateline_tail(
    tokens: list[_Token], text: str, a: int, b: int, i: int, j: int, cands: tuple[Place, ...]
) -> bool:
    """A country or a large place of several words that ends a run before a comma or a full
    stop: a dateline run into the photo credit or byline before it ("Foto: Ana Ruiz Ciudad de
    México.", "Imagen Especial AFP México, 3 jul."). A single word that is a state or a town
    ("Juan Guerrero, quien...") is too often a surname."""
    if not (a < i and j == b and text[tokens[j - 1].end : tokens[j - 1].end + 1] in (",", ".")):
        return False
    top, before = cands[0], tokens[i - 1].key
    if tokens[i].key in CONNECTORS:
        return False  # "América Del Valle": a surname
    if top.kind == "country":
        # "Manuel Ramos Francia," is a surname too; "La Jornada México", a paper.
        return before not in _PRESS and before not in person_names()
    return j - i > 1 and (_strong_kind(top) or top.population >= STRONG_POPULATION)


def _before_own_state(text: str, end: int, cands: tuple[Place, ...]) -> bool:
    """Is the name followed by a comma and the code of a state it lies in ("Tehuantepec,
    Oax.")? A dateline's town then, even one the gazetteer knows only by a longer name
    (Santo Domingo Tehuantepec), which alone at a line's start could be a headline's verb."""
    code = abbreviations.pattern().match(text, end)
    if code is None:
        return False
    states = abbreviations.abbreviation(code.group(1))
    return any(p.country == s.country and p.admin1 == s.admin1 for p in cands for s in states)


def _accept(
    tokens: list[_Token],
    text: str,
    a: int,
    b: int,
    i: int,
    j: int,
    cands: tuple[Place, ...],
    modifiers: bool = False,
) -> bool:
    single = j - i == 1
    key = tokens[i].key
    # "US", "UK" written in capitals are the countries, not the words "us", "uk".
    caps_country = text[tokens[i].start : tokens[i].end].isupper() and cands[0].kind == "country"
    # "municipio de Centro", "municipio de Reforma": a municipality may bear a common word.
    municipal = _cue(text, tokens[a].start) in _MUNICIPAL_CUES or _ends_before(
        _MUNICIPALITIES_BEFORE, text, tokens[a].start
    )
    # After "de la", "a la" inside a run only a state, a country or a large place of several
    # words is read ("Mike Pompeo a la Ciudad de México"): single words are more often a word
    # of the name ("Lomas de los Naranjos", "Baile de la Banda Roja").
    large = _strong_kind(cands[0]) or (j - i > 1 and cands[0].population >= STRONG_POPULATION)
    if single and key in STOP and not caps_country and not municipal:
        return False
    # "S D" in a calendar row is no "S.D." (South Dakota): initials need their dots.
    if (
        all(len(t.key) == 1 for t in tokens[i:j])
        and "." not in text[tokens[i].start : tokens[j - 1].end + 1]
    ):
        return False
    # "argentina" is also a demonym (fem. of argentino); as a country name it is the country.
    if single and demonym_country(key) is not None and cands[0].kind != "country":
        return False
    # A run that opens with a given name, or a place after a name in a run, is a person's name
    # ("Karina Espino Carmona", "Carmen Lira Saade", "Horacio Sosa Villavicencio"), heading or
    # not; a place named whole ("Jackson County") is matched whole.
    # Geoparsing corpora (`modifiers`) count "Houston" in "Houston Police" as a place.
    if (
        not modifiers
        and not (i == a and j == b)
        and not (i == a and j - i > 1)
        and (tokens[a].key in person_names() or (i > a and tokens[i - 1].key in person_names()))
        and not _after(tokens, a, i, OF_WORDS | _TO, large)  # "colonia Guadalupe de Salvatierra"
        and cands[0].kind not in ("country", "admin1")
        and not (i == a and j < b and tokens[j].key in SUFFIXES)
        and not _dateline_tail(tokens, text, a, b, i, j, cands)
    ):
        return False
    # In a Title Case heading every word is capitalised, so runs say nothing there.
    if not (i == a and j == b) and not tokens[i].heading:
        inside_ok = (
            (i == a and (cands[0].kind in ("country", "admin1") or tokens[j].key in SUFFIXES))
            or _after(tokens, a, i, OF_WORDS, large)
            # "Llegan a Reynosa": a run joined by "a" that is no name as a whole; so is
            # "de Motozintla a Mazapa", whose first town is a name too (not "Camino a ...").
            or _after(tokens, a, i, _TO, large)
            or (
                i == a
                and j < b
                and tokens[j].key == "a"
                and _ends_before(_ROUTE_FROM, text, tokens[a].start)
            )
            # "Reconoce Zapopan aumento...": a headline's opening verb before its subject.
            or (
                i == a + 1
                and tokens[a].sentence_start
                and not _opener_place(tokens[a].key, cands)
                and tokens[a].key not in person_names()
                and _strong(cands)
            )
            # "Seguridad León: ...", "Homicidios Tijuana: ...": a section label.
            or (i > a and j == b and text[tokens[b - 1].end : tokens[b - 1].end + 1] == ":")
            or _dateline_tail(tokens, text, a, b, i, j, cands)
            or (i > a and all(t.key in PREFIXES for t in tokens[a:i]))
            # "la Delegación Jalisco" of a federal agency is its office in that state.
            or (
                i == a + 1
                and tokens[a].key in BOROUGH_TITLES
                and cands[0].kind not in ("admin1", "country")
            )
            or (modifiers and i == a and any(t.key in ORG_HEADS for t in tokens[j : j + 4]))
        )
        if not inside_ok:
            return False
    if not single:
        return True
    weak = tokens[a].sentence_start or tokens[i].heading
    if not weak:
        return True
    if _cue(text, tokens[a].start) is not None:
        return True
    top = cands[0]
    if top.kind in STRONG_KINDS or top.population >= STRONG_POPULATION:
        return True
    if _before_own_state(text, tokens[i].end, cands):
        return True
    # Towns of Mexico and Guatemala pass from 1,000 people, but only under their own name: a
    # capitalised opener that an alternate spelling makes a town is more often a verb of the
    # headline ("Atacan a tiros...": Atzacan, also written "Atacan").
    return (
        top.country in FOCUS_COUNTRIES
        and top.population >= 1000
        and (norm(top.name).startswith(key) or own_name(top, key))  # "Heroica Caborca"
    )


def _opener_place(key: str, after: tuple[Place, ...]) -> bool:
    """Whether a headline's first word is a place rather than its verb before the place that
    follows: "Suma Tijuana 620 homicidios" names the city, not Suma de Hidalgo (1,861 people).
    Only before a large Mexican or Guatemalan city, the subject of the headlines hito reads."""
    if not gaz_has(key):
        return False
    largest = max((p.population for p in load().get(key)), default=0)
    city = after[0].country in FOCUS_COUNTRIES and after[0].population >= STRONG_POPULATION
    return largest >= STRONG_POPULATION or not city
