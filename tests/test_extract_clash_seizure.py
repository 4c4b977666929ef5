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
