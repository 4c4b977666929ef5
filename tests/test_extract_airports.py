"""Airports named in a report (`hito.geo.find_airports`, used by `ReportPlaces`).

Spanish writes the generic word first ("el aeropuerto internacional La Aurora"), English
after ("La Aurora airport"); either way the name is the airport's, at its own point, and not
a namesake town elsewhere, nor a person's name. A name the gazetteer knows as a sizeable town
stays that town ("el aeropuerto de Cancún" is Cancún's). An airport someone was heading for
is not where the act happened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.geo import find_airports

DAY = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fue detenido en el aeropuerto internacional La Aurora.", "La Aurora", "GT"),
        ("Lo detuvieron en el Aeropuerto Internacional Juan Santamaría.", "Juan Santamaría", "CR"),
        ('Cerca del Aeropuerto Internacional "Juan Santamaría", dijo.', "Juan Santamaría", "CR"),
        ("Customs agents at La Aurora airport found the cash.", "La Aurora", "GT"),
        ("He was stopped at Juan Santamaria International Airport.", "Juan Santamaria", "CR"),
    ],
)
def test_an_airport_by_its_own_name(text: str, name: str, country: str) -> None:
    found = find_airports(text)
    assert [t.text for t in found] == [name]
    assert text[found[0].start : found[0].end] == name
    assert found[0].candidates[0].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Aterrizó en el aeropuerto de Cancún por la tarde.",
        "The plane landed at Cancun International Airport at noon.",
        "Los agentes llegaron al aeropuerto a las diez.",
    ],
)
def test_a_sizeable_town_or_no_name_is_no_airport(text: str) -> None:
    assert find_airports(text) == []


def _places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    _, records = process_text(text, language, published=DAY)
    rows = [r.schema_dict() for r in records]
    return [(r["event_type"], r["country"], r["place"]) for r in rows]


def test_an_arrest_at_an_airport_named_after_a_person() -> None:
    es = (
        "Detienen en Costa Rica a un piloto con cocaína. La policía detuvo el martes a un "
        "piloto en el Aeropuerto Internacional Juan Santamaría con dos kilos de cocaína."
    )
    assert ("COERCE", "CR", "Juan Santamaría") in _places(es, "es")
    en = (
        "Police in Costa Rica arrested a pilot on Tuesday at Juan Santamaria International "
        "Airport with two kilos of cocaine."
    )
    assert ("COERCE", "CR", "Juan Santamaria") in _places(en, "en")


def test_an_airport_is_not_a_namesake_town_abroad() -> None:
    es = "La policía de Guatemala detuvo el lunes a dos hombres en el aeropuerto La Aurora."
    assert _places(es, "es") == [("COERCE", "GT", "La Aurora")]
    en = "Guatemalan police arrested two men on Monday at La Aurora airport with cocaine."
    assert _places(en, "en") == [("COERCE", "GT", "La Aurora")]


def test_the_airport_one_was_heading_for_is_not_the_scene() -> None:
    es = (
        "Hombres armados mataron el lunes a un chofer en la Ciudad de Guatemala cuando iba "
        "hacia el aeropuerto La Aurora."
    )
    assert [p[1] for p in _places(es, "es")] == ["GT"]
    assert all(p[2] != "La Aurora" for p in _places(es, "es"))
    en = (
        "Gunmen shot dead a taxi driver on Monday in Guatemala City while he was driving "
        "toward La Aurora airport."
    )
    assert [p[2] for p in _places(en, "en")] == ["Guatemala City"]
