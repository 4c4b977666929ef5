"""A country's capital named by what it is ("en pleno centro de la capital", "in the Guatemalan
capital"): the capital of the country its words, its sentence or its dateline name; a
state's capital ("la capital chiapaneca", "the capital of Alta Verapaz") is no such place.
Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2024, 4, 16)


def _places(
    text: str, language: str, event_type: str = "COERCE"
) -> list[tuple[str | None, str | None]]:
    return [
        (r.place, r.country)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == event_type
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hombre buscado por homicidio en Honduras fue capturado el lunes por agentes "
            "costarricenses en pleno centro de la capital.",
            "es",
        ),
        (
            "A man wanted for murder in Honduras was arrested on Monday by Costa Rican police "
            "in the center of the capital.",
            "en",
        ),
    ],
)
def test_the_capital_of_the_country_named_last_before_it(text: str, language: str) -> None:
    assert [c for _, c in _places(text, language)] == ["CR"]
    assert [p for p, _ in _places(text, language)] == ["San José"]


def test_the_capital_a_demonym_names() -> None:
    english = "Gunmen shot dead two bus drivers in the Guatemalan capital on Sunday."
    assert _places(english, "en", "ASSAULT") == [("Guatemala City", "GT")]


def test_the_capital_takes_the_name_the_report_writes() -> None:
    spanish = (
        "Ciudad de Guatemala. Hombres armados asesinaron a dos choferes de autobús en la "
        "capital guatemalteca."
    )
    assert _places(spanish, "es", "ASSAULT") == [("Ciudad de Guatemala", "GT")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hombres armados asesinaron a dos choferes en la capital chiapaneca.", "es"),
        ("Gunmen killed two drivers in the capital of Alta Verapaz, Guatemala.", "en"),
    ],
)
def test_a_states_capital_is_no_countrys(text: str, language: str) -> None:
    assert all(
        p not in ("Mexico City", "Guatemala City") for p, _ in _places(text, language, "ASSAULT")
    )
