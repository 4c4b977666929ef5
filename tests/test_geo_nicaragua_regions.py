"""Nicaragua's Caribbean autonomous regions are named by their current names (Costa Caribe
Norte/Sur since 2014) and found by the old ones (Atlántico Norte/Sur, RAAN/RAAS).

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead two police officers in Bluefields, in Nicaragua's South Caribbean "
            "Coast Autonomous Region, on Tuesday, the national police said.",
            "en",
        ),
        (
            "Hombres armados asesinaron a dos policías en Bluefields, Región Autónoma de la Costa "
            "Caribe Sur, Nicaragua, informó el martes la Policía Nacional.",
            "es",
        ),
        (
            "Hombres armados asesinaron a dos policías en Bluefields, en la Región Autónoma del "
            "Atlántico Sur de Nicaragua, informó la Policía Nacional.",
            "es",
        ),
    ],
)
def test_a_town_in_the_south_caribbean_region_gets_its_current_name(
    text: str, language: str
) -> None:
    assaults = pipeline_records_of("ASSAULT", text, language)
    assert assaults
    assert {(r.country, r.admin1) for r in assaults} == {("NI", "Costa Caribe Sur")}


def test_the_north_region_by_its_acronym() -> None:
    text = (
        "Soldados detuvieron a tres presuntos narcotraficantes en Puerto Cabezas, RACCN, "
        "Nicaragua, informó el Ejército."
    )
    arrests = pipeline_records_of("COERCE", text, "es")
    assert arrests and arrests[0].admin1 == "Costa Caribe Norte"
