"""Explosives found, seized or only named are no bombing; a device set off, or planted and
defused, is one.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def kinds(text: str, language: str) -> list[tuple[str, str | None]]:
    return sorted((r.event_type, r.mode) for r in pipeline_records(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("THE POLICE FOUND 20 STICKS OF DYNAMITE IN A HOUSE IN THE TOWN OF SAN MIGUEL.", "en"),
        ("Police found 15 kg of dynamite hidden in a pickup in Comitán, Chiapas, on Monday.", "en"),
        ("Agentes hallaron 15 kilos de dinamita en una casa de Comitán, Chiapas, el lunes.", "es"),
        (
            "Soldiers found a rifle, four grenades and material for making explosives in a "
            "shed in Comitán, Chiapas, on Monday.",
            "en",
        ),
        (
            "Tres granadas, un fusil y explosivos fueron asegurados el lunes en una bodega de "
            "Comitán, Chiapas.",
            "es",
        ),
    ],
)
def test_explosives_found_are_a_seizure(text: str, language: str) -> None:
    assert kinds(text, language) == [("COERCE", "seize")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The army said the gang had a plan to use explosives against the bridge in "
            "Comitán, Chiapas.",
            "en",
        ),
        ("The suspect was an expert in explosives and taught recruits in Comitán.", "en"),
        (
            "El detenido era experto en explosivos y enseñaba a los reclutas cómo usar "
            "dinamita en Comitán.",
            "es",
        ),
    ],
)
def test_explosives_only_named_are_no_act(text: str, language: str) -> None:
    assert kinds(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bomb exploded at a bank in Tapachula on Monday, wounding two guards.", "en"),
        ("Una bomba estalló el lunes frente a un banco de Tapachula, Chiapas.", "es"),
        ("Police found a bomb that exploded as they reached the bank in Tapachula.", "en"),
        # Planted at a target and defused: an attempted bombing, not a seizure.
        (
            "Militares desactivaron un artefacto explosivo colocado frente al palacio municipal "
            "de Tapachula, Chiapas, el lunes.",
            "es",
        ),
        ("The bomb squad defused a bomb left at a bank in Tapachula on Monday.", "en"),
        # Used and failed to go off.
        (
            "Policías encontraron dos granadas sin explotar frente al palacio municipal de "
            "Tapachula, Chiapas, el lunes.",
            "es",
        ),
    ],
)
def test_explosives_set_off_or_planted_stay_a_bombing(text: str, language: str) -> None:
    assert kinds(text, language) == [("ASSAULT", "explosives")]


# Grenades a seizure took after a clash are its loot, not the weapon it was fought with.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers clashed with gunmen in Comitán, Chiapas, on Monday. At the end of the "
            "clash they seized nine rifles and two grenades.",
            "en",
        ),
        (
            "Soldiers clashed with gunmen in Comitán, Chiapas, on Monday and seized nine "
            "rifles and two grenades.",
            "en",
        ),
        (
            "Soldados se enfrentaron con pistoleros el lunes en Comitán, Chiapas. Al terminar "
            "el enfrentamiento se aseguraron nueve fusiles y dos granadas.",
            "es",
        ),
    ],
)
def test_grenades_seized_after_a_clash_do_not_make_it_a_bombing(text: str, language: str) -> None:
    assert kinds(text, language) == [("ASSAULT", "firearms")]


# Mortar rounds found in a cache are a stock taken, like dynamite; mortars fired are an attack.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Soldiers found 40 mortar rounds and 200 sticks of TNT buried at a farm near "
            "Ocosingo, Chiapas.",
            "en",
            [("COERCE", "seize")],
        ),
        (
            "BURIED AT THE FARM THEY FOUND 40 SHELLS FOR 81-MM MORTARS, 200 STICKS OF TNT AND "
            "90 DETONATING CAPS.",
            "en",
            [("COERCE", "seize")],
        ),
        (
            "Soldados hallaron 40 proyectiles de mortero y 200 cartuchos de TNT enterrados en "
            "un rancho cerca de Ocosingo, Chiapas.",
            "es",
            [("COERCE", "seize")],
        ),
        (
            "Rebels fired mortar rounds at the army post in Ocosingo, Chiapas, and soldiers "
            "found the launchers nearby.",
            "en",
            [("ASSAULT", "heavy-weapons")],
        ),
    ],
)
def test_mortar_rounds_found_are_a_seizure(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(text, language) == expected
