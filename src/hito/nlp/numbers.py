"""Cardinal numbers in text: digits, number words, mixes of both, and explicit nones."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from hito.models import NumberMention
from hito.nlp.date_words import month_names
from hito.nlp.number_words import CONNECTORS, LEXICONS, Word, combine

# Mexican Spanish writes "1,200" as often as "1.200", so Spanish accepts both separators
# and decides by the digit groups; English keeps "," for thousands and "." for decimals.
_DIGITS = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "es": r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?",
}
_UNITS = "kg|kgs|g|gr|t|tn|ton|km|m|ha|lb|lbs|mm|cm|l|ml|oz"
# Letters glued to digits make a code ("AK-47", "3rd", "R15"); units ("500kg") are fine.
_TOKEN = {
    lang: re.compile(
        rf"(?<![\w.,:])(?<![^\W\d_]-)(?P<num>{digits})(?![.,:]?\d)(?![º°ª])(?=(?:{_UNITS})\b|\W|$)"
        r"|(?P<word>[^\W\d_]+)"
    )
    for lang, digits in _DIGITS.items()
}
_JOINER = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*")

_EN_NONE_STOP = (
    "longer|more|less|fewer|than|doubt|matter|way|sooner|later|one|to|the|a|an|of|and|or|in|"
    "on|at|by|for|with|that|this|it|is|was|were|be|such|need|reason|idea|choice|alternative|"
    "longer|mean|small|big|sir|ma'am|comment"
)
_ES_SIN_STOP = (
    "más|menos|embargo|dudas|los|las|sus|nuestros|nuestras|estos|estas|esos|esas|ellos|ellas|"
    "nosotros|antecedentes"
)
_ADJ_EN = "further|immediate|serious|major|other|reported|confirmed|known|fatal|new|additional"
# Case-blind: wire copy in capitals ("NO ONE WAS HURT") denies a figure as plainly, and
# its "ONE" alone would otherwise count a person.
_NONE_PATTERNS = {
    "en": re.compile(
        rf"\b(?:[Nn]o(?!\s+(?:{_EN_NONE_STOP})\b)\s+(?:(?:{_ADJ_EN})\s+)?[A-Za-z]+"
        r"|[Nn]o\s+one|[Nn]obody|[Nn]one)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:[Nn]ing[uú]n[oa]?(?:\s+(?!(?:de|del|la|el|los|las|que)\b)[^\W\d_]+)?"
        rf"|[Ss]in\s+(?!(?:{_ES_SIN_STOP})\b)[^\W\d_]+s"
        r"|[Nn]o\s+(?:hubo|hay|se\s+(?:reportaron|registraron|reportan|registran|reportó|"
        r"registró|han\s+reportado|ha\s+reportado|informó\s+de|dieron\s+a\s+conocer))"
        r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s"
        # "sin que se reportaran muertos": the subjunctive after "sin que" denies as well.
        r"|sin\s+que\s+(?:hubiera|se\s+(?:reportaran|registraran|reportara|registrara))"
        r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s"
        r"|[Nn]adie)\b",
        re.IGNORECASE,
    ),
}


@dataclass
class _Token:
    start: int
    end: int
    text: str
    word: Word | None  # None for a connector ("and", "y")


def _digits_value(text: str, language: str) -> float:
    if language == "en":
        return float(text.replace(",", ""))
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text)
    last = text.rfind(seps[-1])
    if len(set(seps)) == 2:
        # Two kinds of separator: the last one is the decimal mark.
        return float(re.sub(r"[.,]", "", text[:last]) + "." + text[last + 1 :])
    if len(seps) > 1 or len(text) - last - 1 == 3:
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def _tokens(text: str, language: str) -> list[_Token]:
    lexicon = LEXICONS[language]
    connectors = CONNECTORS[language]
    out: list[_Token] = []
    for m in _TOKEN[language].finditer(text):
        if m.group("num") is not None:
            value = _digits_value(m.group("num"), language)
            out.append(_Token(m.start(), m.end(), m.group(), Word(value, "digits")))
            continue
        lower = m.group().lower()
        if lower in lexicon:
            out.append(_Token(m.start(), m.end(), m.group(), lexicon[lower]))
        elif lower in connectors:
            out.append(_Token(m.start(), m.end(), m.group(), None))
    return out


def _runs(tokens: list[_Token], text: str, language: str) -> list[list[_Token]]:
    """Group tokens that touch (space or hyphen between) into runs; drop stray connectors."""
    connectors = CONNECTORS[language]
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    for i, tok in enumerate(tokens):
        adjacent = bool(run) and _JOINER.fullmatch(text, run[-1].end, tok.start) is not None
        if tok.word is None:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            left_ok = (
                adjacent
                and run[-1].word is not None
                and run[-1].word.kind in connectors[tok.text.lower()]
            )
            right_ok = (
                nxt is not None
                and nxt.word is not None
                and _JOINER.fullmatch(text, tok.end, nxt.start) is not None
            )
            if left_ok and right_ok:
                run.append(tok)
                continue
            if run:
                runs.append(run)
            run = []
            continue
        if not adjacent and run:
            runs.append(run)
            run = []
        run.append(tok)
    if run:
        runs.append(run)
    return runs


def _value(tokens: list[_Token]) -> float | None:
    return combine([(t.text.lower(), t.word) for t in tokens if t.word is not None])


# The longest number phrase, connectors included ("seven hundred and fifty-two thousand
# three hundred and forty-one" is 10 tokens). Longer runs ("1 1 1 1 ...") are split, which
# keeps the search linear in the run's length instead of cubic.
MAX_NUMBER_TOKENS = 16


def _mentions_in_run(run: list[_Token], text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    while i < len(run):
        best: tuple[int, float] | None = None
        for j in range(min(len(run), i + MAX_NUMBER_TOKENS), i, -1):
            if run[j - 1].word is None:
                continue  # a group never ends on a connector
            value = _value(run[i:j])
            # A 400-digit string is float("inf"): no count, and int() of it would raise.
            if value is not None and math.isfinite(value):
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        start, end = run[i].start, run[j - 1].end
        out.append(NumberMention(value=value, start=start, end=end, text=text[start:end]))
        i = j
    return out


# Months, for the days and years next to them that the date parser may not read as a date
# ("Jan. 8", "May 15-24", "12 February"). English months are capitalised ("may" is a verb);
# Spanish writes them in lower case, and its short forms only capitalised ("Mar" is no sea).
_MONTH = (
    r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ene|Abr|Ago|Dic)\.?"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|" + month_names("es")
)
_DAY_BEFORE = re.compile(r"(?:\b(?:" + _MONTH + r"))\s*(?:\d{1,2}\s*[-–]\s*)?$", re.IGNORECASE)
_DAY_AFTER = re.compile(
    r"^(?:\s*[-–]\s*\d{1,2})?(?:st|nd|rd|th)?\s+(?:de\s+)?(?:" + _MONTH + r")\b", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A year unless a plural noun follows it as what it counts ("2000 soldiers").
_YEAR_COUNTS = re.compile(r"^\s+[^\W\d_]+s\b")
_YEAR_END = re.compile(r"^\s*(?:[,.;:)]|$)")
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|of|by|until|from|during|en|desde|del|de|hasta|year|a[nñ]o|el)|\d,?)\s*$",
    re.IGNORECASE,
)
# Numbers that name rather than count: "section 119.3", "Radio 4", "Task Force (CTF) 50",
# "carretera federal 45", and the groups of a phone number.
_LABEL_BEFORE = re.compile(
    r"\b(?:section|secci[oó]n|article|art[ií]culo|resolution|resoluci[oó]n|chapter|cap[ií]tulo|radio|channel"
    r"|canal|route|ruta|highway|carretera(?: federal| estatal)?|km|kil[oó]metro|flight|vuelo|room"
    r"|lote"
    r"|number|n[uú]mero|no\.|n[uú]m\.|regi[oó]n|supermanzana|manzana|exercise|lion|ddg|force|unit|unidad"
    r"|platoon|battalion|batall[oó]n|brigade|brigada|division|divisi[oó]n|code|c[oó]digo)\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
# Spans of time and sums of money: "four years ago", "tres días", "$135 million",
# "two Jordanian dinars". (Weights such as "pounds" stay: drugs are counted in them.)
_DURATION_AFTER = re.compile(
    r"^\s+(?:(?:long|more|full|straight|largos?|m[aá]s)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?"
    r"|decades?|a[nñ]os?|mes(?:es)?|semanas?|d[ií]as?|horas?|minutos?|segundos?|d[eé]cadas?)\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:US|MX|USD|MXN|EUR|Q|L)\$?)\s*$")
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:m|bn|k)?\s*(?:(?:de\s+)?(?:[A-Z][a-z]+\s+)?(?:dollars?|d[oó]lares|pesos|euros?|dinars?|dinares"
    r"|quetzales|quetzals?|lempiras?|colones|rupees?|yuan|USD|MXN|EUR)\b)",
)
_PHONE = re.compile(r"\d[-–.]\d+[-–.]\d")
# Clock times: a number with a zone or clock unit after it ("2000 GMT", "0645 hrs", "3 p.m."),
# a 24-hour time with its twin in another zone in brackets ("1640 (2140 GMT)"), and a 24-hour
# time after "at" or "a las" ("at approximately 2130", "a las 0645"). Spanish "a las" also
# takes a short hour ("a las 3 de la tarde"). Durations ("1500 horas") are caught above.
_CLOCK_AFTER = re.compile(
    r"^\s*(?:GMT|UTC|hrs?\b|[ap]\.?\s?m\b|local\s+time|hora\s+local"
    r"|[(\[]\s*\d{3,4}\s*(?:GMT|UTC|hrs?\b|local|hora))",
    re.IGNORECASE,
)
_TWENTY_FOUR_HOUR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_BEFORE = re.compile(
    r"(?:(?<!\bstood )(?<!\bstands )(?<!\bput )(?<!\bestimated )(?<!\bplaced )\bat"
    r"|\b(?:a|hacia|sobre|desde|hasta)\s+las)"
    r"\s+(?:(?:approximately|about|around|roughly|aproximadamente)\s+)?$",
    re.IGNORECASE,
)
_SPANISH_HOUR = re.compile(r"\ba\s+las\s+$", re.IGNORECASE)


def _clock_time(token: str, before: str, after: str) -> bool:
    if _CLOCK_AFTER.match(after):
        return True
    if _YEAR_COUNTS.match(after):
        return False
    if _TWENTY_FOUR_HOUR.fullmatch(token):
        return bool(_CLOCK_BEFORE.search(before))
    return 1 <= int(token) <= 24 and bool(_SPANISH_HOUR.search(before))


def _not_a_count(text: str, start: int, end: int) -> bool:
    # The words right before the number are all the left context needs; cutting them out
    # with str.rsplit keeps the end-anchored searches short (a text of 20,000 numbers).
    words = text[max(0, start - 40) : start].rsplit(None, 3)
    before = " " + " ".join(words[-3:]) + (" " if start and text[start - 1].isspace() else "")
    after = text[end : end + 40]
    token = text[start:end]
    digits = token.isdigit()
    if digits and int(token) <= 31 and (_DAY_BEFORE.search(before) or _DAY_AFTER.match(after)):
        return True
    if (
        _YEAR.match(token)
        and not _YEAR_COUNTS.match(after)
        and (_YEAR_CONTEXT.search(before) or _YEAR_END.match(after))
    ):
        return True
    if token[:1].isdigit() and _LABEL_BEFORE.search(before):
        return True
    if _DURATION_AFTER.match(after) or _CURRENCY_AFTER.match(after):
        return True
    if _CURRENCY_BEFORE.search(before):
        return True
    if digits and _clock_time(token, before, after):
        return True
    return digits and bool(_PHONE.search(text, max(0, start - 8), end + 8))


# An English "no" counts only people, acts or things that can be counted: "no casualties",
# "no arrest was made", not "no problem", "no future".
_EN_NONE_COUNTABLE = re.compile(
    r"(?:one|body|nobody|none|arrest|injury|death|casualty|fatality|suspect|victim|survivor|weapon|gun"
    r"|detainee|trace|[a-z]+s)$",
    re.IGNORECASE,
)
_EN_NOT_PLURAL = re.compile(
    r"(?:news|series|less|ness|ss|is|us|this|his|was|has|does|as)$", re.IGNORECASE
)


def _counted_none(mention: NumberMention, language: str) -> bool:
    if language != "en":
        return True
    last = mention.text.split()[-1]
    return bool(_EN_NONE_COUNTABLE.search(last)) and not (
        last.lower().endswith("s") and _EN_NOT_PLURAL.search(last)
    )


def parse_numbers(text: str, language: str) -> list[NumberMention]:
    """Cardinal numbers in `text` (offsets into it), including explicit nones as 0."""
    if language not in LEXICONS:
        return []
    nones = [
        NumberMention(value=0.0, start=m.start(), end=m.end(), text=m.group())
        for m in _NONE_PATTERNS[language].finditer(text)
    ]
    nones = [n for n in nones if _counted_none(n, language)]
    mentions = list(nones)
    for run in _runs(_tokens(text, language), text, language):
        for mention in _mentions_in_run(run, text):
            if _not_a_count(text, mention.start, mention.end):
                continue
            if not any(n.start < mention.end and mention.start < n.end for n in nones):
                mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions


def parse_number_word(text: str, language: str) -> float | None:
    """Value of `text` when the whole phrase is one number ("six hundred", "3 mil"), else None."""
    stripped = text.strip()
    found = parse_numbers(stripped, language)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None
