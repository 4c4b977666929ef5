"""A stretch "between A and B" ("on the frontier between Tijuana and San Diego", "en la
carretera entre Tapachula y Huixtla") is placed like a route, at its first end, however near
the act the second name is written. Invented texts, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agentes mexicanos descubrieron un túnel en la frontera entre Tijuana y San Diego, "
            "y al mismo tiempo aseguraron dos toneladas de mariguana destinadas a Estados Unidos.",
            "es",
        ),
        (
            "Mexican agents found a long tunnel on the frontier between Tijuana and San Diego, "
            "and in the same raid seized two tons of marijuana bound for the United States.",
            "en",
        ),
    ],
)
def test_a_stretch_between_two_towns_is_placed_at_the_first(text: str, language: str) -> None:
    records = [r.schema_dict() for r in process_text(text, language, DAY)[1]]
    assert [(r["country"], r["place"]) for r in records] == [("MX", "Tijuana")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hombres armados atacaron una patrulla en la carretera entre Tapachula y Huixtla.", "es"),
        ("Gunmen attacked a patrol on the road between Tapachula and Huixtla.", "en"),
    ],
)
def test_a_road_between_two_towns(text: str, language: str) -> None:
    records = [r.schema_dict() for r in process_text(text, language, DAY)[1]]
    assert [(r["place"], r["geo_precision"]) for r in records] == [("Tapachula", 2)]
