"""An act told only in the pluperfect ("had been arrested", "habían sido detenidos") is done
before the day the sentence dates, unless that day follows it straight away: "had been
arrested last Monday" dates the arrest. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2011, 5, 7)  # a Saturday
LAST_MONDAY = dt.date(2011, 5, 2)


def _dates(text: str, language: str, event_type: str) -> list[dt.date | None]:
    return [r.date for r in process_text(text, language, DAY)[1] if r.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The three suspects had been arrested last Monday in Tapachula, charged with "
            "extortion, according to the state prosecutor.",
            "en",
        ),
        (
            "Los tres sospechosos habían sido detenidos el pasado lunes en Tapachula, acusados "
            "de extorsión, según la fiscalía estatal.",
            "es",
        ),
    ],
)
def test_a_pluperfect_act_keeps_the_day_told_right_after_it(text: str, language: str) -> None:
    assert _dates(text, language, "COERCE") == [LAST_MONDAY]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers freed on Monday four traders who had been kidnapped in Tapachula.",
            "en",
        ),
        (
            "Soldados liberaron el lunes a cuatro comerciantes que habían sido secuestrados "
            "en Tapachula.",
            "es",
        ),
    ],
)
def test_a_day_told_before_a_pluperfect_act_is_not_its_day(text: str, language: str) -> None:
    assert LAST_MONDAY not in [
        r.date for r in process_text(text, language, DAY)[1] if r.mode == "abduct"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In March 2009, soldiers freed four traders in Tapachula who had been abducted by "
            "gunmen weeks earlier.",
            "en",
        ),
        (
            "En marzo de 2009, soldados liberaron en Tapachula a cuatro comerciantes que "
            "habían sido secuestrados por una banda durante semanas.",
            "es",
        ),
    ],
)
def test_a_month_that_opens_the_sentence_frames_a_pluperfect_act_too(
    text: str, language: str
) -> None:
    records = [r for r in process_text(text, language, DAY)[1] if r.mode == "abduct"]
    assert [(r.date, r.date_precision) for r in records] == [(dt.date(2009, 3, 1), "month")]
