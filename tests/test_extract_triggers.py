"""Trigger words that name a past incident as a case: a suspect's label, a charge.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from hito.extract.triggers import find_triggers
from hito.ingest import content_hash
from hito.models import Report
from hito.nlp import annotate


def triggers(text: str, language: str) -> dict[str, bool]:
    """Trigger text → whether it points back at an incident told elsewhere."""
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {t.text.lower(): t.reference for t in find_triggers(sentence, language)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Police nabbed the prime accused in the 2019 massacre near Tapachula.", "en", "massacre"),
        ("Officers arrested the main suspect in the bombing of the bus station.", "en", "bombing"),
        ("La policía detuvo al principal acusado de la masacre de 2019.", "es", "masacre"),
        ("Detienen al presunto responsable del asesinato de un taxista.", "es", "asesinato"),
    ],
)
def test_a_suspects_label_names_a_past_incident(text: str, language: str, word: str) -> None:
    found = triggers(text, language)
    assert found.get(word) is True, found


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Gunmen carried out a massacre near Tapachula on Sunday.", "en", "massacre"),
        ("Hombres armados cometieron una masacre en Tapachula.", "es", "masacre"),
    ],
)
def test_a_reported_incident_is_not_a_reference(text: str, language: str, word: str) -> None:
    assert triggers(text, language).get(word) is False
