"""One record told at several towns at once has no single town: towns in different states
leave it at the country (labelling conventions: arrests spread over several states have no
state), and a deployment to towns of one state is placed at the state. Reports written for
these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def records(text: str, language: str, event_type: str) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    return [r for r in process(report, language)[1] if r.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops were deployed on Monday in Tapachula, Comitán and Palenque.", "en"),
        (
            "Tuxtla Gutiérrez, Chis. Soldados fueron desplegados el lunes en Tapachula, Comitán y "
            "Palenque.",
            "es",
        ),
    ],
)
def test_a_deployment_to_several_towns_of_one_state_is_placed_at_the_state(
    text: str, language: str
) -> None:
    (found,) = records(text, language, "MOBILIZE")
    assert (found.admin1, found.geo_precision) == ("Chiapas", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Thursday gunmen staged three clashes with police in Tapachula and Comitán, "
            "leaving seven gunmen dead.",
            "en",
        ),
        (
            "El jueves, sicarios protagonizaron tres enfrentamientos con policías en Tapachula "
            "y Comitán, con saldo de siete muertos.",
            "es",
        ),
    ],
)
def test_clashes_at_towns_of_one_state_keep_the_first_town(text: str, language: str) -> None:
    (found,) = records(text, language, "ASSAULT")
    assert (found.place, found.geo_precision) == ("Tapachula", 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested eleven suspects on Monday in Tapachula, Chiapas, and Villahermosa, "
            "Tabasco.",
            "en",
        ),
        (
            "La policía detuvo el lunes a once sospechosos en Tapachula, Chiapas, y Villahermosa, "
            "Tabasco.",
            "es",
        ),
    ],
)
def test_arrests_in_towns_of_several_states_are_placed_at_the_country(
    text: str, language: str
) -> None:
    (found,) = records(text, language, "COERCE")
    assert (found.place, found.admin1, found.geo_precision, found.country) == (None, None, 4, "MX")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Troops were deployed on Monday in Tapachula, Chiapas, and Villahermosa, Tabasco.",
            "en",
        ),
        (
            "Soldados fueron desplegados el lunes en Tapachula, Chiapas, y Villahermosa, Tabasco.",
            "es",
        ),
    ],
)
def test_an_act_at_towns_of_several_states_is_placed_at_the_country(
    text: str, language: str
) -> None:
    (found,) = records(text, language, "MOBILIZE")
    assert (found.place, found.admin1, found.geo_precision, found.country) == (None, None, 4, "MX")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops were deployed on Monday in Tapachula.", "en"),
        ("Soldados fueron desplegados el lunes en Tapachula.", "es"),
    ],
)
def test_an_act_at_one_town_keeps_the_town(text: str, language: str) -> None:
    (found,) = records(text, language, "MOBILIZE")
    assert (found.place, found.geo_precision) == ("Tapachula", 1)
