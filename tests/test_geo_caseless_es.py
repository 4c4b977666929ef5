"""Towns in Spanish headlines written all in capitals or all in lower case: a large town of
Mexico needs no cue before it, and a town named without the "del ..." of its full name is
under its own name. Every headline here is invented for the test."""

from __future__ import annotations

import pytest

from hito.geo import find_toponyms, resolve


def _state(text: str, language: str = "es") -> str | None:
    place = resolve(find_toponyms(text, language), text=text)
    return place.admin1 if place else None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("OPERATIVO MORELIA SEGURO: DETIENEN A TRES CON ARMAS LARGAS", "Michoacán"),
        ("despierta culiacan con dos bloqueos y una balacera", "Sinaloa"),
        ("EN CUITZEO, ASEGURAN UNA CAMIONETA CON REPORTE DE ROBO", "Michoacán"),
    ],
)
def test_caseless_spanish_headline(text: str, state: str) -> None:
    assert _state(text) == state


def test_a_word_that_is_a_small_town_still_needs_a_cue() -> None:
    # "Progreso" is a town too; with no cue a common word stays a word.
    assert _state("piden progreso y paz para las colonias del sur de la ciudad") is None


def test_english_capitals_keep_their_cue() -> None:
    # In English text written in capitals a bare town name needs its cue as before.
    names = [t.text for t in find_toponyms("DELEGATES MET MORELIA OFFICIALS YESTERDAY", "en")]
    assert names == []
