"""MUC-4 templates: generic and summary acts (template-doc-part1 1.7) make none."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation import muc4
from hito.evaluation.muc4_generic import generic_sentence
from hito.models import EventRecord


def _record(*evidence: str) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        place="BOGOTA",
        geo_precision=1,
        date=dt.date(1990, 3, 2),
        date_precision="day",
        evidence=list(evidence),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "THE MINISTER SAID A WAVE OF KIDNAPPINGS AND BOMB ATTACKS HAS FRIGHTENED THE PROVINCE.",
        "Troops patrol the city to stop the series of attacks on banks.",
        "THE UNION ASKED THE GOVERNMENT TO HALT THE MURDER OF ACTIVISTS AND TEACHERS.",
        "SINCE 1984 MORE THAN 700 OF ITS MEMBERS HAVE BEEN KILLED, THE PARTY SAID.",
        "There have been many attacks, but the grid keeps working, the mayor said.",
        "Una ola de secuestros y atentados mantiene en vilo a la provincia.",
        "El sindicato pidió frenar el asesinato de campesinos y maestros.",
        "En lo que va del año, más de 300 personas han sido asesinadas en la región.",
    ],
)
def test_acts_told_as_a_kind_or_a_total_are_generic(sentence: str) -> None:
    assert generic_sentence(sentence)
    assert not muc4.is_muc_incident(_record(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "TWO BOMB ATTACKS WERE CARRIED OUT IN THE CAPITAL LAST NIGHT.",
        "THE WAVE OF ATTACKS ON REPORTERS CONTINUED TODAY WHEN AN EDITOR WAS SHOT IN HIS CAR.",
        "Since 2 May, when the campaign of kidnappings began, three teachers were murdered.",
        "THE COMMITTEE CONDEMNED THE MURDER OF SIX TEACHERS IN THE CAPITAL.",
        "Dos atentados con bomba sacudieron anoche la capital.",
        "La ola de ataques siguió anoche, cuando un periodista fue asesinado en su casa.",
    ],
)
def test_an_act_told_by_count_or_anchored_to_one_incident_is_not_generic(sentence: str) -> None:
    assert not generic_sentence(sentence)
    assert muc4.is_muc_incident(_record(sentence))


def test_a_generic_opening_leaves_the_record_out_of_the_templates() -> None:
    records = [
        _record("THE RECENT ATTACKS ON POWER LINES WORRY THE MINISTER, HE SAID."),
        _record("GUNMEN KILLED A JUDGE IN THE CAPITAL YESTERDAY."),
    ]
    templates = muc4.response_templates(records, "BOGOTA, 2 MAR 90 --")
    assert len(templates) == 1
    assert "JUDGE" in templates[0].evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "A MILITARY SOURCE SAID THE AIR FORCE BOMBED GUERRILLA POSITIONS NEAR THE VOLCANO TODAY.",
        "La fuerza aérea bombardeó posiciones de la guerrilla al norte de la capital.",
    ],
)
def test_fire_at_an_armed_sides_positions_is_combat(sentence: str) -> None:
    assert not muc4.is_muc_incident(_record(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "THE EXILED COLONEL ANGERED THE GOVERNMENT BY CALLING FOR THE ASSASSINATION OF THE MAYOR.",
        "Police did not rule out the possibility of a bomb attack on the airport.",
        "THE REPORT SAYS THE GROUP WAS PLANNING TO KIDNAP TWO BANKERS IN THE PORT.",
        "Offices were evacuated after bomb threats from an unknown group.",
        "THE REBELS PROMISED TO REFRAIN FROM ATTACKS ON PUBLIC BUSES.",
        "El coronel pidió el asesinato del alcalde en una entrevista.",
        "Los empleados salieron del edificio tras una amenaza de bomba.",
        "La guerrilla anunció que suspenderá sus ataques contra los autobuses.",
        # A danger or a risk warned of: an alert, not an act.
        "THE POLICE WERE PUT ON ALERT ABOUT THE DANGER OF LEFTIST ATTACKS ON INVENTED POSTS.",
        "Officials warned of the risk of new bombings in the invented port.",
        "La policía alertó sobre el peligro de atentados contra las oficinas inventadas.",
        "El ministro habló del riesgo de nuevos secuestros en el puerto inventado.",
    ],
)
def test_acts_planned_called_for_or_threatened_make_no_template(sentence: str) -> None:
    assert not muc4.is_muc_incident(_record(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "THE GROUP, WHICH THIS MORNING SET FIRE TO AN INVENTED CLUB, SENT A LETTER WITH THE"
        " THREAT TO KILL TEN JUDGES.",
        "Los hombres, que anoche incendiaron la finca inventada, dejaron amenazas de muerte.",
    ],
)
def test_an_act_told_as_done_beside_a_threat_is_kept(sentence: str) -> None:
    assert muc4.is_muc_incident(_record(sentence))
