"""A headline's first word: a verb that a small village shares before a large city ("Suma
Tijuana..."), or a town under the short form of its honorific name ("Caborca: ..."). Every
headline here is invented for the test."""

from __future__ import annotations

import pytest

from hito.geo import find_toponyms, resolve


def _place(text: str) -> tuple[str, str | None] | None:
    place = resolve(find_toponyms(text, "es"), text=text)
    return (place.name, place.admin1) if place else None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Suma Tijuana otra semana con más de cuarenta asesinatos", "Baja California"),
        ("Caborca: queman dos casas en la colonia Centro", "Sonora"),
        ("Nogales: aseguran un tráiler con armas en la garita", "Sonora"),
    ],
)
def test_headline_opener(text: str, state: str) -> None:
    found = _place(text)
    assert found is not None and found[1] == state


def test_a_small_town_after_a_place_opener_is_still_read_as_before() -> None:
    # "Suma" stays no place of its own: the verb opens the headline.
    names = [t.text for t in find_toponyms("Suma Tijuana otra semana violenta", "es")]
    assert names == ["Tijuana"]
