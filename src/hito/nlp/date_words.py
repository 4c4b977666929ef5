"""Month, weekday, relative-day and small-count words in English and Spanish, as regex
alternations."""

from __future__ import annotations

from hito.nlp.number_words import LEXICONS

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
}  # fmt: skip

WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    },
    "es": {
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
}  # fmt: skip

# Small counts of days, weeks or months ("two weeks ago", "hace tres días"): an article, or a
# unit word up to twelve from the number-word table.
COUNTS: dict[str, dict[str, int]] = {
    language: {
        **{w: 1 for w, x in lexicon.items() if x.kind == "article"},
        **{w: int(x.value) for w, x in lexicon.items() if x.kind == "unit" and 1 <= x.value <= 12},
    }
    for language, lexicon in LEXICONS.items()
}

UNITS: dict[str, dict[str, str]] = {
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year"},
    "es": {"día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week",
           "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year"},
}  # fmt: skip


# Days back from the day of publication: "yesterday" 1, "hoy" 0, "tomorrow" -1.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": 1, "last night": 1, "the day before yesterday": 2, "tomorrow": -1,
    "hoy": 0, "esta mañana": 0, "esta madrugada": 0, "esta noche": 0, "esta tarde": 0,
    "ayer": 1, "anoche": 1, "anteayer": 2, "antier": 2, "antes de ayer": 2,
}  # fmt: skip


def alternation(words: dict[str, int] | dict[str, str]) -> str:
    """A regex alternation of the words, longest first so "sept" wins over "sep"."""
    return "|".join(sorted(words, key=len, reverse=True))


def month_names(*languages: str) -> str:
    """A regex alternation of the months written out in the languages, without their short
    forms ("sept", "jan"): a short form is a name another name of its month starts with."""
    names: dict[str, int] = {}
    for language in languages:
        table = MONTHS[language]
        names |= {
            w: n for w, n in table.items() if not any(o != w and o.startswith(w) for o in table)
        }
    return alternation(names)


def count_value(word: str, language: str) -> int | None:
    if word.isdigit():
        return int(word)
    return COUNTS[language].get(word.lower())
