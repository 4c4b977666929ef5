"""A sentence that places its act "a la altura de dicho municipio" / "near that town" points
back to the place already told: the towns a road there is named after are not the scene, so
the sentence tells no second incident. Invented texts, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2024, 3, 7)
LEAD_ES = "Hombres armados se enfrentaron el lunes en el pueblo de Abasolo, Tamaulipas. "
LEAD_EN = "Rival gangs clashed on Monday in the town of Abasolo, Tamaulipas. "


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            LEAD_ES + "Según vecinos, fue cerrada la carretera Victoria-Reynosa, a la altura "
            "de dicho municipio, por un enfrentamiento entre sicarios.",
            "es",
        ),
        (
            LEAD_ES + "Según vecinos, hubo una balacera en la carretera Victoria-Reynosa, "
            "a la altura de dicho municipio.",
            "es",
        ),
        (
            LEAD_EN + "According to residents, there was a shootout on the highway from "
            "Victoria to Matamoros near that town.",
            "en",
        ),
        (
            LEAD_EN + "Residents said gunmen also clashed on the Victoria-Matamoros highway "
            "near that town.",
            "en",
        ),
    ],
)
def test_a_road_near_the_town_told_adds_no_incident(text: str, language: str) -> None:
    records = [r.schema_dict() for r in process_text(text, language, DAY)[1]]
    assert [(r["event_type"], r["place"]) for r in records] == [("ASSAULT", "Abasolo")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Morelia, Mich. Soldados detuvieron hoy a diez guardias comunitarios en Aquila."
            " Las madres de los guardias se manifestaban en la plaza para pedir que los soltaran.",
            "es",
        ),
        (
            "MORELIA, Mexico - Soldiers arrested ten community guards in Aquila, Michoacan, on"
            " Tuesday. Relatives of the detainees were protesting in the main square.",
            "en",
        ),
    ],
)
def test_the_square_named_by_no_name_is_the_town_told_before(text: str, language: str) -> None:
    """The square with no name is the told town's, not the dateline's nor only the state."""
    records = process_text(text, language, DAY)[1]
    protests = [r for r in records if r.event_type == "PROTEST"]
    assert [r.place for r in protests] == ["Aquila"]
