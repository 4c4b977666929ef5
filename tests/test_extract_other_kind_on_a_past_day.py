"""A lead act with no day, then an act of another kind told in a sentence that opens with a
past day of its own ("a blockade goes on; yesterday the farmers marched"): two incidents, the
second dated by its day. An act of the same kind so told is the lead act dated. Invented
texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2015, 3, 10)
YESTERDAY = "2015-03-09"


def _records(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (r.event_type, r.mode, r.date.isoformat() if r.date else None)
        for r in process_text(text, language, DAY)[1]
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Palenque, Chis. Cafeticultores de Ocosingo bloquean la carretera que une a "
            "Palenque con Ocosingo, en demanda de apoyos para sus cosechas.\n\n"
            "Ayer unos mil cafeticultores marcharon desde Ocosingo hasta la presidencia "
            "municipal de Palenque sin lograr una respuesta.",
            "es",
        ),
        (
            "Coffee growers from Ocosingo have blocked the road between Palenque and Ocosingo, "
            "demanding support for their harvests.\n\n"
            "Yesterday about a thousand growers marched from Ocosingo to the town hall of "
            "Palenque without getting an answer.",
            "en",
        ),
    ],
)
def test_a_march_on_a_day_of_its_own_after_an_undated_blockade_is_apart(
    text: str, language: str
) -> None:
    records = _records(text, language)
    protests = [r for r in records if r[0] == "PROTEST"]
    assert len(protests) == 2, records
    assert ("PROTEST", "demo", YESTERDAY) in protests
    assert not any(mode == "obstruct" and day == YESTERDAY for _, mode, day in protests)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tapachula, Chis. Hombres armados mataron a balazos a dos comerciantes en el "
            "mercado de Tapachula.\n\n"
            "Ayer por la tarde los agresores dispararon contra los comerciantes desde una "
            "camioneta.",
            "es",
        ),
        (
            "Gunmen shot dead two traders at the market in Tapachula.\n\n"
            "Yesterday afternoon the attackers fired on the traders from a pickup truck.",
            "en",
        ),
    ],
)
def test_the_same_kind_of_act_on_a_past_day_dates_the_lead_act(text: str, language: str) -> None:
    assaults = [r for r in _records(text, language) if r[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", "firearms", YESTERDAY)]
