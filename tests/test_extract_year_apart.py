"""An arrest or an attack dated by a year alone ("in 2019") is no part of an incident of
another year; a length of time ("for two years") dates nothing.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records


def coerce_dates(text: str, language: str) -> list[dt.date | None]:
    records = pipeline_records(text, language)
    return sorted(
        (r.date for r in records if r.event_type == "COERCE"), key=lambda d: d or dt.date.min
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The army arrested the Zetas boss in Tenosique, Tabasco, in 2019. His brother was "
            "arrested in Tenosique in 2021, police said.",
            "en",
        ),
        (
            "El Ejército detuvo al jefe de los Zetas en Tenosique, Tabasco, en 2019. Su hermano "
            "fue detenido en Tenosique en 2021, informó la policía.",
            "es",
        ),
    ],
)
def test_an_arrest_of_another_year_is_another_incident(text: str, language: str) -> None:
    assert coerce_dates(text, language) == [dt.date(2019, 1, 1), dt.date(2021, 1, 1)]
