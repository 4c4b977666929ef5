"""Criminals killed by other civilians or armed men ("gunmen shot dead four gang members",
"reos asesinaron a cinco pandilleros") are the killing's targets, not a second side: the
killers named before the verb are its actors. In a clash, and where a force kills them, both
stay sides (labelling conventions). Reports written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.models import EventRecord

DAY = dt.date(2025, 6, 18)


def _assault(text: str, language: str) -> EventRecord:
    return next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "language", "killers"),
    [
        (
            "Gunmen shot dead four gang members outside a bar in Escuintla on Sunday.",
            "en",
            {"UAF"},
        ),
        (
            "Pistoleros asesinaron a cuatro pandilleros afuera de un bar en Escuintla el domingo.",
            "es",
            {"UAF"},
        ),
        (
            "Inmates murdered five gang members in the yard of the Pavon prison on Sunday.",
            "en",
            {"CVL"},
        ),
        (
            "Reos asesinaron a cinco pandilleros en el patio del penal de Pavón el domingo.",
            "es",
            {"CVL"},
        ),
    ],
)
def test_criminals_killed_by_others_are_the_targets(
    text: str, language: str, killers: set[str]
) -> None:
    record = _assault(text, language)
    assert {a.sector for a in record.actors} == killers
    assert {a.sector for a in record.targets} == {"CRM"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers killed three hitmen in Reynosa on Sunday.", "en"),
        ("Militares abatieron a tres sicarios en Reynosa el domingo.", "es"),
        (
            "In a shootout between two gangs, gunmen shot dead four gang members in Escuintla.",
            "en",
        ),
    ],
)
def test_criminals_a_force_kills_or_who_fight_stay_a_side(text: str, language: str) -> None:
    assert "CRM" in {a.sector for a in _assault(text, language).actors}
