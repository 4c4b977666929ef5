"""Foreigners are migrants only where the text tells no other reason they are in the country:
tourists, workers, residents or businessmen from abroad are no migrants, and an act on them
has no migration context. Invented texts, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records

DAY = dt.date(2025, 5, 20)


def _migration_read(text: str, language: str) -> list[bool]:
    return [
        "migration" in r.contexts or any(t.sector == "REF" for t in r.targets + r.actors)
        for r in pipeline_records(text, language, DAY)
        if r.event_type in ("ASSAULT", "COERCE")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asaltaron el lunes a un grupo de turistas extranjeros en "
            "Comitán, Chiapas.",
            "es",
        ),
        (
            "Hombres armados secuestraron el lunes a dos trabajadores extranjeros de una mina "
            "en Comitán, Chiapas.",
            "es",
        ),
        (
            "Sicarios asesinaron el lunes a dos extranjeros que residían desde hace años en "
            "Comitán, Chiapas.",
            "es",
        ),
        (
            "Gunmen robbed a group of foreign tourists in Comitán, Chiapas, on Monday.",
            "en",
        ),
        (
            "Gunmen kidnapped two foreign workers from a mine in Comitán, Chiapas, on Monday.",
            "en",
        ),
    ],
)
def test_foreigners_from_abroad_for_a_reason_are_no_migrants(text: str, language: str) -> None:
    read = _migration_read(text, language)
    assert read
    assert not any(read)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agentes del Instituto Nacional de Migración detuvieron el lunes a 40 extranjeros "
            "en Comitán, Chiapas.",
            "es",
        ),
        (
            "Immigration agents detained 40 undocumented foreigners in Comitán, Chiapas, on "
            "Monday.",
            "en",
        ),
    ],
)
def test_foreigners_detained_by_migration_agents_stay_migrants(text: str, language: str) -> None:
    assert any(_migration_read(text, language))
