"""A people's adjective known to name a place, and war-news areas cities500 lacks.

"Arab" in a span known to be a place ("Arab solidarity") is the Arab world, at the Arabian
Peninsula; in running text it stays a people's word (`find_demonyms` leaves it). Ghouta and
al-Tanf, areas of Syria, are regions of `gazetteer_regions.tsv`.
"""

from __future__ import annotations

import pytest

from hito.geo.document import find_demonyms, resolve_spans
from hito.geo.places import Place
from hito.geo.resolve import distance_km


def _place(text: str, name: str) -> Place | None:
    a = text.index(name)
    return resolve_spans(text, [(a, a + len(name))], fallback=True)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers spoke of Arab solidarity after the summit in Tunis.",
        "Los ministros hablaron de la solidaridad árabe tras la cumbre de Túnez.",
    ],
)
def test_arab_span_is_the_arab_world(text: str) -> None:
    place = _place(text, "Arab" if "Arab" in text else "árabe")
    assert place is not None and place.kind == "region"
    assert distance_km(place.latitude, place.longitude, 24.0, 45.0) < 50


def test_arab_in_running_text_is_no_toponym() -> None:
    assert not find_demonyms("Arab and Jewish students met in Haifa.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid convoys reached Eastern Ghouta, outside Damascus, on Monday.", "Eastern Ghouta"),
        ("Los convoyes llegaron a Ghouta, a las afueras de Damasco.", "Ghouta"),
        ("Troops based at al-Tanf patrolled the desert near the border.", "al-Tanf"),
    ],
)
def test_syrian_areas(text: str, name: str) -> None:
    place = _place(text, name)
    assert place is not None and place.country == "SY"
