"""Captors named after the people freed from them ("rescued from a kidnapping gang",
"rescatados de una banda de secuestradores") are the kidnapping's actors, not its targets;
gangs named by their crime ("kidnapping gang", "extortion ring") are criminals. Reports
written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def assaults(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("ASSAULT", text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Last Tuesday nine Honduran migrants were rescued from a Salvadoran kidnapping gang "
            "in a house in Tapachula.",
            "en",
        ),
        (
            "El lunes, seis migrantes hondureños fueron rescatados de una banda de "
            "secuestradores en Tapachula.",
            "es",
        ),
    ],
)
def test_a_gang_people_are_rescued_from_is_the_actor(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {a.sector for a in record.actors} == {"CRM"}
    assert {(t.sector, t.country) for t in record.targets} == {("REF", "HN")}


def test_a_gang_rescued_from_keeps_the_nationality_written_with_it() -> None:
    (record,) = assaults(
        "Police rescued six Guatemalan migrants from a Salvadoran kidnapping gang in Tapachula "
        "on Monday.",
        "en",
    )
    assert {(a.sector, a.country) for a in record.actors} == {("CRM", "SV")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An extortion ring shot dead a shopkeeper in Reynosa on Sunday.", "en"),
        ("Una banda de extorsionadores mató a un comerciante en Reynosa el domingo.", "es"),
    ],
)
def test_a_gang_named_by_its_crime_is_criminal(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {a.sector for a in record.actors} == {"CRM"}


def test_people_freed_by_a_force_stay_its_targets() -> None:
    (record,) = assaults(
        "Marines freed four kidnapped tourists in Acapulco on Friday, the navy said.", "en"
    )
    assert "CVL" in {t.sector for t in record.targets}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Eleven Honduran migrants were rescued on Monday from a house in Tapachula where they "
            "had been held hostage by a group of three men.",
            "en",
        ),
        (
            "Once migrantes hondureños fueron rescatados el lunes de una casa en Tapachula donde "
            "permanecían secuestrados por un grupo de tres hombres.",
            "es",
        ),
    ],
)
def test_a_group_that_held_people_captive_is_criminal(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {a.sector for a in record.actors} == {"CRM"}
    assert {(t.sector, t.country) for t in record.targets} == {("REF", "HN")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The six Guatemalan migrants remained kidnapped by human smugglers in a house in "
            "Tapachula for a week.",
            "en",
        ),
        (
            "Los seis migrantes guatemaltecos permanecían secuestrados por una banda de "
            "traficantes en una casa de Tapachula.",
            "es",
        ),
        (
            "Los seis migrantes guatemaltecos estaban secuestrados por una banda de traficantes "
            "en una casa de Tapachula.",
            "es",
        ),
        (
            "Los seis migrantes guatemaltecos seguían secuestrados por traficantes en una casa "
            "de Tapachula.",
            "es",
        ),
        (
            "The six Guatemalan migrants are still held hostage by human smugglers in a house "
            "in Tapachula.",
            "en",
        ),
    ],
)
def test_people_still_held_by_captors_are_their_targets(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {a.sector for a in record.actors} == {"CRM"}
    assert {(t.sector, t.country) for t in record.targets} == {("REF", "GT")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fifteen van passengers were kidnapped near Reynosa on Monday.\n"
            "Their van was stopped by gunmen outside the city, the driver said.",
            "en",
        ),
        (
            "Quince pasajeros de un autobús fueron secuestrados cerca de Reynosa el lunes.\n"
            "El autobús fue interceptado por hombres armados a las afueras de la ciudad, dijo "
            "el chofer.",
            "es",
        ),
    ],
)
def test_the_men_who_stopped_the_vehicle_are_the_kidnappers(text: str, language: str) -> None:
    (record,) = [r for r in assaults(text, language) if r.mode == "abduct"]
    assert {a.sector for a in record.actors} == {"UAF"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "State police freed eight Honduran migrants on Sunday from a house in Tapachula, "
            "where they had been held for ransom for five days.",
            "en",
        ),
        (
            "La policía estatal rescató el domingo a ocho migrantes hondureños de una casa de "
            "Tapachula, donde permanecían secuestrados desde hacía cinco días.",
            "es",
        ),
    ],
)
def test_a_kidnapping_with_no_captor_named_has_unknown_captors(text: str, language: str) -> None:
    (record,) = [r for r in assaults(text, language) if r.mode == "abduct"]
    assert {(a.sector, a.country) for a in record.actors} == {("UAF", None)}
    assert {(t.sector, t.country) for t in record.targets} == {("REF", "HN")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two years ago, in 2023, a teacher was kidnapped in Tapachula and later released.",
            "en",
        ),
        (
            "Hace dos años, en 2023, un maestro fue secuestrado en Tapachula y luego liberado.",
            "es",
        ),
    ],
)
def test_a_kidnapping_recalled_as_background_gets_no_captors(text: str, language: str) -> None:
    for record in assaults(text, language):
        assert record.actors == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Eight Guatemalan migrants were held captive by smugglers in a house in Tapachula "
            "until soldiers freed them on Monday.",
            "en",
        ),
        (
            "Ocho migrantes guatemaltecos estuvieron secuestrados por traficantes en una casa de "
            "Tapachula hasta que soldados los rescataron el lunes.",
            "es",
        ),
    ],
)
def test_the_force_that_frees_the_captives_is_no_target(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {a.sector for a in record.actors} == {"CRM"}
    assert {(t.sector, t.country) for t in record.targets} == {("REF", "GT")}
