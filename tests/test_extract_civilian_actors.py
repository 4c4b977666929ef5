"""Civilians who are the active subject of an assault (residents holding soldiers, villagers
seizing police officers) are its actors; the party they hold is its target. Civilians who
are acted upon stay targets. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def assaults(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("ASSAULT", text, language, dt.date(2025, 3, 14))


def sectors(actors: list) -> set[str]:
    return {a.sector for a in actors}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Habitantes de San Isidro retuvieron el jueves a 30 militares en la plaza del pueblo "
            "de Comalapa, Chiapas, en protesta por un operativo.",
            "es",
        ),
        (
            "On Thursday, residents of San Isidro took 30 soldiers hostage in the main square "
            "of Comalapa, Chiapas, angry over a raid.",
            "en",
        ),
    ],
)
def test_civilians_holding_soldiers_are_actors(text: str, language: str) -> None:
    found = assaults(text, language)
    assert found, "the holding of the soldiers is an assault"
    record = found[0]
    assert sectors(record.actors) == {"CVL"}
    assert sectors(record.targets) == {"MIL"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos habitantes de San Isidro fueron asesinados el jueves por hombres armados en "
            "Comalapa, Chiapas.",
            "es",
        ),
        (
            "On Thursday, two residents of San Isidro were killed by gunmen in Comalapa, Chiapas.",
            "en",
        ),
    ],
)
def test_civilians_acted_upon_stay_targets(text: str, language: str) -> None:
    found = assaults(text, language)
    assert found
    assert "CVL" in sectors(found[0].targets)
    assert "CVL" not in sectors(found[0].actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Pobladores de San Isidro bloquearon el jueves el paso al Ejército en la carretera de "
            "Comalapa, Chiapas, en protesta por un operativo.",
            "es",
        ),
        (
            "On Thursday, residents of San Isidro blocked the road to stop the troops in "
            "Comalapa, Chiapas, in protest over a raid.",
            "en",
        ),
    ],
)
def test_force_a_blockade_stops_is_its_target(text: str, language: str) -> None:
    found = pipeline_records_of("PROTEST", text, language, dt.date(2025, 3, 14))
    assert found
    assert sectors(found[0].actors) == {"CVL"}
    assert sectors(found[0].targets) == {"MIL"}


def test_police_watching_a_march_are_no_party() -> None:
    text = "Residents of San Isidro marched on Thursday in Comalapa, Chiapas, while police watched."
    found = pipeline_records_of("PROTEST", text, "en", dt.date(2025, 3, 14))
    assert found
    assert found[0].targets == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Inmates at Lurigancho Viejo prison took six guards hostage on Sunday.", "en"),
        ("Reos del penal de Lurigancho tomaron como rehenes a seis custodios el domingo.", "es"),
    ],
)
def test_prisoners_who_take_hostages_are_the_actors(text: str, language: str) -> None:
    [record] = assaults(text, language)
    assert [a.name for a in record.actors] == ["prisoners"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Inmates linked to the Barrio 18 gang took six guards hostage on Sunday.",
            "en",
        ),
        (
            "Reos vinculados a la pandilla Barrio 18 tomaron como rehenes a seis custodios.",
            "es",
        ),
    ],
)
def test_prisoners_of_a_named_gang_leave_the_gang_as_actor(text: str, language: str) -> None:
    [record] = assaults(text, language)
    assert [a.name for a in record.actors] == ["Barrio 18"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Inmates at Lurigancho Viejo prison took six guards hostage on Sunday.", "en"),
        ("Rioting inmates took guards hostage at Lurigancho Viejo prison on Sunday.", "en"),
        ("Reos del penal de Lurigancho tomaron como rehenes a seis custodios el domingo.", "es"),
        (
            "El director del penal de Lurigancho fue asesinado a balazos el domingo.",
            "es",
        ),
    ],
)
def test_prison_staff_held_or_attacked_are_official_targets(text: str, language: str) -> None:
    # Guards and prison staff are the state's people (GOV), not civilians; a party held
    # hostage is never one who acted.
    [record] = assaults(text, language)
    assert sectors(record.targets) == {"GOV"}
    assert "GOV" not in sectors(record.actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Immigrants are migrants (REF), in both languages.
        (
            "Gunmen killed 12 immigrants from Honduras on a ranch outside Reynosa, Tamaulipas, "
            "on Monday.",
            "en",
        ),
        (
            "Hombres armados asesinaron a 12 inmigrantes hondureños en un rancho de Reynosa, "
            "Tamaulipas, el lunes.",
            "es",
        ),
    ],
)
def test_immigrants_killed_are_migrant_targets(text: str, language: str) -> None:
    records = assaults(text, language)
    assert records and "REF" in sectors(records[0].targets)
