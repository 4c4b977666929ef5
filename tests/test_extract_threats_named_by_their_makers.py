"""Threats named by the noun with who makes them ("gang threats", "las amenazas de los
pandilleros") are a threat told; a charge of "criminal threats" is no one's threat. Invented
texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2019, 6, 4)


def _types(text: str, language: str) -> list[str]:
    return sorted(r.event_type for r in process_text(text, language, DAY)[1])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "After gang threats, shopkeepers in Tapachula kept their stalls shut on Monday.",
            "en",
        ),
        (
            "Cartel threats have left the market of Comitán nearly empty since Monday.",
            "en",
        ),
        (
            "Ante las amenazas de los pandilleros, los comerciantes de Tapachula no abrieron "
            "sus puestos el lunes.",
            "es",
        ),
    ],
)
def test_threats_named_with_who_makes_them_are_a_threat(text: str, language: str) -> None:
    assert "THREATEN" in _types(text, language)


def test_a_charge_of_criminal_threats_is_no_threat() -> None:
    text = "A man from Tapachula was charged on Monday with making criminal threats in court."
    assert "THREATEN" not in _types(text, "en")
