"""A threat told by its condition ("or they would burn it down", "de lo contrario quemarían
el edificio") or in the threatener's own voice ("we will execute", "ejecutaremos") is a
threat made: a THREATEN record, asserted, though its content is a condition or to come.
Invented texts."""

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


@pytest.mark.parametrize(
    "text",
    [
        "The army said it would attack the camp next week.",
        # A court's order carried out is no death passed on people.
        "The judge said the arrest warrants will be executed next week.",
    ],
)
def test_a_plain_plan_to_attack_stays_no_threat(text: str) -> None:
    records = process_text(text, "en", dt.date(2011, 12, 28))[1]
    assert not [r for r in records if r.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "An armed group left a note at the courthouse in Coban: we will execute the judges "
            "who sentence our comrades.",
            "en",
        ),
        (
            "Un grupo armado dejó una nota en el juzgado de Cobán: ejecutaremos a los jueces que "
            "condenen a nuestros compañeros.",
            "es",
        ),
        (
            "A death squad sent a list of five union leaders to the radio in Coban and said "
            "these people will be executed starting today.",
            "en",
        ),
        (
            "Un escuadrón envió a la radio de Cobán una lista de cinco sindicalistas y dijo que "
            "serán ajusticiados a partir de hoy.",
            "es",
        ),
    ],
)
def test_a_harm_promised_in_the_groups_own_voice_is_a_threat_made(text: str, language: str) -> None:
    # "we will kill", "mataremos": the words are the threat, made now; only what they
    # promise is to come.
    records = process_text(text, language, dt.date(2011, 12, 28))[1]
    assert [(r.event_type, r.factuality) for r in records if r.event_type == "THREATEN"] == [
        ("THREATEN", "asserted")
    ]
