"""Protests in short reports written for these tests, in English and Spanish: who makes one
and how its mode (peaceful or violent) is read."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 2))
    return process(report, language)[1]


def protests(text: str, language: str) -> list[EventRecord]:
    return [r for r in extract(text, language) if r.event_type == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas to break up a protest near Tapachula on Monday.", "en"),
        ("Lawyers rallied on Tuesday in Tapachula against police abuse.", "en"),
        ("La policía disolvió con gas lacrimógeno una protesta en Tapachula el lunes.", "es"),
        ("Abogados protestaron el martes en Tapachula contra los abusos de la policía.", "es"),
    ],
)
def test_a_protest_word_implies_protesters_when_only_state_forces_are_named(
    text: str, language: str
) -> None:
    assert len(protests(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers blocked the highway near Tapachula on Monday.", "en"),
        ("Soldiers marched to the border near Tapachula on Monday.", "en"),
        ("Soldados bloquearon la carretera cerca de Tapachula el lunes.", "es"),
    ],
)
def test_state_forces_blocking_or_marching_are_no_protest(text: str, language: str) -> None:
    assert protests(text, language) == []
