"""Acts of the day wrongly left out as past: a date counted back inside a relative clause
about somewhere or someone else, a superlative against "the history of", an envoy "recalled
by" his government, a wire's GMT stamp one day past its dateline, and a count read as the
day after a month. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.nlp import classify_factuality, parse_dates

DAY = dt.date(2016, 3, 14)


def _assaults(text: str, language: str) -> list[tuple[str, dt.date | None]]:
    return [
        (r.factuality, r.date)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Yesterday gunmen shot dead a police officer outside the station in Tapachula, "
            "the area where a car bomb exploded five months ago.",
            "en",
        ),
        (
            "Ayer unos pistoleros asesinaron a un policía frente a la comandancia de "
            "Tapachula, el lugar donde hace cinco meses explotó un coche bomba.",
            "es",
        ),
    ],
)
def test_a_date_in_a_clause_about_the_place_does_not_date_the_act(text: str, language: str) -> None:
    assert _assaults(text, language) == [("asserted", DAY - dt.timedelta(days=1))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unprecedented in the country's history of violence, gunmen seized 20 people.",
            "asserted",
        ),
        ("The worst massacre in the history of the state took place in Comitán.", "asserted"),
        ("The cartel has a long history of attacks on police.", "historical"),
        (
            "The ambassador, recalled by his government, said gunmen stormed the embassy.",
            "reported",
        ),
        ("The ambassador recalled that gunmen stormed the embassy.", "historical"),
    ],
)
def test_history_and_recall_cues(sentence: str, expected: str) -> None:
    assert classify_factuality(sentence, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was shot at 1950 (0050 GMT 15 March).", "en"),
        ("Fue baleado a las 19:50 (00:50 GMT del 15 de marzo).", "es"),
    ],
)
def test_the_day_after_publication_is_this_year(text: str, language: str) -> None:
    assert [d.date for d in parse_dates(text, language, DAY)] == [dt.date(2016, 3, 15)]


def test_two_days_after_publication_is_last_year() -> None:
    assert [d.date for d in parse_dates("It happened on 16 March.", "en", DAY)] == [
        dt.date(2015, 3, 16)
    ]


def test_a_number_after_a_day_and_month_counts_not_dates() -> None:
    # "on 21 September 17 bodies": the 21st, not September 17 of last year.
    text = "Hikers reported that on 21 September 17 bodies were found near the town."
    assert [d.date for d in parse_dates(text, "en", dt.date(2016, 9, 25))] == [dt.date(2016, 9, 21)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A second bomb went off on 1 May Avenue near the market.", "en"),
        ("La segunda bomba estalló en la avenida 5 de Mayo, frente al mercado.", "es"),
        ("Vecinos de la colonia 20 de Noviembre oyeron los disparos.", "es"),
    ],
)
def test_a_street_named_after_a_date_dates_nothing(text: str, language: str) -> None:
    assert parse_dates(text, language, DAY) == []


def test_a_date_beside_a_street_named_after_one_still_counts() -> None:
    text = "Un hombre fue asesinado en la calle 16 de Septiembre el 5 de marzo."
    assert [d.date for d in parse_dates(text, "es", DAY)] == [dt.date(2016, 3, 5)]
