"""Properties of the date and number parsers, checked on generated input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from hito.nlp import parse_dates, parse_number_word, parse_numbers
from hito.nlp.date_words import MONTHS

LANGUAGES = st.sampled_from(["en", "es"])
# Every date Python has, so the calendar arithmetic meets year 1 and year 9999.
ANY_DAY = st.dates(min_value=dt.date.min, max_value=dt.date.max)
NEWS_DAY = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
# Text made of the words the parsers react to, so examples reach the rules, not just the
# "no clue" shortcut; mixed with arbitrary characters.
_CLUE_WORDS = [
    "yesterday", "today", "tomorrow", "last", "next", "this", "week", "month", "year", "ago",
    "since", "after", "Monday", "Sunday", "May", "March", "December", "in", "the", "of",
    "ayer", "hoy", "anteayer", "hace", "días", "semanas", "meses", "años", "pasado",
    "próximo", "lunes", "domingo", "de", "mayo", "diciembre", "el", "la", "han", "pasado",
    "desde", "two", "dos", "tres", "hundred", "mil", "millones", "million", "no", "sin",
    "ningún", "nadie", "and", "y", "a", "un", "1,200", "1.200", "31", "2025", "0000", "9999",
    "29", "02", "-", "/", ".", ",", "%", "º",
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.one_of(st.sampled_from(_CLUE_WORDS), st.integers(0, 10**30).map(str)), max_size=25
    ).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(TEXT, LANGUAGES, st.one_of(st.none(), ANY_DAY))
@example("It happened yesterday.", "en", dt.date.min)
@example("next Monday", "en", dt.date.max)
@example("two years ago", "en", dt.date(1, 3, 1))
@example("in December", "en", dt.date(1, 3, 1))
@example("hace 3 años", "es", dt.date(1, 1, 5))
def test_parse_dates_never_raises_and_spans_match(
    text: str, language: str, published: dt.date | None
) -> None:
    for d in parse_dates(text, language, published):
        assert text[d.start : d.end] == d.text
        assert d.precision in ("day", "week", "month", "year")


_PAST_EN = [
    "yesterday", "the day before yesterday", "last night", "last week", "last month",
    "last year", "on Monday", "last Friday", "on Sunday", "{n} days ago", "{n} weeks ago",
    "{n} months ago", "{n} years ago", "{n} months after the attack", "on March 3",
    "on 3 December", "in December", "in May",
]  # fmt: skip
_PAST_ES = [
    "ayer", "anteayer", "anoche", "la semana pasada", "el mes pasado", "el año pasado",
    "el lunes", "el pasado viernes", "el domingo", "hace {n} días", "hace {n} semanas",
    "hace {n} meses", "hace {n} años", "el 3 de marzo", "el 31 de diciembre", "en diciembre",
]  # fmt: skip


_DAY_AND_MONTH = frozenset({"on March 3", "on 3 December", "el 3 de marzo", "el 31 de diciembre"})


@settings(max_examples=300, deadline=None)
@given(
    NEWS_DAY,
    st.one_of(
        st.tuples(st.just("en"), st.sampled_from(_PAST_EN)),
        st.tuples(st.just("es"), st.sampled_from(_PAST_ES)),
    ),
    st.integers(min_value=1, max_value=30),
)
@example(dt.date(2000, 3, 2), ("en", "on March 3"), 1)
def test_relative_past_is_never_after_publication(
    published: dt.date, case: tuple[str, str], n: int
) -> None:
    language, phrase = case
    found = parse_dates(f"It happened {phrase.format(n=n)}.", language, published)
    assert found, phrase
    # A day and month may be the day after publication: a wire's GMT stamp or a time zone
    # ahead of the dateline runs one day past it (hito.nlp.date_resolve.day_month).
    latest = published + dt.timedelta(days=1) if phrase in _DAY_AND_MONTH else published
    assert all(d.date <= latest for d in found)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)), LANGUAGES, NEWS_DAY
)
def test_absolute_dates_round_trip(day: dt.date, language: str, published: dt.date) -> None:
    en_month = max((k for k, v in MONTHS["en"].items() if v == day.month), key=len)
    es_month = max((k for k, v in MONTHS["es"].items() if v == day.month), key=len)
    written = {
        "en": [day.isoformat(), f"{en_month.capitalize()} {day.day}, {day.year}"],
        "es": [day.isoformat(), f"{day.day} de {es_month} de {day.year}"],
    }[language]
    for text in written:
        found = parse_dates(
            f"Ocurrió el {text}." if language == "es" else f"On {text}.", language, published
        )
        assert [(d.date, d.precision) for d in found] == [(day, "day")], text


@settings(max_examples=400, deadline=None)
@given(TEXT, LANGUAGES)
@example("They seized " + "9" * 400 + " rifles", "en")
@example("Incautaron " + "9" * 400 + " fusiles", "es")
def test_parse_numbers_never_raises_and_values_are_finite(text: str, language: str) -> None:
    for m in parse_numbers(text, language):
        assert math.isfinite(m.value) and m.value >= 0
        assert text[m.start : m.end] == m.text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), LANGUAGES)
def test_plain_digits_round_trip_in_a_sentence(n: int, language: str) -> None:
    sentence = {"en": "Police arrested {} men.", "es": "La policía detuvo a {} hombres."}
    found = parse_numbers(sentence[language].format(n), language)
    assert [m.value for m in found] == [n]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from([" ", "\u00a0"]))
def test_english_grouped_digits_round_trip(n: int, space: str) -> None:
    # "1,234,567" and "1,234,567.5" as written in English copy.
    assert parse_number_word(f"{n:,}", "en") == n
    assert parse_number_word(f"{n:,}.5", "en") == n + 0.5
    assert [m.value for m in parse_numbers(f"about{space}{n:,}{space}people", "en")] == [n]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from([".", ","]))
def test_spanish_grouped_digits_round_trip(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number_word(grouped, "es") == n
    assert [m.value for m in parse_numbers(f"más de {grouped} personas", "es")] == [n]


@settings(max_examples=300, deadline=None)
@given(TEXT, LANGUAGES, NEWS_DAY)
@example("It happened on 31/12/9999.", "en", dt.date(2025, 7, 31))
@example("It happened on 9999-12-31 or 0000-01-01.", "en", dt.date(2025, 7, 31))
@example("Ocurrió el 31 de diciembre de 9999.", "es", dt.date(2025, 7, 31))
def test_dates_found_in_news_are_in_years_1000_to_2999(
    text: str, language: str, published: dt.date
) -> None:
    # Year 9999 in a text is a placeholder, not an event date, and calendar arithmetic on
    # it downstream (fusion's date windows) runs off the end of the calendar.
    for d in parse_dates(text, language, published):
        assert 1000 <= d.date.year <= 2999, d
