"""An act named after "after" / "tras" is the time of the news told, not news of its own,
unless the words right after it give it a past day of its own ("after the imposition of
martial law there in June 2010"): then it is a recalled act, a record of its own (labelling
conventions: background incidents are kept as historical). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2012, 3, 14)


def _records(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(r.event_type, r.mode) for r in process_text(text, language, DAY)[1]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Officials weigh a new emergency decree for Izabal, two years after the imposition "
            "of martial law in that province in June 2010.",
            "en",
        ),
        (
            "Las autoridades no descartan un nuevo decreto de emergencia en Izabal, tras la "
            "declaratoria de estado de sitio en mayo del año pasado.",
            "es",
        ),
        (
            "Officials weigh a new emergency decree for Izabal after the imposition of martial "
            "law there last year.",
            "en",
        ),
        (
            "Las autoridades estudian un nuevo decreto para Izabal tras la declaratoria de "
            "estado de sitio el año pasado.",
            "es",
        ),
    ],
)
def test_a_back_named_act_with_a_past_day_of_its_own_is_a_record(text: str, language: str) -> None:
    assert ("COERCE", "martial-law") in _records(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Officials weigh a new emergency decree for Izabal after the imposition of martial "
            "law.",
            "en",
        ),
        (
            "Las autoridades no descartan un nuevo decreto de emergencia en Izabal, tras la "
            "declaratoria de estado de sitio.",
            "es",
        ),
    ],
)
def test_a_back_named_act_with_no_day_stays_a_reference(text: str, language: str) -> None:
    assert ("COERCE", "martial-law") not in _records(text, language)
