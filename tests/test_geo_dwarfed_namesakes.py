"""Small namesakes of large towns abroad do not place each other (`hito.geo.resolve.dwarfed`).

Two small towns of one state that share the names of two large towns abroad ("Manchester"
and "Colchester" in Connecticut) must not be read together in that state only because they
lie close to each other; a lone one is its large namesake rather than the text's focus.
"""

from __future__ import annotations

import pytest

from hito.geo.document import resolve_spans
from hito.geo.places import Place
from hito.geo.resolve import dwarfed

NAMES = ("Austin", "Texas", "Syria", "Siria", "Manchester", "Colchester")


def _places(text: str) -> dict[str, Place | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in NAMES if n in text]
    places = resolve_spans(text, spans, fallback=True)
    return {text[a:b]: p for (a, b), p in zip(spans, places, strict=True)}


@pytest.mark.parametrize(
    "text",
    [
        "The sergeant, whose unit fought beside American troops near Austin, Texas before going "
        "to Syria, was born in Manchester and served with a regiment in Colchester.",
        "El sargento, cuya unidad entrenó con tropas estadounidenses en Austin, Texas, antes de "
        "ir a Siria, nació en Manchester y sirvió en un regimiento en Colchester.",
    ],
)
def test_two_dwarfed_namesakes_are_their_large_towns(text: str) -> None:
    places = _places(text)
    for name in ("Manchester", "Colchester"):
        place = places[name]
        assert place is not None and (place.country, place.admin1) == ("GB", "England"), name
    austin = places["Austin"]
    assert austin is not None and austin.admin1 == "Texas"


def _town(name: str, country: str, population: int) -> Place:
    return Place(None, name, country, None, 0.0, 0.0, "populated", population)


def test_dwarfed_needs_a_much_larger_namesake_abroad() -> None:
    small = _town("Colchester", "US", 4_000)
    big = _town("Colchester", "GB", 130_000)
    assert dwarfed(small, [big, small], "colchester")
    assert not dwarfed(big, [big, small], "colchester")
    # A namesake of the same country, or one only a few times larger, dwarfs nothing.
    assert not dwarfed(small, [_town("Colchester", "US", 130_000)], "colchester")
    assert not dwarfed(_town("Colchester", "US", 40_000), [big], "colchester")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hartford said the driver lived in Manchester and worked in Colchester.",
        "La policía de Hartford dijo que el conductor vivía en Manchester y trabajaba en "
        "Colchester.",
    ],
)
def test_a_town_not_dwarfed_still_places_its_small_neighbours(text: str) -> None:
    spans = [
        (text.index(n), text.index(n) + len(n)) for n in ("Hartford", "Manchester", "Colchester")
    ]
    for place in resolve_spans(text, spans, fallback=True):
        assert place is not None and (place.country, place.admin1) == ("US", "Connecticut")


def _all_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for n in names:
        start = text.find(n)
        while start >= 0:
            spans.append((start, start + len(n)))
            start = text.find(n, start + 1)
    return sorted(spans)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "LONDON - Britain expelled more diplomats on Monday after the attack in Salisbury, "
            "an English cathedral city. In Washington, officials of the United States said they "
            "stood with Britain.",
            ("LONDON", "Britain", "Salisbury", "English", "Washington", "United States"),
        ),
        (
            "LONDRES - Gran Bretaña expulsó a más diplomáticos el lunes tras el ataque en "
            "Salisbury, una ciudad inglesa. En Washington, funcionarios de Estados Unidos "
            "dijeron que apoyan a Gran Bretaña.",
            ("LONDRES", "Gran Bretaña", "Salisbury", "Washington", "Estados Unidos"),
        ),
    ],
)
def test_a_capital_named_with_its_country_outweighs_a_small_namesake_of_the_story(
    text: str, names: tuple[str, ...]
) -> None:
    # Washington, England is a town of the country the story is about, but the text also names
    # the United States: the bare name is the US capital unless a place near the English town
    # is named too.
    spans = _all_spans(text, names)
    places = resolve_spans(text, spans, fallback=True)
    washington = places[[text[a:b] for a, b in spans].index("Washington")]
    assert washington is not None and washington.admin1 == "District of Columbia"


def test_a_small_namesake_of_a_capital_stays_where_a_place_near_it_is_named() -> None:
    text = (
        "Police in Sunderland said the van was found in Washington, a few miles from Gateshead, "
        "and that the United States embassy had been told because the driver was American."
    )
    spans = _all_spans(text, ("Sunderland", "Washington", "Gateshead", "United States"))
    washington = resolve_spans(text, spans, fallback=True)[1]
    assert washington is not None and washington.country == "GB"
