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
