"""Telephone numbers in the North American format speak for the US and Canada
(`hito.geo.phones`).

A local story that gives a number to call is read in its own country: "Mansfield" beside
"(859) 555-0142" is a North American town, not the English town. A Mexican number, after
+52 or 01, says nothing; nor does any number in Spanish text, where Mexico's ten-digit
numbers are written alike.
"""

from __future__ import annotations

import pytest

from hito.geo.document import resolve_spans
from hito.geo.phones import phone_countries


def _mansfield(text: str) -> str:
    a = text.index("Mansfield")
    place = resolve_spans(text, [(a, a + len("Mansfield"))])[0]
    assert place is not None
    return place.country


@pytest.mark.parametrize(
    "text",
    [
        "The Mansfield fire company holds its spring supper on Saturday; for tickets call "
        "(603) 555-0142.",
        "The Mansfield fire company holds its spring supper on Saturday; tickets at 603-555-0142.",
    ],
)
def test_a_north_american_number_reads_mansfield_in_north_america(text: str) -> None:
    assert _mansfield(text) == "US"


@pytest.mark.parametrize(
    "text",
    [
        "The Mansfield fire company holds its spring supper on Saturday.",
        "La compañía de bomberos de Mansfield ofrece su cena el sábado; informes al +52 (662) "
        "213 4567.",
        "La compañía de bomberos de Mansfield ofrece su cena de primavera el sábado; boletos al "
        "(662) 213-4567.",
    ],
)
def test_without_such_a_number_mansfield_is_englands(text: str) -> None:
    assert _mansfield(text) == "GB"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Call (859) 555-0142 for details.", {"US", "CA"}),
        ("Call 859.555.0142 or 1-800-555-0199.", {"US", "CA"}),
        ("Informes: Tel. 01 (662) 213-4567.", set()),
        ("Informes al +52 662 213 4567.", set()),
        ("Teléfono 2222-3333, Ciudad de Guatemala.", set()),
        ("Seasons 2009-2010 and 2011-2012; room 555-1234.", set()),
        ("Las autoridades pidieron denunciar al número (662) 213-4567 de la fiscalía.", set()),
    ],
)
def test_phone_countries(text: str, countries: set[str]) -> None:
    assert phone_countries(text) == countries
