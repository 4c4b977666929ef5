"""Attacks a sentence places at several towns "respectively" are one incident at each town,
even with a toll: "respectively" shares the dead out among the towns. A state or province
may be one of the places shared out ("in the department of A and in B, respectively").

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two taxi drivers were shot dead by gunmen in Tapachula and in Comitán, "
            "respectively, police said on Sunday.",
            "en",
        ),
        (
            "Dos taxistas fueron asesinados a balazos en Tapachula y en Comitán, "
            "respectivamente, informó la policía el domingo.",
            "es",
        ),
    ],
)
def test_respectively_splits_the_attacks_by_town(text: str, language: str) -> None:
    places = sorted(r.place or "" for r in pipeline_records(text, language))
    assert places == ["Comitán", "Tapachula"]


def test_a_shared_toll_still_keeps_one_record() -> None:
    records = pipeline_records("Clashes in Tapachula and Comitán left seven dead on Sunday.", "en")
    assert [r.killed for r in records if r.event_type == "ASSAULT"] == [7]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three taxi drivers were shot dead on the same day in Guatemala. The other two "
            "victims were shot by gunmen in the department of Quetzaltenango and in Mixco, "
            "respectively.",
            "en",
        ),
        (
            "Tres taxistas fueron asesinados el mismo día en Guatemala. Las otras dos víctimas "
            "fueron asesinadas por pistoleros en el departamento de Quetzaltenango y en Mixco, "
            "respectivamente.",
            "es",
        ),
    ],
)
def test_respectively_shares_out_a_province_and_a_town(text: str, language: str) -> None:
    places = sorted(r.place or "" for r in pipeline_records(text, language))
    assert places == ["Mixco", "Quetzaltenango"]


def test_without_respectively_a_province_is_no_list_item() -> None:
    text = "Two men were shot dead in the province of Escuintla and in Mixco last week."
    assert len(pipeline_records(text, "en")) == 1
