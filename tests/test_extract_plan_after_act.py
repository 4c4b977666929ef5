"""A relative clause told after a done act that says what is still to come of it ("was
sent home to Honduras, where a judge will try him for a robbery in March in Choluteca") makes
the act no plan, and its date and place are not the act's. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.models import EventRecord

DAY = dt.date(2016, 3, 14)  # a Monday


def _records(text: str, language: str) -> list[EventRecord]:
    return process_text(text, language, DAY)[1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mexican police arrested Ramiro Tovar in Tapachula on Saturday. He was deported "
            "on Sunday to Honduras, where a judge will try him for the murder in January of "
            "two judges in Quetzaltenango.",
            "en",
        ),
        (
            "La policía mexicana detuvo a Ramiro Tovar en Tapachula el sábado. Fue deportado "
            "el domingo a Honduras, donde lo juzgarán por el asesinato en enero de dos "
            "jueces en Quetzaltenango.",
            "es",
        ),
    ],
)
def test_a_deportation_before_a_future_trial_is_told_done(text: str, language: str) -> None:
    records = _records(text, language)
    deports = [r for r in records if r.mode == "deport"]
    assert deports
    assert all(r.factuality != "hypothetical" for r in deports)
    assert all(r.date != dt.date(2016, 1, 1) for r in deports)
    assert all(r.place != "Quetzaltenango" for r in deports)
    # The murder the charges are for is older news, not an act of this report's.
    assert not [r for r in records if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police will arrest Elmer Quiroz in Tapachula, where he will be tried.", "en"),
        ("La policía detendrá a Elmer Quiroz en Tapachula, donde será juzgado.", "es"),
    ],
)
def test_an_arrest_still_to_come_stays_a_plan(text: str, language: str) -> None:
    arrests = [r for r in _records(text, language) if r.event_type == "COERCE"]
    assert all(r.factuality == "hypothetical" for r in arrests)
