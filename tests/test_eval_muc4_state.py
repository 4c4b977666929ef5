"""The state's own forces as MUC-4 perpetrators (hito.evaluation.muc4_state)."""

from __future__ import annotations

from hito.evaluation.muc4 import response_templates
from hito.evaluation.muc4_fills import name_credit
from hito.evaluation.muc4_state import state_perpetrators
from hito.models import Actor, EventRecord


def _record(*sentences: str) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        mode="targeted",
        country="GT",
        actors=[Actor(name="Guatemalan military", sector="MIL", country="GT")],
        targets=[Actor(name="farmers", sector="CVL")],
        evidence=list(sentences),
    )


def test_soldiers_who_kill_are_the_army() -> None:
    record = _record("Three farmers were shot dead by soldiers near the river on Sunday.")
    assert state_perpetrators(record) == ["ARMY"]


def test_spanish_and_capitals() -> None:
    assert state_perpetrators(
        _record("Dos campesinos fueron asesinados por soldados del ejército en la aldea.")
    ) == ["ARMY"]
    assert state_perpetrators(_record("THE AIR FORCE BOMBED THE VILLAGE AT DAWN.")) == ["AIR FORCE"]
    assert state_perpetrators(_record("Las fuerzas armadas ametrallaron la aldea.")) == [
        "ARMED FORCES"
    ]


def test_the_most_specific_name_wins() -> None:
    record = _record("Air force troops strafed the hamlet, killing four farmers.")
    assert state_perpetrators(record) == ["AIR FORCE"]


def test_a_force_that_reports_or_answers_is_not_the_perpetrator() -> None:
    record = _record(
        "The armed forces press office said gunmen killed two farmers.",
        "Troops were sent to the area after the attack.",
        "El ejército informó que desconocidos mataron a dos campesinos.",
    )
    assert state_perpetrators(record) == []


def test_police_are_left_out() -> None:
    assert state_perpetrators(_record("Two youths were killed by police in the market.")) == []


def test_the_template_names_the_force_as_the_key_does() -> None:
    record = _record("The farmers were killed by members of the Guatemalan army.")
    [template] = response_templates([record])
    assert template.perp_orgs == ["ARMY"]
    assert name_credit("ARMY", "GUATEMALAN ARMY") == 1.0
