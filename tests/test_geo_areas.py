"""Neighbourhoods and roads named in Spanish copy, which the gazetteer lacks."""

from __future__ import annotations

from hito.evaluation.mx_news import place_spans
from hito.geo.areas import find_areas


def _areas(text: str) -> list[str]:
    return [text[a:b] for a, b in find_areas(text)]


def test_a_neighbourhood_stops_before_its_town() -> None:
    text = "Vive en la colonia Lomas Verdes de la Ciudad de México."
    assert _areas(text) == ["colonia Lomas Verdes"]


def test_two_neighbourhoods_after_a_plural_head() -> None:
    assert _areas("Vecinos de las colonias Centro y Obrera protestaron.") == [
        "colonias Centro y Obrera"
    ]


def test_a_road_with_its_qualifier_but_not_the_road_to_a_town() -> None:
    assert _areas("Un camión volcó en la carretera federal Tapachula-Huixtla, ayer.") == [
        "carretera federal Tapachula-Huixtla"
    ]
    assert _areas("Un camión volcó en la carretera Comitán y otra a Tapachula.") == []


def test_an_address_abbreviation_and_a_lower_case_word_are_no_area() -> None:
    assert _areas("Calle Juárez 12, Col. Centro, C.P. 29000") == []
    assert _areas("En la colonia hubo un apagón") == []


def test_a_place_inside_an_area_is_no_mention_of_its_own() -> None:
    text = "Un tráiler volcó en la carretera estatal Tuxtla Chiapa, sin heridos."
    assert [text[a:b] for a, b in place_spans(text)] == ["carretera estatal Tuxtla Chiapa"]
