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


@pytest.mark.parametrize(
    ("text", "language", "kind", "day", "precision"),
    [
        (
            "Gunmen shot dead a shopkeeper in Motozintla, Chiapas, on March 14.\n\nThree days "
            "earlier, farmers had blocked the highway to Motozintla in protest over land.",
            "en",
            "PROTEST",
            dt.date(2023, 3, 11),
            "day",
        ),
        (
            "Hombres armados asesinaron el 14 de marzo a un comerciante en Motozintla, Chiapas."
            "\n\nDos días después, soldados fueron desplegados en Motozintla para patrullar.",
            "es",
            "MOBILIZE",
            dt.date(2023, 3, 16),
            "day",
        ),
        (
            "La policía detuvo el 14 de marzo a un presunto traficante en Tapachula, Chiapas."
            "\n\nEl día anterior, unos vecinos bloquearon la carretera a Tapachula en protesta.",
            "es",
            "PROTEST",
            dt.date(2023, 3, 13),
            "day",
        ),
        (
            # A week counted from a day is no surer than the week it falls in.
            "Gunmen shot dead a shopkeeper in Motozintla, Chiapas, on March 8.\n\nA week "
            "later, soldiers were deployed to Motozintla to patrol the streets.",
            "en",
            "MOBILIZE",
            dt.date(2023, 3, 13),
            "week",
        ),
        (
            "Hombres armados asesinaron el 1 de marzo a un comerciante en Motozintla, Chiapas."
            "\n\nDos semanas más tarde, soldados fueron desplegados en Motozintla para patrullar.",
            "es",
            "MOBILIZE",
            dt.date(2023, 3, 13),
            "week",
        ),
    ],
)
def test_an_act_days_apart_from_the_one_before_takes_its_day_counted(
    text: str, language: str, kind: str, day: dt.date, precision: str
) -> None:
    rec = record(text, language, kind)
    assert (rec.date, rec.date_precision) == (day, precision)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a shopkeeper in Motozintla, Chiapas, on March 14.\n\nSeveral days "
            "later, soldiers were deployed to Motozintla to patrol the streets.",
            "en",
        ),
        (
            "Hombres armados asesinaron el 14 de marzo a un comerciante en Motozintla, Chiapas."
            "\n\nDos días antes de las elecciones, soldados fueron desplegados en Motozintla.",
            "es",
        ),
    ],
)
def test_a_count_of_days_that_names_no_day_of_the_act_before_dates_nothing(
    text: str, language: str
) -> None:
    # "Several days" counts no number of days; "before the elections" counts from the vote.
    rec = record(text, language, "MOBILIZE")
    assert rec.date_precision != "day"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La policía detuvo el 14 de marzo a un presunto traficante en Tapachula, Chiapas."
            "\n\nEl detenido fue deportado horas después a Guatemala, donde enfrentará cargos "
            "por el asalto en enero de una gasolinera.",
            "es",
        ),
        (
            "Police arrested a suspected trafficker in Tapachula, Chiapas, on March 14.\n\nThe "
            "suspect was deported hours later to Guatemala, where he will face charges over the "
            "murder of a judge in January.",
            "en",
        ),
    ],
)
def test_a_date_after_the_count_that_tells_another_act_leaves_the_day_counted(
    text: str, language: str
) -> None:
    # The month dates the act the charges are over, not the deportation, which the count
    # places hours after the arrest.
    report = Report(text=text, content_hash=content_hash(text), published=PUBLISHED)
    dates = sorted(
        (r.date, r.date_precision) for r in process(report, language)[1] if r.event_type == "COERCE"
    )
    assert dates == [(dt.date(2023, 3, 14), "day")] * 2
