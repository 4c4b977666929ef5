"""Sentence boundaries as character spans, for English and Spanish news text.

A small rule set rather than pysbd: pysbd's Spanish mode splits after "Sr." and "Gral.",
and it costs ~3 ms per kilobyte, most of the 20 ms budget of a whole report.
"""

from __future__ import annotations

import re
from functools import cache

# Titles never end a sentence: a name always follows them.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "st",
        "jr",
        "sr",
        "sra",
        "srta",
        "gral",
        "lic",
        "ing",
        "dra",
        "mtro",
        "mtra",
        "pdte",
        "gob",
        "cap",
        "cnel",
        "tte",
        "sgto",
        "cmdte",
        "dip",
        "arq",
        "profa",
        "presb",
        "cd",  # "Cd. Juárez", "Cd. Victoria": Ciudad
    ]
)
# Abbreviations that do not end a sentence unless a usual sentence opener follows.
_ABBREVIATIONS = frozenset(
    [
        "vs",
        "etc",
        "approx",
        "aprox",
        "av",
        "ave",
        "edo",
        "mpio",
        "col",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "ee.uu",
        "e.u",
        "eu",
    ]
)
# Abbreviations (and English words like "ago") that are abbreviations only before a number.
_NUMBER_ABBREVIATIONS = frozenset(
    [
        "no",
        "nos",
        "núm",
        "num",
        "art",
        "fig",
        "pp",
        "p",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ene",
        "abr",
        "ago",
        "dic",
    ]
)


@cache
def _state_abbreviations() -> frozenset[str]:
    """Mexican and US states as a dateline abbreviates them after its town, with their dots
    ("Gro.", "S.L.P.", "Ariz."), lower-cased: the gazetteer's own table. "TLAPA. Gro." puts a
    period where "Tlapa, Gro." puts a comma: the state is no sentence of its own. Imported
    here, not at the top: hito.geo reads languages through hito.nlp."""
    from hito.geo.abbreviations import TABLES

    return frozenset(
        a.lower()
        for country, table in TABLES
        if country in ("MX", "US")
        for forms in table.values()
        for a in forms
        if a.endswith(".") and " " not in a
    )


# A dateline's town opening its line: up to five words, capitalised but for the particles of
# names ("San Pedro de la Loma", "CIUDAD DEL CARMEN").
_DATELINE_TOWN = re.compile(
    r"(?:[^\W\d_a-zà-ÿ][\w'’-]*)(?:\s+(?:de|del|la|las|los|el|[^\W\d_a-zà-ÿ][\w'’-]*)){0,4}"
)
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "but",
        "in",
        "on",
        "at",
        "after",
        "before",
        "police",
        "officials",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "en",
        "por",
        "tras",
        "sin",
        "pero",
        "según",
        "este",
        "esta",
        "estos",
        "estas",
        "ello",
        "ellos",
        "ellas",
    ]
)

# Terminal punctuation, closing quotes/brackets, then space and something that can open a
# sentence (capital, digit, opening quote or Spanish inverted mark).
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…]+)["'”’»)\]]*[ \t\u00a0]+(?=(?:["'“‘«(\[¿¡—–-]+ ?)?[^\W_a-zà-ÿ])"""
)
_NEXT_WORD = re.compile(r"[\"'“‘«(\[¿¡]*([^\W\d_]+|\d)")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")
# Hyphens and dashes joining the parts of a compound word.
_COMPOUND_JOINER = re.compile(r"[-‐‑–—]+")


def _token_before(line: str, end: int) -> str:
    """The run of non-space characters that ends at `end`. A scan back to the previous
    space, not a regex search from the start of the line: that made a long line quadratic."""
    start = end
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return line[start:end]


def _is_boundary(line: str, stop_start: int, next_start: int) -> bool:
    if line[stop_start] != ".":
        return True
    if _dateline_state_follows(line, stop_start, next_start):
        return False
    token = _token_before(line, stop_start + 1).rstrip(".").lstrip("\"'“‘«([¿¡")
    # "the Mexico-U.S. border", "THE PERUVIAN--U.S. OFFICE": a compound ending in a known
    # abbreviation or title ends in that word ("Plan-B." stays a word of its own).
    last = _COMPOUND_JOINER.split(token)[-1]
    if last.lower() in _TITLES or last.lower() in _ABBREVIATIONS:
        token = last
    lower = token.lower()
    if lower in _TITLES:
        return False
    nxt = _NEXT_WORD.match(line, next_start)
    next_word = nxt.group(1) if nxt else ""
    if lower in _NUMBER_ABBREVIATIONS:
        return not next_word.isdigit()
    if lower in _ABBREVIATIONS or _INITIAL.match(token):
        # "No. 5", "EE.UU. anunció": continue; "... to the U.S. The next day": split.
        return next_word.lower() in _OPENERS
    return True


def _dateline_state_follows(line: str, stop_start: int, next_start: int) -> bool:
    """'Tlapa. Gro. Agentes...': a town opening the line, its period, then its state's
    abbreviation with the abbreviation's own period."""
    if not _DATELINE_TOWN.fullmatch(line, 0, stop_start):
        return False
    end = next_start
    while end < len(line) and not line[end].isspace():
        end += 1
    abbr = line[next_start:end].lower()
    # "Col." is Colima but more often the colonel who opens the lead.
    return abbr in _state_abbreviations() and abbr.rstrip(".") not in _TITLES


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        if _is_boundary(line, m.start("stop"), m.end()):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        chunk = line[s:e]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((offset + s + lead, offset + s + lead + len(stripped)))
    return out


_LINE = re.compile(r"[^\r\n]+")


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`; every line break ends a sentence.

    `language` is accepted for symmetry with the other annotators; the rules cover both.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        spans.extend(_split_line(line.group(), line.start()))
    return spans
