"""A relative clause that opens with its own date ("que desde el jueves tomaron ...", "who on
Thursday had taken ...") dates that clause's act, not the sentence's main one, which stays
undated when nothing else dates it. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2016, 3, 14)  # a Monday


def _dates(text: str, language: str, event_type: str) -> list[dt.date | None]:
    return [r.date for r in process_text(text, language, DAY)[1] if r.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Unos 300 soldados arribaron a Motozintla, Chiapas, para desarmar a los guardias "
            "comunitarios, que desde el jueves pasado recorren los caminos de la sierra.",
            "es",
        ),
        (
            "Some 300 soldiers arrived in Motozintla, Chiapas, to disarm the village guards, "
            "who since Thursday have patrolled the mountain roads.",
            "en",
        ),
    ],
)
def test_the_clause_date_does_not_date_the_deployment(text: str, language: str) -> None:
    assert _dates(text, language, "MOBILIZE") == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The date before a comma with no verb of its own dates the act that follows it.
        (
            "La fiscalía informó que el jueves, agentes estatales detuvieron a dos hombres en "
            "Tapachula, Chiapas.",
            "es",
        ),
        # The act told inside the clause keeps the clause's date.
        (
            "Police said that on Thursday officers arrested two men in Tapachula, Chiapas.",
            "en",
        ),
    ],
)
def test_a_date_that_leads_into_the_act_still_dates_it(text: str, language: str) -> None:
    assert _dates(text, language, "COERCE") == [dt.date(2016, 3, 10)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Militares detuvieron en Motozintla, Chiapas, a los guardias que habían tomado el "
            "jueves pasado la presidencia municipal.",
            "es",
        ),
        (
            "Soldiers detained in Motozintla, Chiapas, the guards who had taken on Thursday the "
            "town hall of the municipality.",
            "en",
        ),
    ],
)
def test_a_clause_after_the_act_dates_its_own_verb(text: str, language: str) -> None:
    assert _dates(text, language, "COERCE") == [None]


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        # The clause tells the act its noun names.
        (
            "Dos soldados murieron en una emboscada que desconocidos tendieron el jueves en "
            "Motozintla, Chiapas.",
            "es",
            "ASSAULT",
        ),
        # A date that ends the sentence is as often the main verb's.
        (
            "Police in Motozintla, Chiapas, arrested two men who were wanted for extortion on "
            "Thursday.",
            "en",
            "COERCE",
        ),
    ],
)
def test_the_acts_own_clause_and_a_closing_date_still_date_it(
    text: str, language: str, event_type: str
) -> None:
    assert _dates(text, language, event_type) == [dt.date(2016, 3, 10)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cinco mantas con amenazas contra hoteleros que hospedan migrantes aparecieron el "
            "jueves en Tenosique, Tabasco.",
            "es",
        ),
        (
            "Five banners threatening hotel owners who house migrants appeared on Thursday in "
            "Tenosique, Tabasco.",
            "en",
        ),
    ],
)
def test_a_short_clause_ended_before_the_main_verbs_date(text: str, language: str) -> None:
    assert _dates(text, language, "THREATEN") == [dt.date(2016, 3, 10)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor of Motozintla, Chiapas, who in late February was the target of an "
            "ambush, was shot dead.",
            "en",
        ),
        (
            "The mayor of Motozintla, Chiapas, who in mid-February survived an ambush, was "
            "shot dead.",
            "en",
        ),
        (
            "The mayor of Motozintla, Chiapas, who in early February escaped an ambush, was "
            "shot dead.",
            "en",
        ),
        (
            "El alcalde de Motozintla, Chiapas, quien a finales de febrero fue blanco de una "
            "emboscada, fue asesinado a balazos.",
            "es",
        ),
        (
            "El alcalde de Motozintla, Chiapas, quien a mediados de febrero sobrevivió a una "
            "emboscada, fue asesinado a balazos.",
            "es",
        ),
        (
            "El alcalde de Motozintla, Chiapas, que a principios de febrero escapó de una "
            "emboscada, fue asesinado a balazos.",
            "es",
        ),
    ],
)
def test_a_clause_opening_with_part_of_a_month_does_not_date_the_main_act(
    text: str, language: str
) -> None:
    # Early, mid or late in a month is the clause's date as the month alone is.
    assert _dates(text, language, "ASSAULT") == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor of Motozintla, Chiapas, who in late February was the target of an "
            "ambush, was shot dead on Thursday.",
            "en",
        ),
        (
            "El alcalde de Motozintla, Chiapas, quien a finales de febrero fue blanco de una "
            "emboscada, fue asesinado el jueves.",
            "es",
        ),
    ],
)
def test_the_main_acts_own_day_dates_it_beside_such_a_clause(text: str, language: str) -> None:
    assert _dates(text, language, "ASSAULT") == [dt.date(2016, 3, 10)]
