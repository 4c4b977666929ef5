"""Guns taken after a clash belong to the clash's record; a raid that seizes is its own.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def types(text: str, language: str) -> list[str]:
    return sorted(r.event_type for r in pipeline_records(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers clashed with gunmen of the Gulf Cartel in Reynosa, Tamaulipas, on Sunday, "
            "killing three of them. Four rifles and two pistols were seized, the army said.",
            "en",
        ),
        (
            "Militares se enfrentaron el domingo con sicarios del Cártel del Golfo en Reynosa, "
            "Tamaulipas, y abatieron a tres. También se aseguraron cuatro rifles y dos pistolas.",
            "es",
        ),
    ],
)
def test_guns_taken_after_a_clash_are_the_clash(text: str, language: str) -> None:
    assert types(text, language) == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers clashed with gunmen of the Gulf Cartel in Reynosa, Tamaulipas, on Sunday. "
            "In a raid on a house in Reynosa, troops seized four rifles.",
            "en",
        ),
        (
            "Militares se enfrentaron el domingo con sicarios en Reynosa, Tamaulipas. En un cateo "
            "a una casa de Reynosa, los soldados aseguraron cuatro rifles.",
            "es",
        ),
    ],
)
def test_a_raid_that_seizes_is_its_own(text: str, language: str) -> None:
    assert types(text, language) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police seized an armoured truck belonging to the Gulf Cartel in Reynosa, "
            "Tamaulipas. The truck was not damaged in a gunfight with the agents in Reynosa.",
            "en",
        ),
        (
            "Policías aseguraron un camión blindado del Cártel del Golfo en Reynosa, "
            "Tamaulipas. El camión no sufrió daños en el tiroteo con los agentes en Reynosa.",
            "es",
        ),
    ],
)
def test_a_seizure_told_before_the_clash_is_its_own(text: str, language: str) -> None:
    assert types(text, language) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldados detuvieron a cuatro hombres en Ciudad Victoria, Tamaulipas, vinculados "
            "con los 38 cadáveres encontrados en fosas de San Fernando.",
            "es",
        ),
        (
            "Soldiers arrested five men in Ciudad Victoria, Tamaulipas, linked to the 45 bodies "
            "found in the municipality of San Fernando.",
            "en",
        ),
    ],
)
def test_arrests_linked_to_bodies_found_are_no_clash(text: str, language: str) -> None:
    assert "COERCE" in types(text, language)
