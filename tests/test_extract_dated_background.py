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
        "Hombres armados atacaron la comandancia policial de Ciudad Valles este sábado y "
        "mataron a un agente. Uno de los lesionados ya había sobrevivido al ataque contra "
        "esa comandancia cometido en julio de 2010."
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
        "The abduction of the 15 passengers recalls earlier waves of mass abductions "
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
            "Chiapas ha sufrido otras matanzas en meses recientes, como la de nueve "
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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados mataron este sábado a seis personas en un bar de Ciudad Valles, "
            "San Luis Potosí.\n\nTambién fueron encontrados en enero los cadáveres de doce "
            "jornaleros masacrados presuntamente por un grupo criminal en una huerta del norte "
            "del estado.",
            "es",
        ),
        (
            "Gunmen killed six people at a bar in Ciudad Valles, San Luis Potosi, on Saturday."
            "\n\nAlso found in January were the bodies of twelve farm workers allegedly "
            "massacred by a criminal group at an orchard in the north of the state.",
            "en",
        ),
    ],
)
def test_bodies_found_in_a_month_long_past_are_a_record_of_their_own(
    text: str, language: str
) -> None:
    """A month named alone, months before the report, dates an earlier act the report
    recalls, though the sentence has no word of recalling."""
    assert ("ASSAULT", "2011-01-01", "historical") in _records(text, language)


def _dates_and_factuality(text: str, language: str) -> set[tuple[str | None, str]]:
    return {
        (r.date.isoformat() if r.date else None, r.factuality)
        for r in process_text(text, language, DAY)[1]
    }


def test_the_same_target_hit_months_ago_is_an_earlier_act_not_todays_date() -> None:
    # The sentence about the earlier blast dated the whole record back two months.
    english = (
        "Armed men detonated a bomb at the electricity substation outside Cobán, cutting "
        "power to the town. The same substation was bombed two months ago, according to the "
        "utility."
    )
    assert _dates_and_factuality(english, "en") == {
        ("2011-03-01", "historical"),
        (None, "asserted"),
    }
    spanish = (
        "Hombres armados detonaron una bomba en la subestación eléctrica a las afueras de "
        "Cobán y dejaron sin luz al pueblo. La misma subestación fue atacada con explosivos "
        "hace dos meses, según la empresa."
    )
    assert _dates_and_factuality(spanish, "es") == {
        ("2011-03-01", "historical"),
        (None, "asserted"),
    }
