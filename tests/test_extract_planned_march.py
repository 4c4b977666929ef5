"""A march called for ("realizarán una nueva movilización") is a planned PROTEST, and a plan
for "this Wednesday" in a report of that Wednesday is for that same day.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process

WEDNESDAY = dt.date(2024, 5, 22)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Teachers in Tapachula, Chiapas, said they will march this Wednesday.", "en"),
        (
            "Los maestros de Tapachula, Chiapas, informaron que este miércoles se realizará "
            "una nueva movilización.",
            "es",
        ),
    ],
)
def test_a_march_called_for_today_is_planned_for_today(text: str, language: str) -> None:
    report = Report(
        text=text, content_hash=content_hash(text), published=WEDNESDAY, language=language
    )
    records = [r for r in process(report, language)[1] if r.event_type == "PROTEST"]
    assert [(r.mode, r.factuality, r.date) for r in records] == [
        ("demo", "hypothetical", WEDNESDAY)
    ]
