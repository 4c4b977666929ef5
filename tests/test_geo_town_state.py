"""A town followed by its state, as headlines write it: without a comma ("en Zamora
Michoacán") or with the state's plain abbreviation ("Juárez, NL"). Every text here is
invented for the test."""

from __future__ import annotations

import pytest

from hito.geo import find_toponyms, resolve


def _place(text: str) -> tuple[str, str | None] | None:
    place = resolve(find_toponyms(text, "es"), text=text)
    return (place.name, place.admin1) if place else None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Balean a un comerciante afuera de su tienda en Zamora Michoacán", "Michoacán"),
        ("Retienen a dos agentes en Chilpancingo Guerrero durante una protesta", "Guerrero"),
        ("Hallan un cuerpo en un canal de Cuauhtémoc Chihuahua", "Chihuahua"),
        ("Detienen a un hombre con un arma en Juárez, NL", "Nuevo León"),
        ("Atacan a balazos a un taxista en Comondú, BCS", "Baja California Sur"),
    ],
)
def test_town_and_its_state(text: str, state: str) -> None:
    found = _place(text)
    assert found is not None and found[1] == state


def test_town_and_state_are_two_names() -> None:
    names = [t.text for t in find_toponyms("Asaltan una farmacia en Zamora Michoacán", "es")]
    assert names == ["Zamora", "Michoacán"]


def test_a_state_after_a_word_that_is_no_town_stays_whole() -> None:
    # "Guardia Civil Michoacán" is a force's name: no town is read from it.
    names = [t.text for t in find_toponyms("La Guardia Civil Michoacán detiene a tres", "es")]
    assert "Civil" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Asaltan a un repartidor en el centro de Valle de Santiago",
        "Encuentran un auto quemado en un camino de Villa de Ramos",
    ],
)
def test_a_settlement_word_opens_a_town_not_a_person(text: str) -> None:
    # "Valle" and "Santiago", "Villa" and "Ramos" are surnames too; the whole is a town.
    assert len(find_toponyms(text, "es")) == 1


def test_a_given_name_and_a_surname_stay_a_person() -> None:
    assert find_toponyms("Francisco Villa encabezó la marcha del domingo", "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "Buscan a los hermanos Víctor y Emilio; desaparecieron en Navojoa",
        "Salvador y Kevin fueron atacados a balazos afuera de su casa en Guaymas",
    ],
)
def test_a_given_name_is_no_large_place_abroad(text: str) -> None:
    # Victorville and San Salvador answer to these names only as alternates.
    place = resolve(find_toponyms(text, "es"), text=text)
    assert place is not None and place.admin1 == "Sonora"


def test_a_name_before_a_house_number_is_a_street() -> None:
    text = "Oficinas en Valle de Santiago No. 1450, colonia Centro, Ciudad Juárez, Chih."
    assert [t.text for t in find_toponyms(text, "es")] == ["Ciudad Juárez", "Chih."]


def test_flat_mentions_keep_a_town_and_its_state_as_one_run() -> None:
    # Named-entity annotation marks "Zamora Michoacán" whole; no part of it is a mention.
    assert find_toponyms("Asaltan una farmacia en Zamora Michoacán", "es", mentions=True) == []
