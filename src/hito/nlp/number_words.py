"""Number-word lexicons for English and Spanish, and the arithmetic that combines them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Kind = Literal["unit", "tens", "hundred", "hundreds", "scale", "dozen", "article", "digits"]


@dataclass(frozen=True)
class Word:
    value: float
    kind: Kind


def _table(entries: dict[str, tuple[float, Kind]]) -> dict[str, Word]:
    return {k: Word(v, kind) for k, (v, kind) in entries.items()}


# Public so the synthetic report writer spells counts with the same words the parser reads.
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

EN: dict[str, Word] = _table(
    {
        **{w: (float(i), "unit") for i, w in enumerate(EN_UNITS)},
        **{w: (float(20 + 10 * i), "tens") for i, w in enumerate(_EN_TENS)},
        "hundred": (100.0, "hundred"),
        "thousand": (1e3, "scale"),
        "million": (1e6, "scale"),
        "billion": (1e9, "scale"),
        "dozen": (12.0, "dozen"),
        "dozens": (12.0, "dozen"),  # a count only after a number ("two dozens")
        "a": (1.0, "article"),
        "an": (1.0, "article"),
    }
)

ES_UNITS = {
    "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veintiuno": 21, "veintiuna": 21, "veintiún": 21, "veintiun": 21,
    "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_ES_TENS = {
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip
_ES_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
    "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
    "novecientos": 900,
}  # fmt: skip

ES: dict[str, Word] = _table(
    {
        **{w: (float(v), "unit") for w, v in ES_UNITS.items()},
        **{w: (float(v), "tens") for w, v in _ES_TENS.items()},
        **{w: (float(v), "hundreds") for w, v in _ES_HUNDREDS.items()},
        # Feminine hundreds agree with the noun ("doscientas personas").
        **{w[:-2] + "as": (float(v), "hundreds") for w, v in _ES_HUNDREDS.items() if v > 100},
        "mil": (1e3, "scale"),
        "millón": (1e6, "scale"),
        "millon": (1e6, "scale"),
        "millones": (1e6, "scale"),
        "docena": (12.0, "dozen"),
        "docenas": (12.0, "dozen"),  # plurals count only after a number ("cuatro docenas")
        "centenar": (100.0, "dozen"),
        "centenares": (100.0, "dozen"),
        # "un"/"una" are articles unless a number follows ("un millón", "treinta y un").
        "un": (1.0, "article"),
        "una": (1.0, "article"),
    }
)

LEXICONS: dict[str, dict[str, Word]] = {"en": EN, "es": ES}


def unit_words(language: str, first: int, last: int) -> list[str]:
    """The language's unit words from first to last, in counting order: the small counts a
    pattern or a word list admits, named by their range instead of written out."""
    return [
        w for w, x in LEXICONS[language].items() if x.kind == "unit" and first <= x.value <= last
    ]


def counting_words(language: str, first: int, last: int) -> str:
    """`unit_words` as a regex alternation ("two|three|four")."""
    return "|".join(unit_words(language, first, last))


# Connectors that may join two number words, and the kind the left word must have.
CONNECTORS: dict[str, dict[str, tuple[Kind, ...]]] = {
    "en": {"and": ("hundred", "scale")},
    "es": {"y": ("tens",)},
}
# Plural scale words only count after a number ("dos millones"); alone they are vague.
PLURAL_SCALES = frozenset({"millones"})
_MULTIPLIERS = ("hundred", "scale", "dozen")


def combine(words: Sequence[tuple[str, Word]]) -> float | None:
    """Value of a sequence of number words, or None if they do not form one number."""
    total = 0.0
    current = 0.0
    largest_scale = 0.0
    prev: Kind | None = None
    saw_number = False
    for i, (text, word) in enumerate(words):
        kind, value = word.kind, word.value
        last = i == len(words) - 1
        if kind == "article":
            # An article is a 1 only before a multiplier, or as the unit of "treinta y un".
            follows_number = prev in ("tens", "hundreds")
            if follows_number or (not last and words[i + 1][1].kind in _MULTIPLIERS):
                current += value
                saw_number = True
            else:
                return None
        elif kind == "digits":
            # Digits start a number, or fill in below a scale word: "77 mil 960",
            # "2 millones 300 mil".
            if i != 0 and not (
                prev == "scale"
                and words[0][1].kind == "digits"
                and value < largest_scale
                and value < 1000
            ):
                return None
            current = value
            saw_number = True
        elif kind == "unit":
            if prev in ("unit", "digits", "article", "dozen") or (prev == "tens" and value >= 10):
                return None
            current += value
            saw_number = True
        elif kind == "tens":
            if prev in ("unit", "tens", "digits", "article", "dozen"):
                return None
            current += value
            saw_number = True
        elif kind == "hundreds":
            if current % 1000 != 0 or prev in ("digits", "article", "dozen"):
                return None
            current += value
            saw_number = True
        elif kind == "hundred":
            if current == 0 or current >= 100 or prev == "hundred":
                return None
            current *= value
        elif kind == "dozen":
            multiplier = current if current else None
            if multiplier is None:
                return None
            current = multiplier * value
        else:  # scale
            if text in PLURAL_SCALES and not saw_number:
                return None
            if prev == "scale" and value <= largest_scale:
                return None
            if value > largest_scale:
                # "mil millones": everything so far multiplies the larger scale.
                total = ((total + current) or 1.0) * value
                largest_scale = value
            else:
                total += (current or 1.0) * value
            current = 0.0
            saw_number = True
        prev = kind
    return total + current if saw_number else None
