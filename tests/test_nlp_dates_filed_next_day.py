"""A story written the day before its paper is dated: it calls that day "este lunes", and its
"hoy" and "esta mañana" are that day too. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.nlp import parse_dates

TUESDAY = dt.date(2012, 2, 28)
MONDAY = dt.date(2012, 2, 27)


def _dates(text: str) -> list[tuple[str, dt.date]]:
    return [(d.text, d.date) for d in parse_dates(text, "es", TUESDAY)]


def test_today_words_follow_the_weekday_the_story_names_as_this_day() -> None:
    text = (
        "Dos policías murieron esta mañana en una emboscada. Más tarde, este lunes, "
        "otro grupo atacó una patrulla."
    )
    assert _dates(text) == [("esta mañana", MONDAY), ("este lunes", MONDAY)]


def test_a_story_of_the_publication_day_keeps_its_today() -> None:
    # "ayer" for Monday: the story was written on Tuesday.
    text = "Dos policías murieron esta mañana. Ayer, este lunes, otro grupo atacó una patrulla."
    assert ("esta mañana", TUESDAY) in _dates(text)
    alone = "Dos policías murieron hoy en una emboscada."
    assert _dates(alone) == [("hoy", TUESDAY)]
