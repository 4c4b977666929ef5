"""People an attacker dresses up as ("gunmen dressed as soldiers", "hombres vestidos de
policías", "disfrazados de campesinos") are a disguise, not a party to the act: neither the
force nor the civilians they pose as took part. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.actors import find_actors

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language", "sector"),
    [
        ("The ambush was carried out by a band dressed as peasant farmers.", "en", "CVL"),
        ("Six armed men disguised as soldiers stopped the lorry at dawn.", "en", "MIL"),
        ("La emboscada la hicieron sujetos disfrazados de campesinos.", "es", "CVL"),
        ("Seis hombres vestidos de policías detuvieron el camión al amanecer.", "es", "COP"),
    ],
)
def test_people_posed_as_are_no_mention_of_a_party(text: str, language: str, sector: str) -> None:
    assert all(m.actor.sector != sector for m in find_actors(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen dressed as soldiers shot dead a shopkeeper on Monday in Tapachula, Chiapas.",
            "en",
        ),
        (
            "Hombres armados vestidos de militares mataron a balazos a un tendero el lunes en "
            "Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_a_killing_by_gunmen_in_uniform_has_no_military_party(text: str, language: str) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
    assert all(a.sector != "MIL" for a in record.actors + record.targets)
