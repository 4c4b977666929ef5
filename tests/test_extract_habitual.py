"""Habits and running totals are not one incident: a group that usually marches, a tally
that a new event raises, gangs that regularly move drugs through a region.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from hito.extract.mentions import sentence_mentions
from hito.ingest import content_hash
from hito.models import Report
from hito.nlp import annotate


def _types(text: str, language: str) -> set[str]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {m.event_type for m in sentence_mentions(sentence, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The farmers' union organizes protest marches in the capital to demand water rights.",
            "en",
        ),
        (
            "Smugglers usually cross the river at night and police regularly arrest a few of them.",
            "en",
        ),
        (
            "The riot raises the total of inmates killed in the jails this year to 21.",
            "en",
        ),
        (
            "Por lo general, los traficantes cruzan el río y la policía detiene a algunos.",
            "es",
        ),
        ("El contrabando suele pasar por el puente, donde habitualmente detienen a algunos.", "es"),
        (
            "El motín eleva a 21 el total de reos asesinados en las cárceles del país este año.",
            "es",
        ),
        (
            "El ministro admitió que la fiscalía sólo ha detenido a cuatro sospechosos.",
            "es",
        ),
        ("The governor's police have only arrested five gang leaders during his term.", "en"),
    ],
)
def test_a_habit_or_a_running_total_is_no_incident(text: str, language: str) -> None:
    assert _types(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested two smugglers at the river crossing on Tuesday night.", "en"),
        ("La policía detuvo el martes a dos contrabandistas junto al río.", "es"),
    ],
)
def test_a_single_act_still_counts(text: str, language: str) -> None:
    assert "COERCE" in _types(text, language)
