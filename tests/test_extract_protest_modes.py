"""Protest modes: a hunger strike is PLOVER's `hunger`, not a strike, in short reports written
for these tests (English and Spanish)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "Relatives of missing people began a hunger strike outside the prosecutor's office "
            "in Tapachula, Chiapas, on Monday.",
            "en",
            "hunger",
        ),
        (
            "Familiares de personas desaparecidas iniciaron el lunes una huelga de hambre frente "
            "a la fiscalía en Tapachula, Chiapas.",
            "es",
            "hunger",
        ),
        (
            "Transport workers began a general strike against fuel prices in Tapachula, Chiapas, "
            "on Monday.",
            "en",
            "strike",
        ),
        (
            "Los transportistas iniciaron el lunes una huelga contra el precio del combustible en "
            "Tapachula, Chiapas.",
            "es",
            "strike",
        ),
    ],
)
def test_a_hunger_strike_is_a_mode_of_its_own(text: str, language: str, mode: str) -> None:
    records = pipeline_records(text, language, dt.date(2025, 3, 12))
    protest = next(r for r in records if r.event_type == "PROTEST")
    assert protest.mode == mode
