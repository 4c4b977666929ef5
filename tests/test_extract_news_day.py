"""A dated news report that names one recent day, pinned by its weekday ("este lunes", "on
Monday"), tells its undated acts on that day; a bare "ayer" or a second day fixes nothing,
and a time told from another act ("un día antes", "the day before") takes the day it
counts instead. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process

PUBLISHED = dt.date(2023, 3, 14)  # a Tuesday
MONDAY = dt.date(2023, 3, 13)


def record(text: str, language: str, kind: str) -> EventRecord:
    report = Report(text=text, content_hash=content_hash(text), published=PUBLISHED)
    return next(r for r in process(report, language)[1] if r.event_type == kind)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Seis personas murieron este lunes por la mañana en un enfrentamiento entre bandas "
            "armadas en Tenosique, Tabasco, informó la fiscalía.\n\nLa policía estatal detuvo a "
            "tres hombres armados en la colonia Centro de Tenosique.",
            "es",
            "COERCE",
        ),
        (
            "Gunmen killed four police officers on Monday in Tapachula, Chiapas, the state "
            "prosecutor said.\n\nSoldiers and National Guard troops were deployed to Tapachula "
            "to patrol the streets.",
            "en",
            "MOBILIZE",
        ),
    ],
)
def test_undated_act_takes_the_news_day(text: str, language: str, kind: str) -> None:
    rec = record(text, language, kind)
    assert (rec.date, rec.date_precision) == (MONDAY, "day")


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Seis personas murieron ayer en un enfrentamiento entre bandas armadas en "
            "Tenosique, Tabasco, informó la fiscalía.\n\nLa policía estatal detuvo a tres "
            "hombres armados en la colonia Centro de Tenosique.",
            "es",
            "COERCE",
        ),
    ],
)
def test_no_news_day_dates_nothing(text: str, language: str, kind: str) -> None:
    assert record(text, language, kind).date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Instituto Nacional de Migración deportó este lunes desde Tenosique, Tabasco, a "
            "80 hondureños.\n\nUn día antes, hombres armados asesinaron a dos policías en "
            "Tenosique.",
            "es",
        ),
        (
            "Soldiers deported 80 Hondurans from Tenosique, Tabasco, on Monday.\n\nThe day "
            "before, gunmen shot dead two police officers in Tenosique.",
            "en",
        ),
    ],
)
def test_an_act_told_from_another_takes_the_day_it_counts_not_the_news_day(
    text: str, language: str
) -> None:
    rec = record(text, language, "ASSAULT")
    assert (rec.date, rec.date_precision) == (MONDAY - dt.timedelta(days=1), "day")
