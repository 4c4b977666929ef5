"""A month of its own, before the report was written, tells an earlier incident than the
undated one the report is about; a street named after a place is not that place.

Every report here is invented for the test, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records, pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers freed 12 kidnapped migrants from a house in Tapachula, Chiapas. "
            "The army freed another nine kidnapped migrants in Tapachula in February.",
            "en",
        ),
        (
            "Militares liberaron a 12 migrantes secuestrados en una casa de Tapachula, Chiapas. "
            "En febrero, el Ejército liberó a otros nueve migrantes secuestrados en Tapachula.",
            "es",
        ),
    ],
)
def test_a_recalled_month_is_another_incident(text: str, language: str) -> None:
    records = pipeline_records(text, language, published=dt.date(2024, 5, 20))
    assaults = [r for r in records if r.event_type == "ASSAULT"]
    assert len(assaults) == 2
    assert {r.date for r in assaults} == {None, dt.date(2024, 2, 1)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police freed two hostages from a house in Tijuana, Baja California. "
            "The house stands at the corner of Hidalgo Street and Avenue Morelos.",
            "en",
        ),
        (
            "Tijuana, B.C. Policías liberaron a dos secuestrados de una casa ubicada en el "
            "cruce de Miguel Hidalgo y Topacio, de esta ciudad.",
            "es",
        ),
    ],
)
def test_a_street_is_not_the_place(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language)
    assert records
    assert {r.admin1 for r in records} == {"Baja California"}
