"""A threat told by its condition ("or they would burn it down", "de lo contrario quemarían
el edificio") is a threat made: a THREATEN record, asserted, though its content is a
condition. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen called the radio station in Coban and gave it an hour to read their "
            "message, or they would burn the building down.",
            "en",
        ),
        (
            "Inmates shouted to reporters that if they were not given more visits, they would "
            "kill the guards.",
            "en",
        ),
        (
            "Hombres armados llamaron a la radio de Cobán y exigieron leer su mensaje; de lo "
            "contrario quemarían el edificio.",
            "es",
        ),
    ],
)
def test_a_threat_told_by_its_condition_is_a_threat_made(text: str, language: str) -> None:
    records = process_text(text, language, dt.date(2011, 12, 28))[1]
    assert [(r.event_type, r.factuality) for r in records if r.event_type == "THREATEN"] == [
        ("THREATEN", "asserted")
    ]


def test_a_plain_plan_to_attack_stays_no_threat() -> None:
    text = "The army said it would attack the camp next week."
    records = process_text(text, "en", dt.date(2011, 12, 28))[1]
    assert not [r for r in records if r.event_type == "THREATEN"]
