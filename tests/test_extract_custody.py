"""Arrests told without the word: people held, booked, caught by police, sent to jail.

Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 3, 12))
    return process(report, language)[1]


def _arrest(records: list[EventRecord]) -> bool:
    return any(r.mode == "arrest" or (r.arrested or 0) > 0 for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("During the night raids, 40 persons were held and knives were seized.", "en"),
        ("Twenty people have been booked under the new anti-terror law.", "en"),
        ("The accused were booked for murder, arson and rioting.", "en"),
        ("So far the police have booked 30 people in the district.", "en"),
        ("Two men were caught by the railway police while crossing the border.", "en"),
        ("The alleged mastermind is now in the custody of the state police.", "en"),
        ("The activists were sent to nearby police stations.", "en"),
        ("The government is putting its critics behind bars, he said.", "en"),
        ("Los tres jóvenes fueron remitidos a los separos de la policía municipal.", "es"),
        ("El hombre quedó bajo custodia de la policía municipal.", "es"),
    ],
)
def test_custody_words_are_arrests(text: str, language: str) -> None:
    assert _arrest(extract(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The talks were held in the capital on Monday.", "en"),
        ("She booked a room under her name for the weekend.", "en"),
        ("The children were placed in the custody of their grandmother.", "en"),
        ("Three officers were held responsible for the delay.", "en"),
        ("Those guilty should be booked under the anti-terror law, he said.", "en"),
        ("The writer was sent to jail to serve a one-day term for contempt.", "en"),
    ],
)
def test_other_holding_and_booking_are_no_arrests(text: str, language: str) -> None:
    assert not _arrest(extract(text, language))


def test_booked_for_a_crime_names_the_charge_not_an_incident() -> None:
    records = extract("Sixty people have been booked for murder.", "en")
    assert [r.event_type for r in records] == ["COERCE"]
    assert records[0].arrested == 60
