"""Parties named together before a passive of harm ("police and soldiers were assaulted by",
"elementos de la policía y del ejército fueron atacados por") are all the act's targets,
and the agent after "by" / "por" its actor. Reports written for these tests."""

from __future__ import annotations

import pytest

from conftest import pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police officers and soldiers were assaulted by farmers armed with rocks in San "
            "Marcos, Guatemala, on Monday.",
            "en",
        ),
        (
            "Members of the police and of the army were attacked by farmers in San Marcos, "
            "Guatemala, on Monday.",
            "en",
        ),
        (
            "Policías y soldados fueron agredidos por campesinos armados con piedras el lunes "
            "en San Marcos, Guatemala.",
            "es",
        ),
        (
            "Elementos de la policía y del ejército fueron atacados por campesinos el lunes en "
            "San Marcos, Guatemala.",
            "es",
        ),
        (
            "Un agente de la Policía Nacional Civil y un soldado del Ejército de Guatemala "
            "fueron atacados por campesinos el lunes en San Marcos, Guatemala.",
            "es",
        ),
        (
            "An officer of the National Civil Police and a soldier of the Guatemalan Army were "
            "attacked by farmers on Monday in San Marcos, Guatemala.",
            "en",
        ),
    ],
)
def test_forces_named_together_before_a_passive_harm_are_its_targets(
    text: str, language: str
) -> None:
    assaults = pipeline_records_of("ASSAULT", text, language)
    assert assaults
    assert {a.sector for a in assaults[0].targets} == {"COP", "MIL"}
    assert {a.sector for a in assaults[0].actors} == {"CVL"}
