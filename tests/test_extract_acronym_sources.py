"""A body named with its acronym in brackets after its name ("la fiscalía federal (FGR)",
"the federal prosecutors (FGR)") is one party named twice: the acronym takes the side
of the name, so an office that only tells of a seizure stays no party. Sentences written
for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers seized nine rifles and arrested three men at a checkpoint outside "
            "Palenque, Chiapas, on Sunday, according to the federal prosecutors (FGR).",
            "en",
        ),
        (
            "Soldados del Ejército aseguraron nueve rifles y detuvieron a tres hombres en un "
            "retén a las afueras de Palenque, Chiapas, el domingo, informó la Procuraduría "
            "federal (PGR).",
            "es",
        ),
    ],
)
def test_an_office_credited_with_its_acronym_is_no_party(text: str, language: str) -> None:
    record = pipeline_records_of("COERCE", text, language, dt.date(2025, 3, 12))[0]
    assert [a.sector for a in record.actors] == ["MIL"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agents of Mexico's federal prosecutors (FGR) seized nine rifles in Palenque, "
            "Chiapas, on Sunday.",
            "en",
        ),
        (
            "Agentes de la Procuraduría federal (PGR) aseguraron nueve rifles en Palenque, "
            "Chiapas, el domingo.",
            "es",
        ),
    ],
)
def test_an_office_that_acts_with_its_acronym_stays_the_actor(text: str, language: str) -> None:
    record = pipeline_records_of("COERCE", text, language, dt.date(2025, 3, 12))[0]
    assert "JUD" in [a.sector for a in record.actors]
