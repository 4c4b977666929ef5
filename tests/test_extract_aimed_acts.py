"""Acts named only as what someone aims to stop, prevent or fight ("to put an end to
kidnappings", "para frenar los secuestros", "in the fight against extortion") tell no act:
they give a record no mode, no target and no trigger of their own. Reports written for
these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def assaults(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("ASSAULT", text, language, dt.date(2025, 6, 11))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rebels ambushed an army patrol near the river on Monday, killing four soldiers. "
            "The army said its operations are aimed at halting kidnappings and attacks "
            "by the rebels against businessmen in the region.",
            "en",
        ),
        (
            "Guerrilleros emboscaron a una patrulla del ejército junto al río el lunes y "
            "mataron a cuatro soldados. El ejército dijo que sus operaciones buscan poner fin "
            "a los secuestros y ataques de los rebeldes contra comerciantes de la región.",
            "es",
        ),
    ],
)
def test_acts_a_force_means_to_stop_add_no_mode_nor_target(text: str, language: str) -> None:
    found = assaults(text, language)
    assert len(found) == 1
    assert found[0].mode is None
    assert {t.sector for t in found[0].targets} == {"MIL"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The governor announced on Tuesday new checkpoints on the highway to prevent "
            "kidnappings and armed robberies of travellers.",
            "en",
        ),
        (
            "El gobernador anunció el martes nuevos retenes en la carretera con el fin de "
            "evitar los asaltos y secuestros de viajeros.",
            "es",
        ),
        (
            "The mayor said on Tuesday that the town will hire more officers in the fight "
            "against extortion of shopkeepers.",
            "en",
        ),
        (
            "El alcalde dijo el martes que el municipio contratará más agentes en la lucha "
            "contra el secuestro de comerciantes.",
            "es",
        ),
    ],
)
def test_acts_named_only_as_an_aim_make_no_record(text: str, language: str) -> None:
    assert assaults(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police were sent on Sunday to stop the shootout between two gangs in the "
            "market of Tapachula, where three men were killed.",
            "en",
        ),
        (
            "La policía llegó el domingo para frenar el tiroteo entre dos bandas en el "
            "mercado de Tapachula, donde murieron tres hombres.",
            "es",
        ),
    ],
)
def test_one_act_a_force_stops_is_still_told(text: str, language: str) -> None:
    # One act named in the singular, which the force arrived to stop, did happen.
    assert len(assaults(text, language)) == 1


def test_acts_under_way_a_force_is_asked_to_stop_are_still_told() -> None:
    # English names a kind of act with no article; "the attacks" are ones under way.
    # (Spanish names a kind with the article too, so it has no twin of this case.)
    text = "The bishop asked the army on Friday to stop the attacks on the villages in the valley."
    assert assaults(text, "en")
