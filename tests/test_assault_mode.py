"""An assault's mode says how it was done: a killing told with no means has no mode, an
assassination or an attack aimed at a named target is "targeted", a shooting "firearms"."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of


def assault_mode(text: str, language: str) -> str | None:
    (record,) = pipeline_records_of("ASSAULT", text, language, dt.date(2025, 5, 20))
    return record.mode


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        ("Two farmers were killed in Comitán, Chiapas, on Monday.", "en", None),
        ("Asesinan a dos campesinos en Comitán, Chiapas, el lunes.", "es", None),
        ("A local councillor was assassinated in Comitán, Chiapas, on Monday.", "en", "targeted"),
        ("Gunmen shot dead two farmers in Comitán, Chiapas, on Monday.", "en", "firearms"),
        ("Asesinan a balazos a dos campesinos en Comitán, Chiapas, el lunes.", "es", "firearms"),
    ],
)
def test_a_killing_with_no_means_has_no_mode(text: str, language: str, mode: str | None) -> None:
    assert assault_mode(text, language) == mode


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "Clashes between two rival gangs left five people dead in Comitán, Chiapas, on Monday.",
            "en",
            None,
        ),
        (
            "Clashes between two rival gangs left five people shot dead in Comitán, Chiapas, "
            "on Monday.",
            "en",
            "firearms",
        ),
        (
            "A confrontation between soldiers and gunmen left two residents caught in the "
            "crossfire dead in Comitán, Chiapas, on Monday.",
            "en",
            "firearms",
        ),
        (
            "Un enfrentamiento entre soldados y sicarios dejó cinco muertos en Comitán, Chiapas, "
            "el lunes.",
            "es",
            "firearms",
        ),
    ],
)
def test_an_english_clash_names_no_weapon_unless_shots_are_told(
    text: str, language: str, mode: str | None
) -> None:
    assert assault_mode(text, language) == mode


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        ("Two farmers were slain by gunmen in Comitán, Chiapas, on Monday.", "en", "firearms"),
        ("Armed men killed two farmers in Comitán, Chiapas, on Monday.", "en", "firearms"),
        (
            "Dos campesinos fueron asesinados por hombres armados en Comitán, Chiapas, el lunes.",
            "es",
            "firearms",
        ),
        ("Pistoleros mataron a dos campesinos en Comitán, Chiapas, el lunes.", "es", "firearms"),
        # Attackers who carry no stated weapon name no means.
        ("Attackers killed two farmers in Comitán, Chiapas, on Monday.", "en", None),
        ("Unos agresores mataron a dos campesinos en Comitán, Chiapas, el lunes.", "es", None),
    ],
)
def test_a_killing_by_armed_men_is_a_shooting(text: str, language: str, mode: str | None) -> None:
    assert assault_mode(text, language) == mode
