"""A state of siege, of exception or a curfew is decreed by the government: its actor, not
the forces sent to enforce it (both golds code every such decree so). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.implied import decreeing_government
from hito.models import Actor

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Honduras's president declared a state of exception in San Pedro Sula on Monday, "
            "and police and soldiers patrolled the city.",
            "en",
        ),
        (
            "El presidente de Honduras declaró el estado de excepción en San Pedro Sula el "
            "lunes; policías y militares patrullan la ciudad.",
            "es",
        ),
    ],
)
def test_a_decree_is_the_governments_act(text: str, language: str) -> None:
    records = [r for r in process_text(text, language, DAY)[1] if r.mode == "martial-law"]
    assert len(records) == 1
    assert [(a.name, a.sector, a.country) for a in records[0].actors] == [
        ("Honduran government", "GOV", "HN")
    ]


def test_only_decrees_change_their_actors() -> None:
    soldiers = [Actor(name="Mexican military", sector="MIL", country="MX")]
    assert decreeing_government("troops", soldiers, "MX") == soldiers
    assert decreeing_government("curfew", soldiers, "MX") == [
        Actor(name="Mexican government", sector="GOV", country="MX")
    ]
