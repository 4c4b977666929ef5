""" "Another march" that a trigger pattern holds inside it is a new act. Reports written for
these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def protests(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("PROTEST", text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Teachers march in Tuxtla Gutiérrez\n\n"
            "Tuxtla Gutiérrez. Some 2,000 teachers marched through the centre of the city to "
            "demand their unpaid wages. "
            "Their leaders said they will hold another march next week.",
            "en",
        ),
        (
            "Marchan maestros en Tuxtla Gutiérrez\n\n"
            "Tuxtla Gutiérrez. Unos 2 mil maestros marcharon por el centro de la ciudad para "
            "exigir el pago de sus salarios. "
            "Sus dirigentes anunciaron que realizarán otra movilización el lunes próximo.",
            "es",
        ),
    ],
)
def test_another_mobilization_a_pattern_holds_is_a_new_one(text: str, language: str) -> None:
    records = protests(text, language)
    assert sorted(r.factuality for r in records) == ["asserted", "hypothetical"]
