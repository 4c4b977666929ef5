"""An earlier incident recalled by name ("the attack on the station carried out in July
2010") is a historical record of its own, though its date names no day; a year alone ("in
2024 ... to stop the eradication") names no one act. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2011, 5, 22)


def _records(text: str, language: str) -> list[tuple[str, str | None, str]]:
    return sorted(
        (r.event_type, r.date.isoformat() if r.date else None, r.factuality)
        for r in process_text(text, language, DAY)[1]
    )


def test_a_recalled_attack_with_its_month_is_a_record_of_its_own() -> None:
    spanish = (
        "Un comando atacó la comandancia de policía de Ciudad Valles este sábado y mató a un "
        "agente. Entre los heridos está un agente que había sobrevivido el ataque a la "
        "comandancia perpetrado en julio de 2010."
    )
    assert ("ASSAULT", "2010-07-01", "historical") in _records(spanish, "es")
    english = (
        "Gunmen attacked the police station in Ciudad Valles on Saturday, killing one officer. "
        "One of the wounded had survived the attack on the station carried out in July 2010."
    )
    assert ("ASSAULT", "2010-07-01", "historical") in _records(english, "en")


def test_the_act_that_recalls_earlier_ones_is_the_news() -> None:
    # English reporting relates today's act to earlier ones with a verb after it.
    text = (
        "Gunmen abducted 15 bus passengers near Reynosa, Tamaulipas, on Friday.\n\n"
        "The abduction of the 15 passengers recalls previous episodes of mass kidnappings "
        "of migrants."
    )
    facts = {r.factuality for r in process_text(text, "en", DAY)[1] if r.event_type == "ASSAULT"}
    assert facts == {"asserted"}


def test_an_earlier_act_dated_after_the_verb_stays_background() -> None:
    text = (
        "At least 17 inmates were killed in a riot in Escuintla, Guatemala, on Friday.\n\n"
        "The killings echo previous massacres in the same prison in 2008."
    )
    facts = sorted(
        r.factuality for r in process_text(text, "en", DAY)[1] if r.event_type == "ASSAULT"
    )
    assert "historical" in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Chiapas ha vivido otras matanzas en los últimos meses, como la de nueve "
            "campesinos en el municipio de Chenalhó en abril.",
            "es",
        ),
        (
            "Chiapas has seen other massacres in recent months, such as the killing of nine "
            "farmers in the municipality of Chenalho in April.",
            "en",
        ),
    ],
)
def test_an_example_with_its_month_is_no_aggregate(text: str, language: str) -> None:
    dates = [r.date for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT"]
    assert dates == [dt.date(2011, 4, 1)]
