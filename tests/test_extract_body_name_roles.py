"""A role word inside the name of an office ("the Special Prosecutor for Crimes against
Journalists", "la Fiscalía de Delitos contra Migrantes") names the office's remit, not
people who take part in the act: the office's arrest has no journalists or migrants as its
targets. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.extract.actors import find_actors
from hito.models import EventRecord


def records(text: str, language: str, event_type: str) -> list[EventRecord]:
    return pipeline_records_of(event_type, text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Special Prosecutor for Crimes against Journalists arrested two men in "
            "Huixtla, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "La Fiscalía de Delitos contra Periodistas detuvo el martes a dos hombres en "
            "Huixtla, Chiapas.",
            "es",
        ),
        (
            "Dos hombres fueron detenidos el martes en Huixtla, Chiapas, por agentes de la "
            "Fiscalía Especializada en Delitos contra Migrantes.",
            "es",
        ),
        (
            "Two men were arrested in Huixtla, Chiapas, on Tuesday by agents of the "
            "Prosecutor's Office for Crimes against Migrants.",
            "en",
        ),
    ],
)
def test_role_in_an_office_name_is_no_target(text: str, language: str) -> None:
    found = records(text, language, "COERCE")
    assert found, "the arrest is a coercion"
    assert {(t.sector, t.country) for t in found[0].targets} == {("CRM", "MX")}


@pytest.mark.parametrize(
    ("text", "language", "sector"),
    [
        ("Unknown men shot two journalists in Huixtla on Tuesday.", "en", "JRN"),
        ("Desconocidos balearon a dos periodistas en Huixtla el martes.", "es", "JRN"),
        ("Police detained forty Migrants near the Office in Huixtla.", "en", "REF"),
    ],
)
def test_role_outside_a_name_is_kept(text: str, language: str, sector: str) -> None:
    assert sector in {a.actor.sector for a in find_actors(text, language)}


def test_office_name_role_is_no_mention() -> None:
    text = "Agentes de la Unidad de Atención a Migrantes rescataron a tres niños."
    assert "REF" not in {a.actor.sector for a in find_actors(text, "es")}
