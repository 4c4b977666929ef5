"""The mode of a fight or an ambush: firearms only when the text names shots or armed
attackers; a bare fight leaves the mode null, as the schema asks of unsupported fields."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process


def assault_modes(text: str, language: str) -> list[str | None]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 16))
    return [r.mode for r in process(report, language)[1] if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A criminal cell ambushed a police convoy on Saturday near Comitán, Chiapas, "
            "and killed four officers, the state prosecutor said.",
            "en",
        ),
        (
            "Dos bandas de reos se enfrentaron el sábado en el penal de Tapachula, Chiapas, "
            "y murieron cuatro internos, informó la fiscalía estatal.",
            "es",
        ),
    ],
)
def test_fight_with_no_weapon_named_has_no_mode(text: str, language: str) -> None:
    assert assault_modes(text, language) == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen ambushed a police convoy on Saturday near Comitán, Chiapas, "
            "and killed four officers, the state prosecutor said.",
            "en",
        ),
        (
            "Hombres armados emboscaron el sábado a una patrulla cerca de Comitán, Chiapas, "
            "y mataron a cuatro policías, informó la fiscalía estatal.",
            "es",
        ),
    ],
)
def test_ambush_by_armed_men_is_a_shooting(text: str, language: str) -> None:
    assert assault_modes(text, language) == ["firearms"]
