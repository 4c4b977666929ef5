"""A threat's mode is `violence` when the report tells the harm threatened; a threat told only
by who received it ("after receiving threats", "tras recibir amenazas", "was threatened by")
names no harm and has no mode. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def threats(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("THREATEN", text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A hardware dealer in Tapachula, Chiapas, shut his store on Tuesday after "
            "receiving threats from a local gang.",
            "en",
        ),
        (
            "Dozens of farming families in Frontera Comalapa, Chiapas, were threatened by "
            "armed men on Tuesday.",
            "en",
        ),
        (
            "Un ferretero de Tapachula, Chiapas, cerró su tienda el martes tras recibir "
            "amenazas de una pandilla local.",
            "es",
        ),
        (
            "A hardware dealer in Tapachula, Chiapas, shut his store on Tuesday after "
            "receiving threats. Other traders have also received threats, and some said they "
            "were being threatened with extortion.",
            "en",
        ),
        (
            "Un ferretero de Tapachula, Chiapas, cerró su tienda el martes tras recibir "
            "amenazas. Otros comerciantes también han recibido amenazas y algunos dijeron "
            "estar siendo amenazados con extorsiones.",
            "es",
        ),
    ],
)
def test_a_threat_told_only_by_its_receipt_has_no_mode(text: str, language: str) -> None:
    found = threats(text, language)
    assert found
    assert all(r.mode is None for r in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A hardware dealer in Tapachula, Chiapas, shut his store on Tuesday after "
            "receiving death threats from a local gang.",
            "en",
        ),
        (
            "A hardware dealer in Tapachula, Chiapas, shut his store on Tuesday after "
            "a gang threatened to burn it down.",
            "en",
        ),
        (
            "Un ferretero de Tapachula, Chiapas, cerró su tienda el martes tras recibir "
            "amenazas de muerte de una pandilla local.",
            "es",
        ),
        (
            "Una pandilla amenazó con quemar la tienda de un ferretero en Tapachula, Chiapas, "
            "el martes.",
            "es",
        ),
        (
            "A hardware dealer in Tapachula, Chiapas, was threatened with death by a local "
            "gang on Tuesday.",
            "en",
        ),
        (
            "Un ferretero de Tapachula, Chiapas, fue amenazado con la muerte por una pandilla "
            "local el martes.",
            "es",
        ),
    ],
)
def test_a_threat_that_names_a_harm_is_violence(text: str, language: str) -> None:
    found = threats(text, language)
    assert found
    assert all(r.mode == "violence" for r in found)
