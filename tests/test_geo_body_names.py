"""A place that closes the name of a body of people ("la Sociedad Civil de ...", "the Farmers
Association of ...") is where the body comes from, not where an act happened: the record is
placed there only when the text names the place again on its own."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records
from hito.geo.toponyms import find_toponyms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados atacaron el lunes a dos miembros de la Sociedad Cooperativa de "
            "Las Palmas.",
            "es",
        ),
        ("Policías detuvieron el martes a tres integrantes del Frente Popular de Tepic.", "es"),
        (
            "Hombres armados asesinaron a un líder de la Asociación de Productores de Apatzingán.",
            "es",
        ),
        ("Hombres armados atacaron a dos miembros del Comité de Defensa de Cherán.", "es"),
        ("Gunmen attacked two members of the Cooperative Society of Las Palmas on Monday.", "en"),
        ("Gunmen killed a leader of the Farmers Association of Apatzingan on Monday.", "en"),
        ("Police arrested three members of the Committee of Cheran on Tuesday.", "en"),
    ],
)
def test_a_place_in_a_body_name_places_no_act(text: str, language: str) -> None:
    (record,) = pipeline_records(text, language, dt.date(2025, 5, 20))
    assert record.place is None


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Hombres armados asesinaron en Morelia a un líder de la Asociación de Productores "
            "de Apatzingán.",
            "es",
            "Morelia",
        ),
        (
            "Hombres armados atacaron en Las Palmas a dos miembros de la Sociedad Cooperativa de "
            "Las Palmas.",
            "es",
            "Las Palmas",
        ),
        (
            "Police arrested three members of the Committee of Cheran on Tuesday in Morelia.",
            "en",
            "Morelia",
        ),
        (
            "Gunmen attacked two members of the Society of Las Palmas in Las Palmas.",
            "en",
            "Las Palmas",
        ),
    ],
)
def test_the_place_the_text_gives_the_act_stands(text: str, language: str, place: str) -> None:
    (record,) = pipeline_records(text, language, dt.date(2025, 5, 20))
    assert record.place == place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A town whose own name opens on such a word is still the town.
        (
            "Hombres armados atacaron a dos policías en Unión de Tula, Jalisco.",
            ["Unión de Tula", "Jalisco"],
        ),
        ("Asesinan a un comerciante en Unión Hidalgo, Oaxaca.", ["Unión Hidalgo", "Oaxaca"]),
        ("Armed men attacked the Union of Tepic office in Tepic.", ["Tepic"]),
    ],
)
def test_towns_named_like_bodies_are_still_found(text: str, names: list[str]) -> None:
    assert [t.text for t in find_toponyms(text, "es")] == names
