"""Date mentions: absolute dates, partial ones completed from the publication date, and
relative ones ("ayer", "on Saturday", "two weeks ago") resolved against it.

Own regexes over a month/weekday lexicon rather than dateparser.search_dates, which is
slow on whole texts and reads "may" or "a" as dates; the arithmetic lives in date_resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from hito.models import PRECISION_RANK, DateMention, DatePrecision
from hito.nlp import date_resolve as resolve
from hito.nlp.date_words import (
    COUNTS,
    MONTHS,
    RELATIVE_DAYS,
    UNITS,
    WEEKDAYS,
    alternation,
    count_value,
)
from hito.nlp.gate import Gate

Resolved = tuple[dt.date, DatePrecision] | None
Handler = Callable[[re.Match[str], str, dt.date | None], Resolved]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    handle: Handler
    span_group: str | int = 0


_FUTURE = frozenset({"next", "coming", "próximo", "proximo", "próxima", "proxima", "entrante"})
# Before a bare "May"/"March" these words make it a month, not a verb.
_MONTH_CONTEXT = frozenset(
    [
        "in",
        "since",
        "until",
        "by",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "during",
        "from",
        "through",
        "the",
        "between",
        "before",
        "after",
        "and",
        "or",
        "to",
    ]
)
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[\s-]*$")


def _previous_word(m: re.Match[str], group: str) -> str:
    found = _PREVIOUS_WORD.search(m.string, max(0, m.start(group) - 30), m.start(group))
    return found.group(1) if found else ""


def _is_future(m: re.Match[str], *groups: str) -> bool:
    return any((m.group(g) or "").lower() in _FUTURE for g in groups if g in m.groupdict())


def _month(m: re.Match[str], language: str) -> int:
    return MONTHS[language][m.group("mon").lower().rstrip(".")]


def _iso(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    day = resolve.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return (day, "day") if day else None


def _numeric(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    a, b, year = int(m.group("a")), int(m.group("b")), resolve.full_year(int(m.group("y")))
    # Spanish writes day first; English month first unless that cannot be a month.
    month, day = (a, b) if language == "en" and a <= 12 else (b, a)
    found = resolve.safe_date(year, month, day)
    return (found, "day") if found else None


def _day_month(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if language == "en" and not m.group("mon")[0].isupper():
        return None
    raw_day = m.group("d").lower()
    day = 1 if not raw_day[0].isdigit() else int(re.sub(r"\D", "", raw_day))
    month = _month(m, language)
    if m.group("y"):
        found = resolve.safe_date(int(m.group("y")), month, day)
    elif published is not None:
        found = resolve.day_month(month, day, published, _is_future(m, "mod", "mod1", "mod2"))
    else:
        return None
    return (found, "day") if found else None


def _month_year(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if language == "en" and not m.group("mon")[0].isupper():
        return None
    return dt.date(int(m.group("y")), _month(m, language), 1), "month"


def _month_alone(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None
    name = m.group("mon")
    prev = _previous_word(m, "mon")
    if language == "en":
        if not name[0].isupper():
            return None
        if name.lower() in ("may", "march") and prev.lower() not in _MONTH_CONTEXT:
            return None
    elif name[0].isupper() and prev in ("El", "el", "La"):
        return None  # "El Mayo" is a nickname, not the month
    future = _is_future(m, "mod", "mod1", "mod2")
    return resolve.month_only(_month(m, language), published, future), "month"


def _relative_word(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None
    back = RELATIVE_DAYS[re.sub(r"\s+", " ", m.group("rel").lower())]
    return published - dt.timedelta(days=back), "day"


def _ago(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None
    amount = count_value(m.group("n"), language)
    if amount is None:
        return None
    return resolve.shift(published, amount, UNITS[language][m.group("u").lower()])


def _last_unit(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None
    groups = m.groupdict()
    unit_word = next(groups[g] for g in ("u", "u1", "u2", "u3") if groups.get(g))
    mod = next(groups[g] for g in ("mod", "mod1", "mod2", "mod3") if groups.get(g)).lower()
    unit = UNITS[language][unit_word.lower()]
    if mod in _FUTURE:
        amount = -1
    elif mod in ("this", "este", "esta"):
        amount = 0
    else:
        amount = 1
    if unit == "week":
        return resolve.week_start(published - dt.timedelta(weeks=amount)), "week"
    return resolve.calendar_offset(published, amount, unit)


def _weekday(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None
    name = m.group("w")
    if language == "en" and not name[0].isupper():
        return None
    mods = {(m.groupdict().get(g) or "").lower() for g in ("mod", "mod1", "mod2")}
    if mods & _FUTURE:
        direction = "future"
    elif mods & {"last", "past", "pasado", "anterior"}:
        direction = "past"
    else:
        # AP style names the weekday even for the day of publication.
        direction = "recent"
    target = WEEKDAYS[language][name.lower()]
    return resolve.weekday(target, published, direction), "day"


def _day_of_this_month(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    """ "el pasado 12 de este mes", "the 12th of this month": that day of the report's month."""
    if published is None:
        return None
    try:
        return published.replace(day=int(m.group("d"))), "day"
    except ValueError:
        return None


def _year_alone(m: re.Match[str], language: str, published: dt.date | None) -> Resolved:
    return dt.date(int(m.group("y")), 1, 1), "year"


def _rules(language: str) -> list[_Rule]:
    mon = alternation(MONTHS[language])
    full_mon = alternation({k: v for k, v in MONTHS[language].items() if len(k) > 3 or k == "may"})
    wd = alternation(WEEKDAYS[language])
    n = rf"(?:{alternation(COUNTS[language])}|\d{{1,2}})"
    unit = alternation(UNITS[language])
    flags = re.IGNORECASE
    iso = _Rule(re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"), _iso)
    if language == "en":
        return [
            iso,
            _Rule(
                re.compile(
                    r"\bthe\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+of\s+"
                    r"(?:this|the\s+(?:current|present))\s+month\b",
                    flags,
                ),
                _day_of_this_month,
            ),
            _Rule(re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b"), _numeric),
            _Rule(
                re.compile(
                    # Not after a day's number: "on 23 September 28 bodies were found" is
                    # the 23rd, and 28 counts the bodies.
                    rf"\b(?:(?:{wd}),?\s+)?(?:(?P<mod>next|this|coming)\s+)?(?<!\d\s)(?P<mon>{mon})\.?\s+"
                    rf"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|[:.]\d))"
                    rf"(?:,?\s+(?P<y>\d{{4}})\b)?",
                    flags,
                ),
                _day_month,
            ),
            _Rule(
                re.compile(
                    rf"\b(?:(?:{wd}),?\s+)?(?:the\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                    rf"\s+(?:of\s+)?(?P<mon>{mon})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
                    flags,
                ),
                _day_month,
            ),
            _Rule(
                re.compile(rf"\b(?P<mon>{mon})\.?(?:\s+of)?,?\s+(?P<y>(?:19|20)\d{{2}})\b", flags),
                _month_year,
            ),
            _Rule(
                re.compile(
                    r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night"
                    r"|this\s+(?:morning|afternoon|evening)|tomorrow)\b",
                    flags,
                ),
                _relative_word,
            ),
            _Rule(re.compile(rf"\b(?P<n>{n})\s+(?P<u>{unit})\s+ago\b", flags), _ago),
            _Rule(
                re.compile(
                    r"\b(?:(?:nearly|almost|about|some|around|more\s+than|over|just\s+over|barely)\s+)?"
                    rf"(?P<n>{n})\s+(?P<u>{unit})\s+(?:after|since|(?:have|has)\s+(?:passed|gone\s+by)"
                    r"\s+since)\b",
                    flags,
                ),
                _ago,
            ),
            _Rule(
                re.compile(r"\b(?P<mod>last|this|next)\s+(?P<u>week|month|year)\b", flags),
                _last_unit,
            ),
            _Rule(
                re.compile(
                    rf"\b(?:(?P<mod>next|this|coming)\s+)?(?P<mon>{full_mon}|Sept)\b", flags
                ),
                _month_alone,
            ),
            _Rule(
                re.compile(rf"\b(?:(?P<mod>last|next|this|past)\s+)?(?P<w>{wd})\b", flags), _weekday
            ),
            _Rule(
                re.compile(
                    r"\b(?:(?:in|since|during|until|by|from|through|throughout|early|late|mid|before"
                    # "the 2019 ambush", "Mexico's 2019 carnival": the act named by its year.
                    r"|after)[\s-]+|(?:the|a|[A-Z][\w.]*'s)\s+(?=\d{4}\s+[a-z]))"
                    r"(?P<y>(?:19|20)\d{2})\b(?![.,]\d)",
                    flags,
                ),
                _year_alone,
                "y",
            ),
        ]
    return [
        iso,
        _Rule(
            re.compile(
                r"\b(?:(?:el|del|al)\s+)?(?:pasado\s+)?(?P<d>[12]\d|3[01]|0?[1-9])\s+"
                r"(?:de|del)\s+(?:este|presente|actual|(?:este|el)\s+mismo)\s+(?:mismo\s+)?mes\b",
                flags,
            ),
            _day_of_this_month,
        ),
        _Rule(
            re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b"), _numeric
        ),
        _Rule(
            re.compile(
                rf"\b(?:(?P<mod1>pasado|próximo|proximo)\s+)?(?:(?:{wd})\s+)?"
                rf"(?P<d>[12]\d|3[01]|0?[1-9]|primero|1[oº°])\s+de\s+(?P<mon>{mon})\b"
                rf"(?:\s+(?:de|del)\s+(?:año\s+)?(?P<y>\d{{4}})\b)?"
                rf"(?:\s+(?P<mod2>pasado|próximo|proximo))?",
                flags,
            ),
            _day_month,
        ),
        _Rule(
            re.compile(rf"\b(?P<mon>{mon})\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}})\b", flags),
            _month_year,
        ),
        _Rule(
            re.compile(
                # "hoy sábado" filed the next day: the weekday (a rule below) says which day.
                r"\b(?P<rel>anteayer|antier|antes\s+de\s+ayer|ayer|anoche"
                r"|hoy(?!\s+en\s+d[ií]a)(?!,?\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b)"
                r"|esta\s+(?:mañana|madrugada|noche|tarde))\b",
                flags,
            ),
            _relative_word,
        ),
        _Rule(
            re.compile(
                r"\bhace\s+(?:(?:casi|unos|unas|más\s+de|alrededor\s+de|apenas|poco\s+más\s+de)\s+)?"
                rf"(?P<n>{n})\s+(?P<u>{unit})\b",
                flags,
            ),
            _ago,
        ),
        _Rule(
            re.compile(
                r"\b(?:(?:han|ha)\s+(?:pasado|transcurrido)\s+|a\s+)"
                rf"(?:(?:casi|más\s+de|poco\s+más\s+de|apenas)\s+)?(?P<n>{n})\s+(?P<u>{unit})\s+"
                r"(?:desde|de|del)\b",
                flags,
            ),
            _ago,
        ),
        _Rule(
            re.compile(
                rf"\b(?:(?:casi|más\s+de)\s+)?(?P<n>{n})\s+(?P<u>{unit})\s+"
                r"(?:después\s+del?|tras)\b",
                flags,
            ),
            _ago,
        ),
        _Rule(
            re.compile(
                r"\b(?:(?:la|el)\s+)?(?:(?P<mod1>pasad[oa]|próxim[oa]|proxim[oa])\s+(?P<u1>semana|mes|año)"
                r"|(?P<u2>semana|mes|año)\s+(?P<mod2>pasad[oa]|próxim[oa]|proxim[oa]|entrante)"
                r"|(?P<mod3>est[ea])\s+(?P<u3>semana|mes|año))\b",
                flags,
            ),
            _last_unit,
        ),
        _Rule(
            re.compile(
                rf"\b(?:(?P<mod1>pasado|próximo|proximo)\s+(?:mes\s+de\s+)?)?(?P<mon>{mon})\b"
                rf"(?:\s+(?P<mod2>pasado|próximo|proximo))?",
                flags,
            ),
            _month_alone,
        ),
        _Rule(
            re.compile(
                rf"\b(?:el|este|del|al|hoy,?)\s+(?:(?P<mod1>pasado|próximo|proximo)\s+)?(?P<w>{wd})\b"
                r"(?:\s+(?P<mod2>pasado|próximo|proximo|anterior))?",
                flags,
            ),
            _weekday,
        ),
        _Rule(
            re.compile(
                r"\b(?:en|desde|durante|hasta|para|(?:a\s+)?(?:finales|principios|mediados|fines)\s+de"
                r"|(?:el|del)\s+año"
                # "la emboscada del 2019": the act named by its year ("mayo de 2019" is
                # a month, read first).
                r"|(?<=[a-záéíóúñ] )(?:de|del))\s+(?P<y>(?:19|20)\d{2})\b(?![.,]\d)",
                flags,
            ),
            _year_alone,
            "y",
        ),
    ]


_RULES: dict[str, list[_Rule]] = {lang: _rules(lang) for lang in ("en", "es")}
# Where each rule may match a text, read off it in one cheap pass (hito.nlp.gate).
_GATES = {lang: Gate(rule.pattern for rule in rules) for lang, rules in _RULES.items()}
_CLUE = {
    "en": re.compile(
        rf"\d|\b(?:{alternation(MONTHS['en'])}|{alternation(WEEKDAYS['en'])}|ago|yesterday|today"
        r"|tonight|tomorrow|last|this|next|since|after)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        rf"\d|\b(?:{alternation(MONTHS['es'])}|{alternation(WEEKDAYS['es'])}|hace|ayer|anteayer"
        r"|antier|anoche|hoy|esta|este|pasad[oa]|próxim[oa]|proxim[oa]|entrante|han|ha|tras"
        r"|después)\b",
        re.IGNORECASE,
    ),
}


# A date told from another ("two days ago", "yesterday", "ayer"): one the text writes out
# ranks before it at the same precision.
RELATIVE_DATE = re.compile(
    r"\b(?:ago|after|since|before|last|yesterday|today|tonight|hace|pasad[oa]|ayer|hoy|anteayer"
    r"|despu[eé]s)\b",
    re.IGNORECASE,
)


def best_date(dates: Iterable[DateMention]) -> DateMention | None:
    """The date that dates an act best: the most precise, a written-out one before a
    relative one."""
    return min(
        dates,
        key=lambda d: (PRECISION_RANK.get(d.precision, 4), bool(RELATIVE_DATE.search(d.text))),
        default=None,
    )


_ALL_MONTHS = alternation({**MONTHS["en"], **MONTHS["es"]})
# "Avenida 5 de Mayo", "colonia 20 de Noviembre", "calle 16 de Septiembre", "1 May Avenue".
_STREET_DATE = re.compile(
    r"\b(?:avenida|av|calle|colonia|col|boulevard|bulevar|blvd|calzada|paseo|plaza|barrio"
    rf"|fraccionamiento|avenue|street)\.?\s+\d{{1,2}}\s+(?:de\s+)?(?:{_ALL_MONTHS})\b"
    rf"|\b\d{{1,2}}\s+(?:of\s+)?(?:{_ALL_MONTHS})\s+(?:avenue|street|boulevard|square)\b",
    re.IGNORECASE,
)
# A group named after a day ("the 3 May Movement", "Frente 12 de Octubre") names the day it
# remembers, not the day of the act. In Spanish the group word comes first, maybe with one
# capitalised word of the name between; in English it follows, maybe after the group's
# initials in brackets or a word that says what kind of group it is.
_GROUP_WORDS_ES = r"movimiento|frente|comando|brigada|batall[oó]n|columna"
_GROUP_WORDS_EN = r"movement|front|command|commando|brigade|battalion|column"
_DAY_AND_MONTH = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_ALL_MONTHS})|(?:{_ALL_MONTHS})\s+\d{{1,2}}"
)
_GROUP_DATE = re.compile(
    rf"(?i:\b(?:{_GROUP_WORDS_ES}))(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñA-ZÁÉÍÓÚÑ]+)?\s+\d{{1,2}}\s+"
    rf"(?i:de\s+(?:{_ALL_MONTHS})\b)"
    rf"|(?i:\b(?:{_DAY_AND_MONTH})(?:\s*[\[(][^\])\n]{{1,20}}[\])])?"
    rf"\s+(?:(?:guerrilla|rebel|revolutionary|armed)\s+)?(?:{_GROUP_WORDS_EN})\b(?!-))"
)


def parse_dates(text: str, language: str, published: dt.date | None) -> list[DateMention]:
    """Dates the text fixes, with their precision and their span in `text`.

    Relative and year-less expressions need `published`; without it they give nothing.
    """
    if language not in _RULES or not _CLUE[language].search(text):
        return []
    # Spans taken so far: disjoint, kept sorted, so an overlap test is one bisection. A
    # street, neighbourhood or group named after a date is taken from the start: it dates
    # nothing.
    named_after_dates = sorted(
        m.span() for pattern in (_STREET_DATE, _GROUP_DATE) for m in pattern.finditer(text)
    )
    starts: list[int] = [a for a, _ in named_after_dates]
    ends: list[int] = [b for _, b in named_after_dates]
    found: list[DateMention] = []
    gate = _GATES[language]
    openings_at = gate.starts(text)
    for i, rule in enumerate(_RULES[language]):
        for m in gate.finditer(i, rule.pattern, text, openings_at):
            start, end = m.span(rule.span_group)
            before = bisect_left(starts, end)  # the spans that start before this one ends
            if before and ends[before - 1] > start:
                continue
            try:
                resolved = rule.handle(m, language, published)
            except (ValueError, OverflowError):
                # Arithmetic past year 1 or 9999 ("two years ago" published in year 1).
                continue
            if resolved is None:
                continue
            at = bisect_left(starts, start)
            starts.insert(at, start)
            ends.insert(at, end)
            found.append(DateMention(resolved[0], resolved[1], start, end, text[start:end]))
    found.sort(key=lambda d: d.start)
    return _filed_next_day(found, published)


_TODAY = re.compile(r"(?:hoy|esta\s+(?:mañana|madrugada|noche|tarde))", re.IGNORECASE)
_THIS_WEEKDAY = re.compile(
    r"(?:este|hoy,?)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"(?:ayer|anoche)", re.IGNORECASE)


def _filed_next_day(found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """A story that calls the day before its publication date "este lunes" was written that
    day for the next morning's paper: its "hoy" and "esta mañana" are that day too."""
    if published is None or published == dt.date.min:
        return found
    before = published - dt.timedelta(days=1)
    weekdays = {d.date for d in found if _THIS_WEEKDAY.fullmatch(d.text)}
    if before not in weekdays or published in weekdays:
        return found
    if any(_YESTERDAY.fullmatch(d.text) for d in found):
        return found  # "ayer" beside "este lunes": written on the publication day
    return [
        DateMention(before, d.precision, d.start, d.end, d.text) if _TODAY.fullmatch(d.text) else d
        for d in found
    ]
