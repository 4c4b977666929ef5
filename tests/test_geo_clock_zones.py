"""Clock times in a time zone speak for its country (`hito.geo.clock`).

A report that gives its hours in a zone of one or two countries ("10 a.m. CT") is read there,
even when it names no place of that country: its "Birmingham" is Alabama's, not England's.
"""

from __future__ import annotations

import pytest

from hito.geo.clock import clock_countries
from hito.geo.document import resolve_spans


def _birmingham(text: str) -> tuple[str, str | None]:
    a = text.index("Birmingham")
    place = resolve_spans(text, [(a, a + len("Birmingham"))])[0]
    assert place is not None
    return place.country, place.admin1


@pytest.mark.parametrize(
    "text",
    [
        "Passes for the Birmingham music weekend go on sale at 10 a.m. CT on Friday and the "
        "offer ends at 11:59 p.m. CT on Sunday.",
        "Los boletos para el festival de Birmingham salen a la venta a las 10 a.m. CT del "
        "viernes y la oferta termina el domingo a las 11:59 p.m. CT.",
    ],
)
def test_central_time_reads_birmingham_in_alabama(text: str) -> None:
    assert _birmingham(text) == ("US", "Alabama")


@pytest.mark.parametrize(
    "text",
    [
        "Passes for the Birmingham music weekend go on sale on Friday.",
        "The PT session in Birmingham starts after the morning run.",
        "Los boletos para el festival de Birmingham salen a la venta el viernes.",
    ],
)
def test_without_a_clock_zone_birmingham_is_english(text: str) -> None:
    assert _birmingham(text)[0] == "GB"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Kick-off is at 7:30 p.m. ET.", {"US", "CA"}),
        ("Doors open at noon PT.", {"US", "CA"}),
        ("The polls close at 6pm AEST.", {"AU"}),
        ("The match starts at 20:00 (BST).", {"GB"}),
        ("El discurso será a las 9:00 a.m. ET.", {"US", "CA"}),
        # Zones Mexico or the wires share, and bare abbreviations, say nothing.
        ("La conferencia será a las 10:00 CST en Monterrey.", set()),
        ("The statement came at 14:00 GMT.", set()),
        ("He did PT at Mt. Hood, then an ET film.", set()),
    ],
)
def test_clock_countries(text: str, countries: set[str]) -> None:
    assert clock_countries(text) == countries
