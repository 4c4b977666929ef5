"""A small town far from the text's other towns keeps its place when the text names its
country and none of those towns lies there (`hito.geo.resolve.lone_small_towns`).

A lone small town is usually a street or a building of the place a text is about ("Bourbon"
in a New Orleans story); but a village of a country the text names, in a story whose towns
are all abroad, is that village, not the whole country.
"""

from __future__ import annotations

import pytest

from hito.geo.document import resolve_spans

NAMES = ("Ankara", "Oberstdorf", "Germany", "Alemania", "Turkey", "Turquía")


def _oberstdorf(text: str) -> tuple[str, str]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in NAMES if n in text]
    places = resolve_spans(text, spans, fallback=True)
    a = text.index("Oberstdorf")
    place = dict(zip(spans, places, strict=True))[(a, a + len("Oberstdorf"))]
    assert place is not None
    return place.name, place.kind


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Ankara said the new engines come from a small plant in Oberstdorf. "
        "Germany has not commented on the sale to Turkey.",
        "Funcionarios en Ankara dijeron que los motores vienen de una pequeña planta en "
        "Oberstdorf. Alemania no ha comentado la venta a Turquía.",
    ],
)
def test_village_of_a_named_country_keeps_its_place(text: str) -> None:
    assert _oberstdorf(text) == ("Oberstdorf", "populated")
