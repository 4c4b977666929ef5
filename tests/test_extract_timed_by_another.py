"""An act told at a time counted from the act before it ("horas después", "ese mismo día",
"hours later", "the next day") takes that act's day, moved by the day it says. Reports
written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process

PUBLISHED = dt.date(2023, 3, 20)  # a Monday


def record(text: str, language: str, kind: str) -> EventRecord:
    report = Report(text=text, content_hash=content_hash(text), published=PUBLISHED)
    return next(r for r in process(report, language)[1] if r.event_type == kind)


@pytest.mark.parametrize(
    ("text", "language", "kind", "day"),
    [
        (
            "Hombres armados asesinaron el 14 de marzo a un comerciante en Motozintla, Chiapas."
            "\n\nHoras más tarde, la policía estatal detuvo a dos sospechosos en Motozintla.",
            "es",
            "COERCE",
            dt.date(2023, 3, 14),
        ),
        (
            "La policía detuvo el 14 de marzo a un presunto traficante en Tapachula, Chiapas."
            "\n\nEse mismo día, un grupo de vecinos bloqueó la carretera a Tapachula en protesta.",
            "es",
            "PROTEST",
            dt.date(2023, 3, 14),
        ),
        (
            "Gunmen shot dead a shopkeeper in Motozintla, Chiapas, on March 14.\n\nHours later, "
            "state police arrested two suspects in Motozintla.",
            "en",
            "COERCE",
            dt.date(2023, 3, 14),
        ),
        (
            "Gunmen shot dead a shopkeeper in Motozintla, Chiapas, on March 14.\n\nThe next day, "
            "soldiers were deployed to Motozintla to patrol the streets.",
            "en",
            "MOBILIZE",
            dt.date(2023, 3, 15),
        ),
    ],
)
def test_an_act_timed_from_the_one_before_takes_its_day(
    text: str, language: str, kind: str, day: dt.date
) -> None:
    rec = record(text, language, kind)
    assert (rec.date, rec.date_precision) == (day, "day")
