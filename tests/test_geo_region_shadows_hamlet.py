"""A region of a country named in a text ("Tierra Caliente") is that region, not a hamlet of
the same name in the same country: such a name places no event; a real town keeps its name.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records
from hito.geo import find_toponyms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers killed a local boss of La Familia Michoacana in a shootout in the Tierra "
            "Caliente, prosecutors said on Monday.",
            "en",
        ),
        (
            "Militares abatieron en un enfrentamiento al jefe de plaza de La Familia Michoacana "
            "en Tierra Caliente, informó la fiscalía.",
            "es",
        ),
    ],
)
def test_a_region_name_is_no_hamlet(text: str, language: str) -> None:
    records = pipeline_records(text, language)
    assert records
    assert all(r.admin1 != "Chiapas" for r in records)


def test_the_town_named_with_the_region_places_the_event() -> None:
    text = (
        "Hombres armados incendiaron seis camiones a la salida de Apatzingán, Michoacán. Fue "
        "la tercera balacera de la semana en esta ciudad de Tierra Caliente."
    )
    places = {(r.place, r.admin1) for r in pipeline_records(text, "es")}
    assert places == {("Apatzingán", "Michoacán")}


def test_the_region_is_still_found_when_regions_are_sought() -> None:
    found = find_toponyms("La sequía golpea a Tierra Caliente.", "es", kinds={"region"})
    assert [t.text for t in found] == ["Tierra Caliente"]
    assert find_toponyms("La sequía golpea a Tierra Caliente.", "es") == []


def test_a_town_beside_a_region_of_its_name_keeps_it() -> None:
    # Soconusco is a region of Chiapas and a town of Veracruz.
    found = find_toponyms("Hallan un cuerpo en Soconusco, Veracruz.", "es")
    assert [t.candidates[0].admin1 for t in found][:1] == ["Veracruz"]
