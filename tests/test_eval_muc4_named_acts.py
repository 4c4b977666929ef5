"""MUC-4 templates: acts a record's sentences tell apart from its own (acts named on other
victims, a burning at another place)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from hito.evaluation import muc4
from hito.evaluation.muc4_fills import DateFill, LocationFill
from hito.evaluation.muc4_messages import KEEP_FEATURES, LABELS, MessageModel
from hito.models import EventRecord
from hito.nlp.classify import DIMENSION


def _record(*evidence: str, mode: str | None = None) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        mode=mode,
        country="SV",
        place="SAN SALVADOR",
        geo_precision=1,
        date=dt.date(1989, 11, 16),
        date_precision="day",
        killed=6,
        evidence=list(evidence),
    )


def test_acts_named_on_distinct_victims_give_one_template_each() -> None:
    # MUC keys each recalled murder or kidnapping as an incident of its own.
    en = _record(
        "THE INVENTED COMMITTEE CONDEMNED THE MURDER OF SIX TEACHERS IN THE CAPITAL.",
        "IT ALSO RECALLED THE ASSASSINATION OF MAYOR JUAN INVENTADO PEREZ AND THE KIDNAPPING"
        " OF TWO NURSES LAST YEAR.",
    )
    es = _record(
        "EL COMITÉ CONDENÓ EL ASESINATO DE SEIS MAESTROS EN LA CAPITAL.",
        "TAMBIÉN RECORDÓ EL ASESINATO DEL ALCALDE JUAN INVENTADO PÉREZ Y EL SECUESTRO DE DOS"
        " ENFERMERAS.",
    )
    for record in (en, es):
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["ATTACK", "ATTACK", "KIDNAPPING"]
        first, *apart = out
        assert first.location and first.location.levels
        # Named by noun alone, the recalled act's scene is untold: its country.
        assert all(r.location == LocationFill("el salvador") and r.apart for r in apart)
        # Another act's day, deaths and instrument are not the record's.
        assert first.date is not None and first.deaths == 6
        assert all(r.date is None and r.deaths is None and not r.instruments for r in apart)


def test_one_victim_named_again_is_one_act() -> None:
    for record in (
        _record(
            "THE MASSACRE OF THE INVENTED TEACHERS SHOCKED THE COUNTRY.",
            "THE ASSASSINATION OF THE TEACHERS WAS PLANNED BY OFFICERS.",
        ),
        _record("LA MASACRE DE LOS MAESTROS INVENTADOS.", "EL ASESINATO DE LOS MAESTROS."),
        _record("GUNMEN KILLED TWO INVENTED CLERKS IN THE CAPITAL."),
    ):
        assert len(muc4.response_templates([record])) == 1


def test_a_named_act_stands_or_falls_by_the_keep_regression_alone() -> None:
    # An act of other days and victims is judged by the regression as any template, not
    # kept because its record's own template is (dev out of fold: that kept one template,
    # a spurious one). Here the regression reads only the message's probability of its type.
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    keep = np.zeros(len(KEEP_FEATURES) + 1, dtype=np.float32)
    keep[KEEP_FEATURES.index("type")] = 1.0
    model = MessageModel(LABELS, weights, bias, keep=keep)
    for record in (
        _record(
            "A BOMB KILLED SIX INVENTED CLERKS; THE MURDER OF THE CLERKS FOLLOWED THE MURDER"
            " OF A JUDGE.",
            mode="explosives",
        ),
        _record(
            "UNA BOMBA MATÓ A SEIS EMPLEADOS INVENTADOS; EL ASESINATO DE LOS EMPLEADOS SIGUIÓ"
            " AL ASESINATO DE UN JUEZ.",
            mode="explosives",
        ),
    ):
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["BOMBING", "ATTACK"]
        day = dt.date(1989, 11, 17)
        unlikely = {"RELEVANT": 0.9, "BOMBING": 0.9, "ATTACK": 0.01}
        kept = muc4.with_message(out, unlikely, [record], day, model=model)
        assert [r.incident_type for r in kept] == ["BOMBING"]
        likely = {"RELEVANT": 0.9, "BOMBING": 0.9, "ATTACK": 0.9}
        kept = muc4.with_message(out, likely, [record], day, model=model)
        assert [r.incident_type for r in kept] == ["BOMBING", "ATTACK"]
        dated = muc4.dated_by_default(kept, day)
        assert dated[1].date == DateFill(None, day)


def test_a_burning_told_beside_another_act_takes_the_place_its_sentence_names() -> None:
    # The raid is keyed where it began; the burning where its own sentence tells it.
    for burning in (
        "AN INVENTED VAN WAS DESTROYED BY FIRE INSIDE THE MEJICANOS NEIGHBORHOOD.",
        "LOS REBELDES INCENDIARON UN AUTOBÚS INVENTADO EN MEJICANOS.",
    ):
        record = EventRecord(
            event_type="ASSAULT",
            country="SV",
            admin1="San Salvador",
            place="ESCALON",
            geo_precision=1,
            evidence=["REBELS ATTACKED AN INVENTED HOUSE IN THE ESCALON NEIGHBORHOOD.", burning],
        )
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["ATTACK", "ARSON"]
        assert out[0].location and out[0].location.specific == ("escalon",)
        assert out[1].location and out[1].location.specific == ("mejicanos",)
    # The dateline's town is where the story was filed, not the burning's scene.
    line = "SAN SALVADOR, 2 MAY 90 --"
    filed = EventRecord(
        event_type="ASSAULT",
        country="SV",
        place="SAN SALVADOR",
        geo_precision=1,
        evidence=[f"{line} REBELS ATTACKED AND BURNED AN INVENTED BUS."],
    )
    attack, arson = muc4.response_templates([filed], line)
    assert arson.incident_type == "ARSON" and arson.location == attack.location


def test_a_victim_named_back_by_a_short_definite_phrase_is_the_same_act() -> None:
    # "The general", "the priests", "both leaders" name again a victim told before by
    # name: MUC keys the one act, not one per way of naming its victims.
    for record in (
        _record(
            "THE INVENTED FRONT CLAIMED THE MURDER OF FORMER MINISTER JUAN INVENTADO RUIZ.",
            "POLICE HOLD SIX SUSPECTS IN THE MURDER OF THE RETIRED GENERAL.",
        ),
        _record(
            "A JUDGE HEARD WITNESSES ON THE MURDER OF SIX INVENTED TEACHERS.",
            "THE ASSASSINATION OF THE EDUCATORS WAS PLANNED BY OFFICERS.",
            "RELATIVES ASKED FOR JUSTICE FOR THE KILLING OF BOTH WOMEN.",
        ),
        _record(
            "EL FRENTE INVENTADO REIVINDICÓ EL ASESINATO DEL EXMINISTRO JUAN INVENTADO RUIZ.",
            "LA POLICÍA DETUVO A SEIS SOSPECHOSOS DEL ASESINATO DE ESTE GENERAL RETIRADO.",
        ),
    ):
        assert muc4.named_acts(record) == []
    # A victim the definite phrase tells with more than a few words is another one.
    record = _record(
        "THE INVENTED FRONT CLAIMED THE MURDER OF FORMER MINISTER JUAN INVENTADO RUIZ.",
        "IT ALSO CLAIMED THE MURDER OF THE MAYOR OF THE TOWN OF SAN PEDRO.",
    )
    assert muc4.named_acts(record) == ["ATTACK"]
