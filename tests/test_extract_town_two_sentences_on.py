"""An act placed only at its state takes the town named two sentences on, past a sentence
that tells no other act; a decree over a whole area and an act recalled in passing do not.
Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records
from hito.models import EventRecord


def records(text: str, language: str) -> list[EventRecord]:
    return pipeline_records(text, language, dt.date(2025, 5, 20))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen kidnap 12 bus passengers in Tamaulipas\n\n"
            "Armed men abducted 12 passengers from a bus bound for Monterrey, which shows how "
            "unsafe the roads of Tamaulipas remain. "
            "The driver only told the police two days later. "
            "A few minutes after leaving the bus terminal in the city of Reynosa, the bus was "
            "stopped by several pickup trucks.",
            "en",
        ),
        (
            "Secuestran a 12 pasajeros de un autobús en Tamaulipas\n\n"
            "Hombres armados secuestraron a 12 pasajeros de un autobús de pasajeros, lo que "
            "muestra lo inseguras que siguen las carreteras de Tamaulipas. "
            "El chofer avisó a la policía dos días después. "
            "Pocos minutos después de salir de la central camionera en la ciudad de Reynosa, "
            "varias camionetas cerraron el paso al autobús.",
            "es",
        ),
    ],
)
def test_an_act_placed_at_its_state_takes_the_town_two_sentences_on(
    text: str, language: str
) -> None:
    (abduction,) = [r for r in records(text, language) if r.event_type == "ASSAULT"]
    assert (abduction.place, abduction.admin1) == ("Reynosa", "Tamaulipas")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday Guatemala's president declared a state of siege across Petén. "
            "The measure lets soldiers search homes without a warrant. "
            "Traders in the town of Flores closed their shops early.",
            "en",
        ),
        (
            "El gobierno de Guatemala declaró el estado de sitio en todo Petén el lunes. "
            "La medida permite a los soldados registrar casas sin orden judicial. "
            "Comerciantes en la ciudad de Flores cerraron temprano sus negocios.",
            "es",
        ),
    ],
)
def test_a_decree_over_a_department_keeps_the_department(text: str, language: str) -> None:
    decrees = [r for r in records(text, language) if r.mode == "martial-law"]
    assert [r.place for r in decrees] == ["Petén"]
