"""Businesses and business people attacked, threatened or extorted are the act's targets
in the BUS sector (labelling conventions), not civilians. Reports written for these
tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def records(text: str, language: str, event_type: str) -> list[EventRecord]:
    return pipeline_records_of(event_type, text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron el martes a un empresario en su oficina de Tapachula, "
            "Chiapas.",
            "es",
        ),
        (
            "Gunmen shot dead a businessman in his office in Tapachula, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Un comando armado atacó el martes un casino en Monterrey, Nuevo León, y mató a "
            "doce personas.",
            "es",
        ),
        (
            "Gunmen set fire to a casino in Monterrey, Nuevo Leon, on Tuesday, killing twelve "
            "people.",
            "en",
        ),
    ],
)
def test_business_attacked_is_a_bus_target(text: str, language: str) -> None:
    found = records(text, language, "ASSAULT")
    assert found, "the attack is an assault"
    assert {(t.sector, t.country) for t in found[0].targets} == {("BUS", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hombres armados asesinaron el martes a tres campesinos en Comalapa, Chiapas.", "es"),
        ("Gunmen shot dead three farmers in Comalapa, Chiapas, on Tuesday.", "en"),
    ],
)
def test_people_without_a_business_stay_civilians(text: str, language: str) -> None:
    found = records(text, language, "ASSAULT")
    assert found
    assert {t.sector for t in found[0].targets} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Una embotelladora de refrescos anunció en un comunicado que había cerrado su planta "
            "de distribución en Iguala, Guerrero, la semana pasada tras recibir amenazas.",
            "es",
        ),
        (
            "A bottling company said in a statement on Tuesday that it had closed its "
            "distribution plant in Iguala, Guerrero, the previous week after receiving threats.",
            "en",
        ),
    ],
)
def test_business_that_received_threats_is_their_target(text: str, language: str) -> None:
    # The clause that tells who received the threats may open far before them: the party
    # it names still received them, it did not make them.
    found = records(text, language, "THREATEN")
    assert found, "the threats are a threat"
    assert {t.sector for t in found[0].targets} == {"BUS"}
    assert not found[0].actors
