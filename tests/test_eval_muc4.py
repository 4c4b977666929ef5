"""MUC-4 scorer on invented messages and keys, with the pipeline replaced by fixed records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from hito.evaluation import muc4, muc4_keys
from hito.evaluation.muc4_fills import (
    DateFill,
    LocationFill,
    date_credit,
    instrument_credit,
    location_credit,
    name_credit,
    parse_date,
    parse_location,
)
from hito.evaluation.muc4_messages import (
    KEEP_FEATURES,
    LABELS,
    MODEL_ENV,
    MessageModel,
    keep_features,
    load_message_model,
    paragraphs,
)
from hito.extract.implied import UNKNOWN_CAPTORS
from hito.models import Actor, EventRecord
from hito.nlp.classify import DIMENSION, hashed

MESSAGES = """TST9-MUC4-0001

   SAN SALVADOR, 14 MAR 90 -- [TEXT] AN INVENTED BOMB KILLED TWO PEASANTS.

TST9-MUC4-0002

   BOGOTA, 16 MAR 90 (EFE) -- [TEXT] AN INVENTED KIDNAPPING AND A SHOOTING.

TST9-MUC4-0003

   LIMA, 17 MAR 90 -- [TEXT] AN INVENTED NOTE ABOUT NOTHING RELEVANT.
"""


def template(msg: str, number: str, slots: dict[int, list[str]]) -> str:
    names = {
        0: "MESSAGE: ID",
        1: "MESSAGE: TEMPLATE",
        2: "INCIDENT: DATE",
        3: "INCIDENT: LOCATION",
        4: "INCIDENT: TYPE",
        7: "INCIDENT: INSTRUMENT TYPE",
        10: "PERP: ORGANIZATION ID",
        21: "HUM TGT: NUMBER",
        23: "HUM TGT: EFFECT OF INCIDENT",
    }
    slots = {0: [msg], 1: [number], **slots}
    lines = []
    for i in range(25):
        values = slots.get(i, ["*" if number == "*" else "-"])
        label = f"{i}.".ljust(4) + names.get(i, "OTHER: SLOT")
        lines.append(label.ljust(36) + values[0])
        lines += [" " * 36 + v for v in values[1:]]
    return "\n".join(lines) + "\n\n"


KEYS = (
    ";;; invented answer keys\n"
    + template(
        "TST9-MUC4-0001 (TEST)",
        "1",
        {
            2: ["12 MAR 90"],
            3: ["EL SALVADOR: SAN SALVADOR (CITY)"],
            4: ["BOMBING"],
            7: ['BOMB: "BOMB"'],
            10: ['"FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"'],
            21: ['2: "PEASANTS"'],
            23: ['DEATH: "PEASANTS"'],
        },
    )
    + template(
        "TST9-MUC4-0002",
        "1",
        {2: ["- 15 MAR 90"], 3: ["COLOMBIA: MEDELLIN (CITY)"], 4: ["KIDNAPPING"], 7: ["*"]},
    )
    + template("TST9-MUC4-0002", "2 (OPTIONAL)", {3: ["COLOMBIA"], 4: ["ATTACK"], 7: ["GUN: -"]})
    + template("TST9-MUC4-0003", "*", {})
)

RECORDS: dict[str, list[EventRecord]] = {
    "TST9-MUC4-0001": [
        EventRecord(
            event_type="ASSAULT",
            mode="explosives",
            date=dt.date(1990, 3, 12),
            date_precision="day",
            country="SV",
            admin1="San Salvador",
            place="San Salvador",
            geo_precision=1,
            actors=[Actor(name="Farabundo Marti National Liberation Front", sector="REB")],
            killed=2,
            evidence=["AN INVENTED BOMB KILLED TWO PEASANTS IN SAN SALVADOR."],
        )
    ],
    "TST9-MUC4-0002": [
        EventRecord(
            event_type="ASSAULT",
            mode="firearms",
            country="CO",
            place="Bogota",
            geo_precision=1,
            actors=[Actor(name="gunmen", sector="UAF")],
            evidence=["AN INVENTED SHOOTING IN BOGOTA."],
        )
    ],
    "TST9-MUC4-0003": [
        EventRecord(event_type="ASSAULT", mode="targeted", country="PE"),
        # Police against gunmen, nobody else hit: combat, which MUC leaves out.
        EventRecord(
            event_type="ASSAULT",
            mode="firearms",
            country="PE",
            actors=[Actor(name="police", sector="COP"), Actor(name="gunmen", sector="UAF")],
        ),
        EventRecord(event_type="COERCE", mode="arrest", country="PE"),
    ],
}


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    (tmp_path / "tst9-muc4").write_text(MESSAGES, encoding="ascii")
    (tmp_path / "key-tst9.v1").write_text(KEYS, encoding="ascii")
    (tmp_path / "notes.txt").write_text("File name: notes\n0.  MESSAGE: ID  X\n")
    calls: list[Any] = []

    def fake(text: str, language: str, published: dt.date | None, source: str) -> Any:
        calls.append((source, published))
        return None, RECORDS[source]

    monkeypatch.setattr(muc4, "process_text", fake)
    # The hand scores are the pipeline's templates alone; the message model has its tests.
    monkeypatch.setenv(MODEL_ENV, "none")
    return calls


def test_scores_by_hand(tmp_path: Path, data: list[Any]) -> None:
    n, s = muc4.evaluate(tmp_path)
    assert n == 3
    assert data[0] == ("TST9-MUC4-0001", dt.date(1990, 3, 14))
    slots = s["slots"]
    # Message 1: everything right but the instrument (EXPLOSIVE for BOMB: partial).
    # Message 2: the ATTACK maps to the optional ATTACK key (type, GUN right; COLOMBIA
    # with a town for a country-only key: partial); the KIDNAPPING key is missed.
    # Message 3 is irrelevant: its ATTACK is spurious; the clash and the arrest are no
    # templates.
    assert {k: slots["incident_type"][k] for k in ("cor", "par", "pos", "act")} == {
        "cor": 2,
        "par": 0,
        "pos": 3,
        "act": 3,
    }
    assert s["incident_type_f1"] == 0.6667
    # The undated templates of messages 2 and 3 take the default "- 16 MAR 90" (on or before
    # their dateline), which the optional key and the irrelevant message leave blank.
    assert (slots["date"]["cor"], slots["date"]["pos"], slots["date"]["act"]) == (1, 2, 3)
    assert s["date_f1"] == 0.4
    assert (slots["location"]["cor"], slots["location"]["par"]) == (1, 1)
    assert (slots["location"]["pos"], slots["location"]["act"]) == (3, 3)
    assert s["location_f1"] == 0.5
    assert s["perp_org_f1"] == 1.0
    assert (slots["weapon"]["cor"], slots["weapon"]["par"], slots["weapon"]["act"]) == (1, 1, 2)
    assert s["weapon_f1"] == 0.75
    assert s["deaths_f1"] == 1.0
    assert (s["templates"]["cor"], s["templates"]["pos"], s["templates"]["act"]) == (2, 3, 3)


def date(text: str) -> DateFill:
    fill = parse_date(text)
    assert fill is not None
    return fill


def test_date_credit() -> None:
    day = DateFill(dt.date(1989, 8, 26), dt.date(1989, 8, 26))
    assert parse_date("26 AUG 89") == day
    assert date_credit(day, day) == 1.0
    # Inside a range, or before a default date: partial (guidelines 3.2.2).
    assert date_credit(day, date("25 AUG 89 - 26 AUG 89")) == 0.5
    assert date_credit(day, date("- 26 AUG 89")) == 0.5
    assert date_credit(day, date("16 AUG 89")) == 0.0
    month = DateFill(dt.date(1989, 8, 1), dt.date(1989, 8, 31))
    assert parse_date("AUG 89") == month
    assert date_credit(month, day) == 0.5
    assert parse_date("11 NOV", default_year=1989) == DateFill(
        dt.date(1989, 11, 11), dt.date(1989, 11, 11)
    )


def test_location_credit() -> None:
    key = parse_location("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)")[0]
    assert location_credit(LocationFill("colombia", (("medellin",),)), key) == 1.0
    assert location_credit(LocationFill("colombia", (("cali",),)), key) == 0.5
    assert location_credit(LocationFill("colombia"), key) == 0.5
    assert location_credit(LocationFill("bolivia", (("medellin",),)), key) == 0.5
    assert location_credit(LocationFill("peru", (("lima",),)), key) == 0.0
    ranged = parse_location("COLOMBIA: MEDELLIN (CITY) - CALI (CITY)")[0]
    assert location_credit(LocationFill("colombia", (("medellin",),)), ranged) == 0.5


def test_location_credit_of_a_range() -> None:
    """3.2.3: one place against a range key is partial, so the same range is correct."""
    ranged = parse_location("COLOMBIA: MEDELLIN (CITY) - CALI (CITY)")[0]
    assert location_credit(LocationFill("colombia", (("medellin", "cali"),)), ranged) == 1.0
    assert location_credit(LocationFill("colombia", (("cali", "medellin"),)), ranged) == 1.0
    assert location_credit(LocationFill("colombia", (("medellin", "pereira"),)), ranged) == 0.5
    assert location_credit(LocationFill("colombia"), ranged) == 0.5
    single = parse_location("COLOMBIA: MEDELLIN (CITY)")[0]
    assert location_credit(LocationFill("colombia", (("medellin", "cali"),)), single) == 0.5
    assert location_credit(LocationFill("peru", (("medellin", "cali"),)), ranged) == 0.5
    assert location_credit(LocationFill("peru", (("tumbes", "lima"),)), ranged) == 0.0
    both = parse_location("(EL SALVADOR: ZARAGOZA (TOWN)) / (EL SALVADOR: SAN SALVADOR (CITY))")
    assert [x.specific for x in both] == [("zaragoza",), ("san salvador",)]
    typed = parse_location("COLOMBIA: URABA (REGION / CITY)")
    assert typed == [LocationFill("colombia", (("uraba",),))]


def test_instrument_and_name_credit() -> None:
    assert instrument_credit("GUN", "RIFLE") == 0.5
    assert instrument_credit("EXPLOSIVE", "VEHICLE BOMB") == 0.5
    assert instrument_credit("GUN", "BOMB") == 0.0
    assert name_credit("Salvadoran Army", "ARMY") == 1.0
    assert name_credit("police", "NATIONAL POLICE") == 0.5
    assert name_credit("Sinaloa Cartel", "FMLN") == 0.0


def test_wrapped_paragraphs_are_read_as_one_line() -> None:
    body = (
        "   LIMA, 2 FEB 90 -- [TEXT] AN INVENTED BOMB\nEXPLODED NEAR A BANK IN\nAREQUIPA.\n\n"
        "   A SECOND INVENTED\nPARAGRAPH.\n"
    )
    assert muc4_keys.unwrap(body) == (
        "LIMA, 2 FEB 90 -- [TEXT] AN INVENTED BOMB EXPLODED NEAR A BANK IN AREQUIPA.\n\n"
        "A SECOND INVENTED PARAGRAPH."
    )
    assert muc4_keys.dateline(muc4_keys.unwrap(body)) == "LIMA, 2 FEB 90 --"
    assert muc4_keys.dateline("AN INVENTED TEXT -- WITHOUT A DATELINE") == ""


def test_a_place_from_the_dateline_alone_fills_only_the_country() -> None:
    # template-doc-part1 7.4 note 4: no specific place when it may be where the story was filed.
    line = "LIMA, 2 FEB 90 --"
    record = EventRecord(
        event_type="ASSAULT",
        country="PE",
        place="LIMA",
        geo_precision=1,
        evidence=[f"{line} [TEXT] AN INVENTED BOMB KILLED TWO GUARDS."],
    )
    (resp,) = muc4.response_templates([record], line)
    assert resp.location == LocationFill("peru")
    told = record.model_copy(update={"evidence": ["THE INVENTED BOMB WENT OFF IN LIMA."]})
    here = record.model_copy(update={"evidence": ["UNA BOMBA INVENTADA ESTALLÓ AQUÍ."]})
    for r in (told, here):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == LocationFill("peru", (("lima",),))


def test_an_act_told_at_a_street_of_the_dateline_town_is_placed_in_that_town() -> None:
    # A street, avenue or city block places the act inside a town; with no other town told,
    # MUC keys the dateline's, though a bare act told from there keeps the country (note 4).
    line = "LIMA, 2 FEB 90 --"
    record = EventRecord(
        event_type="ASSAULT",
        country="PE",
        admin1="Lima",
        place="LIMA",
        geo_precision=1,
        evidence=[f"{line} [TEXT] INVENTED GUNMEN SHOT A FICTIONAL CLERK ON 28TH STREET."],
    )
    spanish = record.model_copy(
        update={"evidence": ["UNOS PISTOLEROS INVENTADOS MATARON A UN EMPLEADO EN LA AVENIDA 9."]}
    )
    lima = LocationFill("peru", (("lima",),))
    for r in (record, spanish):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == lima
    # Only the dateline's own town: a street told of an act placed elsewhere, or abroad,
    # says nothing of that town; "BLOCKED" is no city block.
    elsewhere = record.model_copy(update={"place": "HUANTA", "admin1": "Ayacucho"})
    abroad = record.model_copy(update={"country": "MX", "place": "LIMA", "admin1": None})
    blocked = record.model_copy(update={"evidence": ["INVENTED REBELS BLOCKED A ROAD."]})
    for r in (elsewhere, abroad, blocked):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == LocationFill("peru")


def test_a_town_not_told_keeps_the_department_its_sentences_name() -> None:
    # The pipeline placed the act at a town its sentences never name (note 4: it may be where
    # the story was filed), but they name the town's department: MUC keys the department.
    line = "GUATEMALA CITY, 2 FEB 90 --"
    record = EventRecord(
        event_type="ASSAULT",
        country="GT",
        admin1="Alta Verapaz",
        place="COBAN",
        geo_precision=1,
        evidence=["INVENTED GUNMEN KILLED A FICTIONAL MAYOR IN ALTA VERAPAZ DEPARTMENT."],
    )
    spanish = record.model_copy(
        update={"evidence": ["PISTOLEROS INVENTADOS MATARON A UN ALCALDE EN ALTA VERAPAZ."]}
    )
    for r in (record, spanish):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == LocationFill("guatemala", (("alta verapaz",),))
    # A department named as the country is, or only as where a distance is measured from,
    # tells nothing below the country.
    country = record.model_copy(
        update={"admin1": "Guatemala", "evidence": ["INVENTED GUNMEN KILLED A MAYOR IN GUATEMALA."]}
    )
    distance = record.model_copy(
        update={"evidence": ["INVENTED GUNMEN KILLED A MAYOR 30 KM FROM ALTA VERAPAZ."]}
    )
    for r in (country, distance):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == LocationFill("guatemala")


def test_the_capital_tells_the_national_capital_of_the_dateline() -> None:
    # "IN THE CAPITAL" places the act in the country's capital, the town of the dateline.
    line = "LIMA, 2 FEB 90 --"
    record = assault("LIMA", "PE", "AN INVENTED BOMB WENT OFF IN A QUIET SECTOR OF THE CAPITAL.")
    spanish = record.model_copy(
        update={"evidence": ["UNA BOMBA INVENTADA ESTALLÓ EN UN BARRIO DE LA CAPITAL."]}
    )
    for r in (record, spanish):
        (resp,) = muc4.response_templates([r], line)
        assert resp.location == LocationFill("peru", (("lima",),))
    # A department's capital is not the country's; nor is a town that is no capital.
    other = record.model_copy(
        update={"evidence": ["AN INVENTED BOMB WENT OFF IN THE CAPITAL OF CUSCO DEPARTMENT."]}
    )
    town = record.model_copy(update={"place": "HUANTA", "evidence": record.evidence})
    for r in (other, town):
        (resp,) = muc4.response_templates([r], "HUANTA, 2 FEB 90 --")
        assert resp.location == LocationFill("peru")


def test_a_wire_yesterday_is_read_from_the_dateline_not_its_day() -> None:
    # The pipeline reads the dateline's day as a date the lead tells, before its "yesterday";
    # MUC reads the wire's relative words from the dateline.
    line = "QUITO, 12 MAR 90 (INVENTED) --"
    filed = dt.date(1990, 3, 12)
    record = EventRecord(
        event_type="ASSAULT",
        country="EC",
        date=filed,
        date_precision="day",
        evidence=[f"{line} [TEXT] UNKNOWN MEN SHOT A FICTIONAL JUDGE YESTERDAY IN HIS OFFICE."],
    )
    (resp,) = muc4.response_templates([record], line, published=filed)
    assert resp.date == DateFill(dt.date(1990, 3, 11), dt.date(1990, 3, 11))
    # Nothing else dates the act: on or before the dateline, MUC's default.
    plain = record.model_copy(update={"evidence": [f"{line} UNKNOWN MEN SHOT A FICTIONAL JUDGE."]})
    (resp,) = muc4.response_templates([plain], line, published=filed)
    assert resp.date == DateFill(None, filed)
    # A record the pipeline dated otherwise, or read without its dateline, is left as it is.
    other = record.model_copy(update={"date": dt.date(1990, 3, 5)})
    (resp,) = muc4.response_templates([other], line, published=filed)
    assert resp.date == DateFill(dt.date(1990, 3, 5), dt.date(1990, 3, 5))
    (resp,) = muc4.response_templates([record], line)
    assert resp.date == DateFill(filed, filed)


def test_an_act_dated_only_by_the_day_a_source_spoke_is_bounded_by_that_day() -> None:
    # The pipeline writes no date for it; MUC reads the telling day as the act's (3.2.2).
    filed = dt.date(1990, 3, 12)
    record = EventRecord(
        event_type="ASSAULT",
        country="EC",
        evidence=["THE POLICE SAID ON SATURDAY THAT INVENTED REBELS HAD ATTACKED A BRIDGE."],
    )
    (resp,) = muc4.response_templates([record], "QUITO, 12 MAR 90 --", published=filed)
    assert resp.date == DateFill(dt.date(1990, 3, 10), dt.date(1990, 3, 10))
    plain = record.model_copy(update={"evidence": ["INVENTED REBELS ATTACKED A BRIDGE."]})
    (resp,) = muc4.response_templates([plain], "QUITO, 12 MAR 90 --", published=filed)
    assert resp.date is None


def test_an_undated_template_takes_the_default_on_or_before_the_dateline() -> None:
    filed = dt.date(1990, 3, 12)
    dated = muc4.Response("ATTACK", date=DateFill(dt.date(1990, 3, 2), dt.date(1990, 3, 2)))
    undated = muc4.Response("BOMBING", evidence="UNOS DESCONOCIDOS LANZARON UNA BOMBA INVENTADA.")
    out = muc4.dated_by_default([dated, undated], filed)
    assert [r.date for r in out] == [dated.date, DateFill(None, filed)]
    assert undated.date is None  # a copy, not the template itself
    assert muc4.dated_by_default([undated], None) == [undated]


def scores(relevant: float, **types: float) -> dict[str, float]:
    return {"RELEVANT": relevant, **{t: types.get(t.split()[0], 0.2) for t in LABELS[1:]}}


def test_irrelevant_message_keeps_no_template() -> None:
    responses = [muc4.Response("BOMBING")]
    assert muc4.with_message(responses, scores(0.1), [], None) == []


def test_message_model_retypes_and_adds() -> None:
    published = dt.date(1990, 3, 16)
    records = [EventRecord(event_type="ASSAULT", country="CO")]
    # The message reads as a kidnapping and a shooting, not a bombing: the BOMBING becomes
    # ATTACK (partially right for any key type) and a KIDNAPPING template is added.
    out = muc4.with_message(
        [muc4.Response("BOMBING")],
        scores(0.9, BOMBING=0.05, KIDNAPPING=0.8, ATTACK=0.7),
        records,
        published,
    )
    assert [r.incident_type for r in out] == ["ATTACK", "KIDNAPPING"]
    assert out[1].location == LocationFill("colombia")
    assert out[1].date == DateFill(None, published)


def test_relevant_message_without_template_gets_its_likeliest_type() -> None:
    out = muc4.with_message([], scores(0.7, ARSON=0.4), [], None)
    assert [(r.incident_type, r.location, r.date) for r in out] == [("ARSON", None, None)]
    # Unsure of relevance: neither drops nor adds.
    kept = [muc4.Response("ATTACK")]
    assert muc4.with_message(kept, scores(0.45, KIDNAPPING=0.9), [], None) == kept


def test_an_added_template_takes_the_town_the_lead_tells_the_act_in() -> None:
    # No record placed the act, so the message model's template would stay at the country;
    # the lead tells where the act happened, and the story is about that act (7.4).
    published = dt.date(1990, 5, 2)
    for lead in (
        "PARIS (FRANCE), 2 MAY 90 (INVENTED AGENCY) -- [TEXT] THE INVENTED DELEGATION WILL "
        "MOURN THE TEACHERS WHO WERE MURDERED IN HUANCAYO LAST WEEK, A SPOKESMAN SAID TODAY.",
        "PARÍS (FRANCIA), 2 MAY 90 (AGENCIA INVENTADA) -- [TEXTO] LA DELEGACIÓN INVENTADA "
        "DESPEDIRÁ A LOS MAESTROS QUE FUERON ASESINADOS EN HUANCAYO LA SEMANA PASADA.",
        "LIMA, 2 MAY 90 (INVENTED RADIO) -- [TEXT] A RETIRED INVENTED JUDGE DIED IN HUANCAYO "
        "LAST NIGHT AFTER TWO GUNMEN SHOT HIM AT HIS DOOR.",
    ):
        text = lead + "\n\nTHE INVENTED PRESIDENT OF PERU SPOKE OF PEACE."
        out = muc4.with_message([], scores(0.8, ATTACK=0.6), [], published, text)
        assert [r.location for r in out] == [LocationFill("peru", (("huancayo",),))], lead
    # A town the lead names with no act (where someone spoke, a mayor's), or an act a later
    # sentence tells, is no scene of the story's act: the country alone.
    for text in (
        "LIMA, 2 MAY 90 (INVENTED RADIO) -- [TEXT] THE INVENTED MINISTER SPOKE IN HUANCAYO "
        "TODAY.\n\nHE SAID THAT PEASANTS OF PERU WERE KILLED IN AYACUCHO.",
        "LIMA, 2 MAY 90 (RADIO INVENTADA) -- [TEXTO] EL MINISTRO INVENTADO HABLÓ EN HUANCAYO "
        "SOBRE LA PAZ EN EL PERÚ.",
    ):
        out = muc4.with_message([], scores(0.8, ATTACK=0.6), [], published, text)
        assert [r.location for r in out] == [LocationFill("peru")], text


def test_no_type_is_guessed_where_the_message_reads_none_as_likely() -> None:
    # Relevant, yet no type reaches GUESS_FROM (political news about violence in general):
    # a guess of the likeliest would mostly be a spurious template.
    assert muc4.with_message([], scores(0.8, ATTACK=0.25), [], None) == []
    out = muc4.with_message([], scores(0.8, ATTACK=0.35), [], None)
    assert [r.incident_type for r in out] == ["ATTACK"]


def test_no_likeliest_type_is_guessed_where_hito_left_every_act_out() -> None:
    # hito read acts but none is a MUC incident: a clash, a denied or a past act. The
    # message's relevance alone then adds no template; with no act read, it still does.
    for sentence, factuality in (
        ("TROOPS CLASHED WITH AN INVENTED REBEL COLUMN NEAR HUARI.", "asserted"),
        ("LA VERSIÓN DE QUE UN ALCALDE INVENTADO FUE BALEADO ES FALSA.", "hypothetical"),
        ("HE RECALLED THE INVENTED MASSACRE OF 1980.", "historical"),
    ):
        left_out = assault("HUARI", "PE", sentence, factuality=factuality)
        assert muc4.with_message([], scores(0.7, ARSON=0.4), [left_out], None) == []
    assert len(muc4.with_message([], scores(0.7, ARSON=0.4), [], None)) == 1


def test_no_bombing_is_guessed_where_hito_read_only_explosives_seized() -> None:
    # hito read the message's explosives as taken ("police found dynamite in a house"): its
    # relevance to bombings adds no BOMBING; another likeliest type, or an act, still does.
    for sentence in (
        "POLICE FOUND 30 INVENTED STICKS OF DYNAMITE IN A HOUSE IN HUARI.",
        "LA POLICÍA HALLÓ 20 KILOS DE DINAMITA INVENTADA EN UNA CASA DE HUARI.",
    ):
        seized = EventRecord(event_type="COERCE", mode="seize", country="PE", evidence=[sentence])
        assert muc4.with_message([], scores(0.7, BOMBING=0.4), [seized], None) == []
        guessed = muc4.with_message([], scores(0.7, ARSON=0.4), [seized], None)
        assert [r.incident_type for r in guessed] == ["ARSON"]
        act = assault("HUARI", "PE", "AN INVENTED BOMB WENT OFF IN HUARI.", mode="explosives")
        kept = muc4.with_message([], scores(0.7, BOMBING=0.4), [seized, act], None)
        assert [r.incident_type for r in kept] == ["BOMBING"]


def test_message_model_round_trip() -> None:
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    text = "GUERRILLAS KIDNAPPED AN INVENTED MAYOR / LA GUERRILLA SECUESTRO A UN ALCALDE"
    weights[LABELS.index("KIDNAPPING"), hashed(text)] = 4.0
    model = MessageModel.from_bytes(
        MessageModel(LABELS, weights, np.zeros(len(LABELS), dtype=np.float32)).to_bytes()
    )
    got = model.scores(text)
    assert got["KIDNAPPING"] > 0.9
    assert got["RELEVANT"] == pytest.approx(0.5)
    assert model.scores("")["ARSON"] == pytest.approx(0.5)


def test_paragraphs_follow_the_dateline() -> None:
    text = (
        "LIMA, 2 MAY 90 (INVENTED RADIO) -- [TEXT] AN INVENTED BOMB WENT OFF AT A BANK TODAY.\n\n"
        "[HEADLINE]\n\n"
        "EL MINISTRO INVENTADO HABLÓ AYER SOBRE LAS EXPORTACIONES DE CAFÉ DEL PAÍS."
    )
    assert paragraphs(text) == [
        " [TEXT] AN INVENTED BOMB WENT OFF AT A BANK TODAY.",
        "EL MINISTRO INVENTADO HABLÓ AYER SOBRE LAS EXPORTACIONES DE CAFÉ DEL PAÍS.",
    ]
    # No dateline: a dash far into the text is not one, and a short text is its own paragraph.
    undated = "AN INVENTED NOTE THAT " * 20 + "-- ENDS HERE"
    assert paragraphs(undated) == [undated]
    assert paragraphs("[TEXT] SHORT") == ["[TEXT] SHORT"]


def _kidnapping_model(stack: np.ndarray | None) -> MessageModel:
    act = "GUERRILLAS KIDNAPPED AN INVENTED MAYOR / LA GUERRILLA SECUESTRÓ A UN ALCALDE INVENTADO"
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    weights[LABELS.index("RELEVANT"), hashed(act)] = 1.0
    bias = np.full(len(LABELS), -3.0, dtype=np.float32)
    return MessageModel(LABELS, weights, bias, stack)


def test_stacked_relevance_reads_the_best_paragraph() -> None:
    # One paragraph tells an act; a long invented speech around it dilutes the act in the
    # whole message's features but not in the paragraph's.
    topics = (f"{a}{b}" for a in "ABCDEFGH" for b in "ABCDEFGH")
    speech = " ".join(f"THE INVENTED MINISTER SPOKE OF TOPIC{t} AND ITS BUDGET" for t in topics)
    text = (
        "QUITO, 2 MAY 90 -- [TEXT] "
        + speech
        + "\n\nGUERRILLAS KIDNAPPED AN INVENTED MAYOR / LA GUERRILLA SECUESTRÓ A UN ALCALDE "
        + "INVENTADO\n\n"
        + speech
    )
    plain = _kidnapping_model(None)
    stack = np.tile(np.array([1.0, 0.0, 0.0], dtype=np.float32), (len(LABELS), 1))
    stack[LABELS.index("RELEVANT")] = (0.5, 1.0, 0.0)
    stacked = MessageModel.from_bytes(_kidnapping_model(stack).to_bytes())
    assert stacked.stack is not None and stacked.stack[0].tolist() == [0.5, 1.0, 0.0]
    whole, best = stacked.logits(text)
    assert best[0] > whole[0]
    assert stacked.scores(text)["RELEVANT"] > 0.8 > 0.5 > plain.scores(text)["RELEVANT"]
    # Labels left unstacked score as the whole message does.
    assert stacked.scores(text)["ARSON"] == pytest.approx(plain.scores(text)["ARSON"])


def test_model_stack_must_fit_its_labels() -> None:
    bad = _kidnapping_model(np.zeros((2, 3), dtype=np.float32))
    with pytest.raises(ValueError, match="stack"):
        MessageModel.from_bytes(bad.to_bytes())


def test_packaged_message_model_reads_muc_style_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    model = load_message_model()
    assert model is not None
    bomb = model.scores(
        "LIMA, 2 MAY 90 -- [TEXT] TERRORISTS PLANTED A BOMB THAT DESTROYED AN INVENTED BANK "
        "BRANCH IN DOWNTOWN LIMA TODAY, POLICE SOURCES REPORTED."
    )
    talks = model.scores(
        "QUITO, 2 MAY 90 -- [TEXT] THE INVENTED TRADE MINISTER SAID TODAY THAT COFFEE EXPORTS "
        "ROSE IN APRIL AND THAT TALKS ON TARIFFS WILL RESUME NEXT WEEK."
    )
    assert bomb["RELEVANT"] > talks["RELEVANT"]
    assert bomb["BOMBING"] > talks["BOMBING"]


def test_namesake_outside_muc_countries_is_read_in_the_message_country() -> None:
    # An invented report from El Salvador whose town the gazetteer resolved to a Mexican
    # namesake: MUC's incidents belong to its nine countries, so the town is read there.
    records = [
        EventRecord(
            event_type="ASSAULT",
            mode="firearms",
            country="MX",
            admin1="Oaxaca",
            place="La Noria",
            geo_precision=1,
            evidence=["INVENTED GUNMEN SHOT A TEACHER IN LA NORIA, SAN MIGUEL DEPARTMENT."],
        ),
        EventRecord(event_type="COERCE", mode="arrest", country="SV", place="San Miguel"),
    ]
    (response,) = muc4.response_templates(records)
    assert response.location is not None
    assert response.location.country == "el salvador"
    assert response.location.specific == ("la noria",)
    assert location_credit(response.location, parse_location("EL SALVADOR: LA NORIA (TOWN)")[0])


def test_message_country_from_its_words_when_no_record_is_in_one() -> None:
    records = [EventRecord(event_type="ASSAULT", mode="abduct", country="ES", place="Cartagena")]
    text = "INVENTED: COLOMBIAN POLICE SAID THE COLOMBIAN BANKER WAS KIDNAPPED IN CARTAGENA."
    assert muc4._home(records, text) == "CO"
    spain = [EventRecord(event_type="ASSAULT", mode="abduct", country="ES", place=None)]
    assert muc4._home(spain, "AN INVENTED NOTE FROM MADRID.") is None
    added = muc4.with_message([], scores(0.9, KIDNAPPING=0.9), records, None, text)
    # In Colombia, and at the Colombian town the lead tells the kidnapping in.
    assert [(r.incident_type, r.location) for r in added] == [
        ("KIDNAPPING", LocationFill("colombia", (("cartagena",),)))
    ]


def test_message_country_from_the_namesakes_of_its_towns_when_nothing_else_names_one() -> None:
    # The gazetteer read the capitals as their Mexican and US namesakes and the invented
    # text names no country: MUC's incidents belong to its nine, where these towns lie.
    la_paz = EventRecord(
        event_type="ASSAULT",
        mode="explosives",
        country="MX",
        admin1="Baja California Sur",
        place="LA PAZ",
        geo_precision=1,
        evidence=["TWO INVENTED BOMBS WENT OFF IN LA PAZ LAST NIGHT."],
    )
    assert muc4._home([la_paz], "TWO INVENTED BOMBS WENT OFF IN LA PAZ LAST NIGHT.") == "BO"
    (response,) = muc4.response_templates([la_paz], "", "")
    assert response.location is not None
    assert response.location.country == "bolivia"
    assert response.location.specific == ("la paz",)
    bogota = EventRecord(event_type="ASSAULT", mode="abduct", country="US", place="Bogotá")
    assert muc4._home([bogota], "Un invento: secuestraron al embajador en Bogotá.") == "CO"


def test_message_with_several_incidents_repeats_the_merged_template() -> None:
    merged = muc4.Response("BOMBING", location=LocationFill("honduras", (("tegucigalpa",),)))
    likely = {**scores(0.9, BOMBING=0.9), "AT_LEAST_2": 0.8, "AT_LEAST_3": 0.6, "AT_LEAST_4": 0.2}
    out = muc4.with_message([merged], likely, [], None)
    assert out == [merged, merged, merged]
    # Already as many templates as incidents: nothing repeated.
    two = [merged, muc4.Response("ATTACK")]
    assert muc4.with_message(two, {**likely, "AT_LEAST_3": 0.1}, [], None) == two


def test_repeated_template_of_a_message_likely_telling_an_attack_is_an_attack() -> None:
    # The copies stand for incidents hito merged, of a type it did not read: ATTACK is
    # partially right for any key's type, and the bomb is the first template's own.
    bomb = muc4.Response(
        "BOMBING", location=LocationFill("peru", (("invented town",),)), instruments=["EXPLOSIVE"]
    )
    likely = {**scores(0.9, BOMBING=0.9, ATTACK=0.8), "AT_LEAST_2": 0.8, "AT_LEAST_3": 0.6}
    out = muc4.with_message([bomb], likely, [], None)
    assert len(out) == 3  # the bombing, the ATTACK the model adds, one copy
    assert (out[-1].incident_type, out[-1].location) == ("ATTACK", bomb.location)
    assert out[-1].instruments == []
    assert bomb.incident_type == "BOMBING"  # copies, not the template itself


def assault(place: str, country: str, *evidence: str, **kw: Any) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country=country,
        place=place,
        geo_precision=1,
        evidence=list(evidence),
        **kw,
    )


# Two armed sides, neither civilian: whether such an act is a MUC incident rests on what the
# sentence says was hit.
_REBELS_AGAINST_ARMY: dict[str, Any] = {
    "actors": [Actor(name="rebels", sector="REB")],
    "targets": [Actor(name="army", sector="MIL")],
}


def _misjudged(
    place: str, kept: Sequence[str] = (), left_out: Sequence[str] = (), **kw: Any
) -> list[str]:
    """The sentences whose one-sentence record `is_muc_incident` judges against the list it
    stands in: an empty list passes, and a failure names every sentence judged wrong."""

    def incident(sentence: str) -> bool:
        return muc4.is_muc_incident(assault(place, "PE", sentence, **kw))

    return [s for s in kept if not incident(s)] + [s for s in left_out if incident(s)]


def test_attacks_on_a_listed_set_of_towns_give_one_template_each() -> None:
    # MUC keys one template per incident: bombs in three towns are three bombings.
    en = assault(
        "TALCA",
        "CL",
        "INVENTED OFFICES IN TALCA, TEMUCO, AND VALDIVIA WERE HIT BY BOMBS LAST NIGHT.",
        mode="explosives",
    )
    es = assault("HUARI", "PE", "HOMBRES ARMADOS ATACARON PUESTOS EN HUARI Y CHAVIN.")
    towns = [
        [r.location.specific for r in muc4.response_templates([record]) if r.location]
        for record in (en, es)
    ]
    assert towns == [[("talca",), ("temuco",), ("valdivia",)], [("huari",), ("chavin",)]]
    assert {r.incident_type for r in muc4.response_templates([en])} == {"BOMBING"}


def test_a_list_of_towns_in_a_sentence_telling_a_clash_gives_no_templates() -> None:
    # The record is an incident by its killing of a mayor; the towns its later sentence
    # lists are where troops and rebels fought, which MUC leaves out, not scenes of the act.
    for killing, clash in (
        (
            "GUNMEN KILLED AN INVENTED MAYOR IN TALCA TODAY.",
            "TWO SOLDIERS WERE WOUNDED AS TROOPS FOUGHT REBELS IN TEMUCO, OSORNO, AND VALDIVIA.",
        ),
        (
            "PISTOLEROS ASESINARON HOY A UN ALCALDE INVENTADO EN TALCA.",
            "DOS SOLDADOS RESULTARON HERIDOS AL COMBATIR REBELDES EN TEMUCO, OSORNO Y VALDIVIA.",
        ),
    ):
        mayor = Actor(name="mayor", sector="GOV")
        record = assault("TALCA", "CL", killing, clash, targets=[mayor])
        assert [r.location.specific for r in muc4.response_templates([record]) if r.location] == [
            ("talca",)
        ]
    # A listing sentence that tells the act itself still gives one template a town.
    raid = assault(
        "TALCA",
        "CL",
        "GUNMEN KILLED AN INVENTED MAYOR IN TALCA TODAY.",
        "THE SAME GUNMEN BURNED INVENTED SHOPS IN TEMUCO, OSORNO, AND VALDIVIA.",
        targets=[Actor(name="mayor", sector="GOV")],
    )
    assert len([r for r in muc4.response_templates([raid]) if r.incident_type != "ARSON"]) == 4


def test_a_list_of_towns_where_one_act_led_gives_no_templates() -> None:
    # One act that "led to" raids in a list of towns: the towns tell where its effects were
    # felt, one incident (template-doc-part1), not a template for each town.
    for act, effects in (
        (
            "GUNMEN ATTACKED AN INVENTED MAYOR IN TALCA TODAY.",
            "THE ATTACK LED TO RAIDS IN TEMUCO, OSORNO, AND VALDIVIA.",
        ),
        (
            "PISTOLEROS ATACARON HOY A UN ALCALDE INVENTADO EN TALCA.",
            "EL ATAQUE DIO LUGAR A INCURSIONES EN TEMUCO, OSORNO Y VALDIVIA.",
        ),
    ):
        record = assault("TALCA", "CL", act, effects, targets=[Actor(name="mayor", sector="GOV")])
        assert [r.location.specific for r in muc4.response_templates([record]) if r.location] == [
            ("talca",)
        ]


def test_a_list_of_towns_in_a_sentence_telling_an_area_bombardment_gives_no_templates() -> None:
    # The towns whose populated areas a bombardment hit, told beside the record's act: an
    # act too general for a template (template-doc-part1 section 1, item 7), not more scenes.
    for killing, bombardment in (
        (
            "GUNMEN KILLED AN INVENTED PRIEST IN TALCA TODAY.",
            "THE PRIEST'S MURDER AND THE BOMBING OF POPULATED AREAS IN TEMUCO AND OSORNO WERE"
            " CONDEMNED BY THE BISHOPS.",
        ),
        (
            "PISTOLEROS ASESINARON HOY A UN SACERDOTE INVENTADO EN TALCA.",
            "LOS OBISPOS CONDENARON EL CRIMEN Y LOS BOMBARDEOS CONTRA ZONAS POBLADAS EN TEMUCO"
            " Y OSORNO.",
        ),
    ):
        priest = Actor(name="priest", sector="CVL")
        record = assault("TALCA", "CL", killing, bombardment, targets=[priest])
        assert [r.location.specific for r in muc4.response_templates([record]) if r.location] == [
            ("talca",)
        ]


def test_a_list_named_as_towns_gives_one_template_each_without_the_gazetteer() -> None:
    # "The towns of A, B and C" says what its names are: villages the gazetteer lacks too.
    en = assault(
        "LIMA",
        "PE",
        "REBELS STRUCK IN THE TOWNS OF QUINTAPAMPA, ALTO SANTA LUCIA DE YAPU, AND MOLLEBAMBA.",
    )
    es = assault(
        "Lima",
        "PE",
        "Los rebeldes atacaron en los caseríos de Uchcus Inventado y Pampachico.",
    )
    towns = [
        [r.location.specific for r in muc4.response_templates([record]) if r.location]
        for record in (en, es)
    ]
    assert towns[0][1:] == [("quintapampa",), ("alto santa lucia de yapu",), ("mollebamba",)]
    assert towns[1][1:] == [("uchcus inventado",), ("pampachico",)]
    # Neither a compass point nor the sentence's next words are a town.
    north = assault(
        "LIMA", "PE", "BOMBS WENT OFF IN THE NEIGHBORHOODS OF NORTHERN AND EASTERN LIMA."
    )
    assert len(muc4.response_templates([north])) == 1


def test_a_list_closed_by_its_kind_gives_one_template_each() -> None:
    # English may name the kind after the list ("in the A and B neighborhoods"): the names
    # are parts of town the gazetteer lacks, keyed as one incident each, as "in the
    # neighborhoods of A and B" is; Spanish names the kind first ("en los barrios A y B").
    en = assault(
        "LIMA",
        "PE",
        "BOMBS DAMAGED INVENTED BANKS IN THE QUINTAVERDE AND LOMA INVENTADA NEIGHBORHOODS.",
    )
    districts = assault(
        "LIMA",
        "PE",
        "BOMBS DAMAGED INVENTED BANKS IN THE QUINTAVERDE, PAMPAROJA, AND LOMA INVENTADA"
        " DISTRICTS OF LIMA.",
    )
    es = assault(
        "Lima",
        "PE",
        "Unas bombas dañaron bancos en los barrios Quintaverde y Loma Inventada.",
    )
    towns = [
        [r.location.specific for r in muc4.response_templates([record]) if r.location]
        for record in (en, districts, es)
    ]
    assert towns[0][1:] == [("quintaverde",), ("loma inventada",)]
    assert towns[1][1:] == [("quintaverde",), ("pamparoja",), ("loma inventada",)]
    assert towns[2][1:] == [("quintaverde",), ("loma inventada",)]
    # Names that close on no kind of place are no such list.
    banks = assault("LIMA", "PE", "BOMBS DAMAGED THE QUINTAVERDE AND LOMA INVENTADA BANKS.")
    assert len(muc4.response_templates([banks])) == 1


def test_an_act_only_named_back_beside_another_is_no_incident_of_its_own() -> None:
    # The pipeline kept "this attack" apart by the day the sentence adds: MUC keys it once.
    bomb = assault("LIMA", "PE", "AN INVENTED BOMB WENT OFF AT A BANK IN LIMA ON MONDAY.")
    for sentence in (
        "THERE WERE NO INJURIES IN MONDAY NIGHT'S ATTACK.",
        "THIS LATEST ATTACK WAS STAGED A WEEK AFTER THE INVENTED TRUCE.",
        "ESTE ATENTADO SE PRODUJO UNA SEMANA DESPUÉS DE LA TREGUA INVENTADA.",
    ):
        again = assault("LIMA", "PE", sentence)
        assert muc4.named_back(again)
        assert len(muc4.response_templates([bomb, again])) == 1
        # Alone it is the message's incident.
        assert len(muc4.response_templates([again])) == 1
    # A sentence that tells an act of its own is another incident.
    other = assault("LIMA", "PE", "THE ATTACKERS ALSO KILLED A GUARD AT THE INVENTED MINE.")
    assert not muc4.named_back(other)
    assert len(muc4.response_templates([bomb, other])) == 2


def test_an_act_named_back_by_its_day_or_as_multiple_is_named_back() -> None:
    # "the 3 March bombing", "this multiple murder", "los autores del crimen" name an act
    # told elsewhere as much as "this attack" does.
    for sentence in (
        "NO ONE HAS BEEN CHARGED FOR THE 3 MARCH BOMBING OF THE INVENTED BANK.",
        "THOSE BEHIND THIS MULTIPLE MURDER WILL BE FOUND, THE MINISTER SAID.",
        "EL MINISTRO DIJO QUE LOS AUTORES DEL CRIMEN SERÁN HALLADOS.",
    ):
        assert muc4.named_back(assault("LIMA", "PE", sentence))


def test_an_act_named_back_with_any_modifier_is_named_back() -> None:
    # Wire copy names an act back with words of its own before the noun ("the mass
    # abduction", "the highway attack"), not only "new", "latest" or "terrorist".
    kidnapping = assault(
        "LIMA", "PE", "REBELS KIDNAPPED 30 INVENTED FARMERS IN A VILLAGE NEAR LIMA.", mode="abduct"
    )
    for sentence in (
        "THE MASS KIDNAPPING HAPPENED ON 2 MARCH AT THE INVENTED VILLAGE, THE GARRISON SAID.",
        "EL MASIVO SECUESTRO OCURRIÓ EL 2 DE MARZO EN LA ALDEA INVENTADA, DIJO LA GUARNICIÓN.",
    ):
        again = assault("LIMA", "PE", sentence, mode="abduct")
        assert muc4.named_back(again)
        assert len(muc4.response_templates([kidnapping, again])) == 1
    # A noun after "of" or "and" is not the head the modifiers lead to.
    assert not muc4.named_back(
        assault("LIMA", "PE", "THE CHIEF OF CRIME STATISTICS SPOKE ON THE INVENTED RADIO.")
    )


def test_records_that_all_name_one_kind_of_act_back_are_one_incident() -> None:
    # A comment on one killing over several paragraphs, with no act told by its verb: the
    # pipeline's records of one kind name the same act.
    for first, second in (
        (
            "THE SENATE DEMANDED AN INQUIRY INTO THE MURDER OF AN INVENTED JUDGE.",
            "THE GOVERNMENT SAID THOSE BEHIND THE CRIME WOULD BE FOUND.",
        ),
        (
            "EL SENADO EXIGIÓ INVESTIGAR EL ASESINATO DE UN JUEZ INVENTADO.",
            "EL GOBIERNO DIJO QUE LOS AUTORES DE ESTE CRIMEN SERÁN HALLADOS.",
        ),
    ):
        inquiry = assault("LIMA", "PE", first, mode="targeted")
        again = assault("CUZCO", "PE", second, mode="targeted")
        assert muc4.named_back(inquiry) and muc4.named_back(again)
        assert len(muc4.response_templates([inquiry, again])) == 1
        # Acts of two kinds named back are two incidents.
        kidnapping = assault("CUZCO", "PE", second, mode="abduct")
        assert len(muc4.response_templates([inquiry, kidnapping])) == 2


def test_records_told_by_the_same_sentences_at_one_place_give_one_template() -> None:
    # One sentence the pipeline reads twice (an act and a threat it tells beside it, or a
    # threat read also as the act threatened): two records of the very same sentences, typed
    # and placed alike, are one incident.
    for sentence, spanish in (
        (
            "THE INVENTED MAYOR SAID AN UNSIGNED LETTER THREATENED TO BLOW UP HIS FARM.",
            False,
        ),
        ("EL ALCALDE INVENTADO DIJO QUE UNA CARTA SIN FIRMA AMENAZÓ CON VOLAR SU FINCA.", True),
    ):
        act = assault("GUATEMALA CITY", "GT", sentence)
        threat = EventRecord(
            event_type="THREATEN",
            country="GT",
            place="GUATEMALA CITY",
            geo_precision=1,
            evidence=[sentence],
            mode="violence",
        )
        assert len(muc4.response_templates([act, threat])) == 1, spanish
    # Two records of one sentence placed apart, or typed apart, stay two incidents.
    both = "A GUARD WAS SHOT IN COBAN ON TUESDAY, HOURS BEFORE GUNMEN KILLED A FARMER IN SALAMA."
    placed = muc4.response_templates([assault("COBAN", "GT", both), assault("SALAMA", "GT", both)])
    assert [r.location.specific for r in placed if r.location] == [("coban",), ("salama",)]
    typed = [assault("COBAN", "GT", both), assault("COBAN", "GT", both, mode="destroy")]
    assert {r.incident_type for r in muc4.response_templates(typed)} == {"ATTACK", "ARSON"}


def test_a_record_of_several_sentences_only_naming_the_act_back_is_no_incident_of_its_own() -> None:
    # Details told a paragraph after the lead ("the blast happened at midnight ... the blast
    # shattered windows") make a record of their own when they add a day: the same act.
    bomb = assault(
        "TALCA", "CL", "AN INVENTED BOMB WENT OFF OUTSIDE A BANK IN TALCA TODAY.", mode="explosives"
    )
    for details in (
        (
            "THE BLAST HAPPENED AT 2300 ON 3 MARCH, CAUSING NO CASUALTIES.",
            "THE BLAST LEFT THE INVENTED BANK WITH NO GLASS IN ITS FRONT.",
        ),
        (
            "LA EXPLOSIÓN OCURRIÓ A LAS 23.00 DEL 3 DE MARZO, SIN CAUSAR VÍCTIMAS.",
            "LA EXPLOSIÓN ROMPIÓ LOS VIDRIOS DEL BANCO INVENTADO.",
        ),
    ):
        again = assault("TALCA", "CL", *details, mode="explosives")
        assert muc4.named_back(again)
        assert len(muc4.response_templates([bomb, again])) == 1
    # A later sentence that tells an act by its verb makes the record an act of its own.
    other = assault(
        "TALCA",
        "CL",
        "THE BLAST HAPPENED AT 2300 ON 3 MARCH.",
        "HOURS LATER GUNMEN KILLED AN INVENTED GUARD AT THE MINE.",
    )
    assert not muc4.named_back(other)


def test_what_the_victim_was_doing_when_struck_is_the_act_told_before() -> None:
    # A lead ("gunmen shot a judge") and, a paragraph later, what the judge was doing when
    # the shots came: the pipeline makes a record of each, MUC keys one incident.
    lead = assault("CUZCO", "PE", "GUNMEN SHOT AN INVENTED JUDGE IN CUZCO TODAY.", mode="firearms")
    for details in (
        "THE JUDGE WAS DRIVING TO HIS OFFICE WHEN HIS JEEP CAME UNDER FIRE FROM A TRUCK.",
        "EL JUEZ CONDUCÍA HACIA SU DESPACHO CUANDO FUE ATACADO DESDE UN CAMIÓN.",
        "EL JUEZ ESTABA ESPERANDO UN TAXI CUANDO LOS PISTOLEROS LE DISPARARON.",
        # What the victim was about to do: the same circumstance of the act.
        "THE JUDGE WAS ABOUT TO ENTER HIS HOUSE WHEN HE WAS SHOT BY TWO INVENTED MEN.",
        "EL JUEZ ESTABA A PUNTO DE ENTRAR EN SU CASA CUANDO FUE BALEADO POR DOS HOMBRES.",
    ):
        again = assault("CUZCO", "PE", details, mode="firearms")
        assert muc4.struck_while(again)
        assert len(muc4.response_templates([lead, again])) == 1
        # Alone, or after an act of another kind, it tells an act of its own.
        assert len(muc4.response_templates([again])) == 1
        kidnapping = assault("CUZCO", "PE", "REBELS KIDNAPPED AN INVENTED MAYOR.", mode="abduct")
        assert len(muc4.response_templates([kidnapping, again])) == 2
    # A lead that tells the act by its time of day is no such sentence.
    other = assault("CUZCO", "PE", "GUNMEN KILLED AN INVENTED GUARD WHEN HE OPENED THE GATE.")
    assert not muc4.struck_while(other)


def test_a_victim_named_back_as_the_one_taken_or_killed_is_the_act_told_before() -> None:
    # A lead tells a kidnapping; a later paragraph the pipeline keeps apart (it adds a day
    # or a place) tells it again by its victim named back ("the two engineers", "them").
    # MUC keys one incident: the second template is marked and dropped after the keep step.
    lead = assault("CALI", "CO", "REBELS ABDUCTED TWO INVENTED ENGINEERS NEAR CALI.", mode="abduct")
    bombing = assault("CALI", "CO", "A BOMB WENT OFF AT AN INVENTED BANK.", mode="explosives")
    for details in (
        "THE TWO ENGINEERS WERE ABDUCTED AS THEY LEFT A FARM ON FRIDAY NIGHT.",
        "WITNESSES SAY THAT A BAND OF ARMED MEN KIDNAPPED THEM AT A ROADBLOCK.",
        "LOS INGENIEROS FUERON SECUESTRADOS CUANDO SALÍAN DE UNA FINCA EL VIERNES.",
        "SEGÚN LOS TESTIGOS, UNA BANDA ARMADA LOS SECUESTRÓ EN UN RETÉN.",
    ):
        again = assault("CALI", "CO", details, mode="abduct")
        assert muc4.victim_named_back(again)
        assert [t.counted for t in muc4.response_templates([lead, again])] == [False, True]
        # Alone, or after an act of another kind, it tells an act of its own.
        assert not any(t.counted for t in muc4.response_templates([again]))
        assert not any(t.counted for t in muc4.response_templates([bombing, again]))
    # A killing told again by its victims named back reads the same.
    killing = assault("CUZCO", "PE", "GUNMEN KILLED TWO INVENTED JUDGES IN CUZCO TODAY.")
    for details in (
        "THE TWO JUDGES WERE MURDERED OUTSIDE A CAFE ON THE MAIN SQUARE.",
        "LOS DOS JUECES FUERON ASESINADOS FRENTE A UN CAFÉ DE LA PLAZA.",
    ):
        again = assault("CUZCO", "PE", details)
        assert [t.counted for t in muc4.response_templates([killing, again])] == [False, True]
    # A victim named anew, by name, by an indefinite phrase or by a longer phrase, is
    # another act; so are shots fired in the air.
    for other in (
        "REBELS KIDNAPPED THE MAYOR OF AN INVENTED TOWN ON SUNDAY.",
        "AN INVENTED RANCHER WAS KIDNAPPED ON SUNDAY.",
        "ANOTHER ENGINEER, INVENTED NAME, WAS ABDUCTED ON SUNDAY.",
        "EL ALCALDE DE UN PUEBLO INVENTADO FUE SECUESTRADO EL DOMINGO.",
        "BEFORE LEAVING, THE REBELS SHOT THEM INTO THE AIR.",
    ):
        assert not muc4.victim_named_back(assault("CALI", "CO", other, mode="abduct"))


def test_the_kidnapped_found_killed_beside_the_kidnapping_are_that_kidnapping() -> None:
    # A kidnapping ends in its victims found dead: MUC keys one KIDNAPPING, the deaths its
    # effect. A later record finding "the bodies of" the victims named back, or a record the
    # pipeline read as the kidnapping that tells only the killing, is that kidnapping.
    lead = assault(
        "GUATEMALA CITY", "GT", "GUNMEN KIDNAPPED TWO INVENTED UNIONISTS ON MONDAY.", mode="abduct"
    )
    for found in (
        "THE BODIES OF THE TWO UNIONISTS WERE FOUND NEAR THE BORDER WITH SHOTS TO THE HEAD.",
        "LOS CUERPOS DE LOS SINDICALISTAS FUERON HALLADOS CERCA DE LA FRONTERA.",
    ):
        again = assault("ESCUINTLA", "GT", found)
        assert muc4.victim_named_back(again), found
        assert [t.counted for t in muc4.response_templates([lead, again])] == [False, True]
        # Bodies found after an act of another kind are no kidnapping's end.
        bombing = assault("GUATEMALA CITY", "GT", "AN INVENTED BANK WAS BOMBED.", mode="explosives")
        assert not any(t.counted for t in muc4.response_templates([bombing, again]))
    for killing in (
        "THE INVENTED BISHOP WAS MURDERED, AND TROOPS CAME ACROSS HIS CORPSE ON A ROAD.",
        "EL OBISPO INVENTADO FUE ASESINADO, Y LA TROPA HALLÓ SU CADÁVER EN UN CAMINO.",
    ):
        told = assault("ARAUCA", "CO", killing, mode="abduct")
        taken = assault(
            "ARAUCA", "CO", "ARMED MEN KIDNAPPED BISHOP JUAN INVENTADO YESTERDAY.", mode="abduct"
        )
        made = muc4.response_templates([told, taken])
        assert [(t.incident_type, t.counted) for t in made] == [
            ("ATTACK", True),
            ("KIDNAPPING", False),
        ]
        # Alone it is the killing, an ATTACK of its own.
        assert [(t.incident_type, t.counted) for t in muc4.response_templates([told])] == [
            ("ATTACK", False)
        ]


def test_news_said_again_or_its_doers_named_back_is_the_act_told_before() -> None:
    # Radio copy says its news twice ("we repeat: ..."), and a details paragraph names the
    # doers of the act its lead told by a definite noun ("the assailants"): after a record
    # of the act's kind, that act told again, which MUC keys once (dropped after the keep
    # step, as a victim named back is).
    lead = assault(
        "QUITO", "EC", "A BOMB WENT OFF AT AN INVENTED GAS STATION IN QUITO.", mode="explosives"
    )
    kidnapping = assault("QUITO", "EC", "REBELS KIDNAPPED AN INVENTED MAYOR.", mode="abduct")
    for details in (
        "WE REPEAT: AN HOUR AGO UNKNOWN MEN HURLED EXPLOSIVES AT AN INVENTED GAS STATION.",
        "REPETIMOS: HACE UNA HORA DESCONOCIDOS LANZARON EXPLOSIVOS CONTRA UNA GASOLINERA.",
        "BEFORE THROWING THE DYNAMITE, THE ASSAILANTS PAINTED SLOGANS ON THE INVENTED WALLS.",
        "ANTES DE LANZAR LA DINAMITA, LOS ATACANTES PINTARON CONSIGNAS EN LOS MUROS INVENTADOS.",
    ):
        again = assault("QUITO", "EC", details, mode="explosives")
        assert muc4.told_again(again), details
        assert [t.counted for t in muc4.response_templates([lead, again])] == [False, True]
        # Alone, or after an act of another kind, it tells an act of its own.
        assert not any(t.counted for t in muc4.response_templates([again]))
        assert not any(t.counted for t in muc4.response_templates([kidnapping, again]))
    # A call repeated is no news said again; doers named anew are no doers named back.
    for other in (
        "WE REPEAT OUR PLEA FOR AN INVENTED TRUCE BEFORE THE ELECTIONS.",
        "REITERAMOS NUESTRO LLAMADO A LA CRUZ ROJA INVENTADA.",
        "UNKNOWN ASSAILANTS THREW DYNAMITE AT AN INVENTED BANK.",
        "UNOS ATACANTES DESCONOCIDOS LANZARON DINAMITA CONTRA UN BANCO INVENTADO.",
        # Doers named after the act the sentence tells are that act's.
        "GUNMEN SHOT AN INVENTED GUARD AT DAWN, THE ATTACKERS FLEEING IN A STOLEN CAR.",
        "PISTOLEROS DISPARARON CONTRA UN GUARDIA INVENTADO, LOS ATACANTES HUYERON EN UN AUTO.",
    ):
        assert not muc4.told_again(assault("QUITO", "EC", other, mode="explosives")), other


def test_a_crime_named_back_beside_acts_told_as_going_on_is_named_back() -> None:
    # A comment on one murder ("this cowardly crime against X") that goes on to say such
    # acts go on ("civilians are being savagely murdered") tells no act of its own: the
    # going-on verb names a kind of act (template-doc-part1 1.7), not another incident.
    murder = assault("SAN SALVADOR", "SV", "GUNMEN MURDERED AN INVENTED NURSE TODAY.")
    for comment in (
        (
            "THIS COWARDLY CRIME AGAINST THE INVENTED NURSE SHOWS THE REBELS' PLAN.",
            "HOW CAN THEY TALK OF PEACE WHEN CIVILIANS ARE BEING SAVAGELY MURDERED EVERY DAY?",
        ),
        (
            "ESTE COBARDE CRIMEN CONTRA LA ENFERMERA INVENTADA MUESTRA EL PLAN REBELDE.",
            "¿CÓMO HABLAN DE PAZ SI LOS CIVILES SIGUEN SIENDO ASESINADOS CADA DÍA?",
        ),
    ):
        again = assault("SAN SALVADOR", "SV", *comment)
        assert muc4.named_back(again)
        assert len(muc4.response_templates([murder, again])) == 1
    # An act told by its verb beside the comment is still an act of its own.
    other = assault(
        "SAN SALVADOR",
        "SV",
        "THIS COWARDLY CRIME SHOWS THE REBELS' PLAN.",
        "HOURS LATER GUNMEN MURDERED AN INVENTED TEACHER IN THE MARKET.",
    )
    assert not muc4.named_back(other)


def test_a_list_with_a_known_town_takes_its_villages_the_gazetteer_lacks() -> None:
    # One town the gazetteer knows tells a list of places; the single-word names beside it
    # are villages it lacks, each the scene of its own incident.
    en = assault(
        "LIMA",
        "PE",
        "REBELS ATTACKED POSTS IN QUILLAMARCA, AMBO, AND TUNAPAMPA, IN HUANUCO DEPARTMENT.",
    )
    es = assault("Lima", "PE", "Los rebeldes atacaron puestos en Quillamarca, Ambo y Tunapampa.")
    for record in (en, es):
        towns = [r.location.specific for r in muc4.response_templates([record]) if r.location]
        assert towns[1:] == [("quillamarca",), ("ambo",), ("tunapampa",)]
    # A bomb told in another sentence of the record: the listed acts are attacks.
    bomb = assault(
        "AMBO",
        "PE",
        "REBELS ATTACKED POSTS IN QUILLAMARCA, AMBO, AND TUNAPAMPA, IN HUANUCO DEPARTMENT.",
        "AN INVENTED OFFICIAL WAS WOUNDED BY A BOMB IN AMBO.",
        mode="explosives",
    )
    kinds = [(r.incident_type, r.location.specific) for r in muc4.response_templates([bomb])]
    assert kinds == [
        ("BOMBING", ("ambo",)),
        ("ATTACK", ("quillamarca",)),
        ("ATTACK", ("tunapampa",)),
    ]
    # A town named both like its department is a town of the list.
    sv = assault(
        "SAN SALVADOR",
        "SV",
        # The list ends at its "and", not at the sentence's next one.
        "REBELS DESTROYED PYLONS IN GUAZAPA, CHALATENANGO, AND TENANGUITO, WEST AND NORTH OF"
        " SAN SALVADOR.",
    )
    towns = [r.location.specific for r in muc4.response_templates([sv]) if r.location]
    assert towns[1:] == [("guazapa",), ("chalatenango",), ("tenanguito",)]
    # No known town, a word of no name, or a longer unknown name: no list of places.
    for sentence in (
        "REBELS ATTACKED POSTS IN QUILLAMARCA AND TUNAPAMPA.",
        "REBELS ATTACKED POSTS IN AMBO, TUNAPAMPA, AND OTHERS.",
        "REBELS ATTACKED POSTS IN AMBO AND NEARBY HILLS.",
        "Los rebeldes atacaron puestos en Ambo y camiones.",
    ):
        record = assault("LIMA", "PE", sentence)
        assert len(muc4.response_templates([record])) == 1, sentence


def test_lists_of_departments_or_of_things_are_not_split() -> None:
    regions = assault(
        "SAN SALVADOR", "SV", "THE ARMY REPORTED ATTACKS IN MORAZAN AND CHALATENANGO."
    )
    things = assault("LIMA", "PE", "THE REBELS CAME IN TRUCKS, JEEPS AND BUSES TO LIMA.")
    for record in (regions, things):
        assert len(muc4.response_templates([record])) == 1


def test_acts_in_departments_the_sentence_names_as_such_give_one_template_each() -> None:
    # "in A and B departments", "in the provinces of A and B": the sentence names the scenes
    # of its acts as departments, which MUC keys one incident each (the place is the
    # department, template-doc-part1 7.4), unlike a bare list of regions a campaign went on in.
    en = assault(
        "SAN SALVADOR",
        "SV",
        "REBELS BLEW UP INVENTED PYLONS IN CUSCATLAN AND MORAZAN DEPARTMENTS.",
    )
    es = assault(
        "BOGOTA",
        "CO",
        "LOS REBELDES DINAMITARON TORRES EN LOS DEPARTAMENTOS DE META Y HUILA.",
    )
    north = assault(
        "BOGOTA",
        "CO",
        "TWO INVENTED PIPELINES WERE HIT, IN NORTHERN SANTANDER AND META DEPARTMENTS.",
    )
    places = [
        [r.location.levels for r in muc4.response_templates([record]) if r.location][1:]
        for record in (en, es, north)
    ]
    assert places == [
        [(("cuscatlan",),), (("morazan",),)],
        [(("meta",),), (("huila",),)],
        [(("norte de santander",),), (("meta",),)],
    ]
    # A name that is no department of the country, or three departments or more (a region
    # people operate or train in): no list.
    odd = assault("BOGOTA", "CO", "ATTACKS WERE TOLD IN META AND INVENTADA DEPARTMENTS.")
    region = assault(
        "SAN SALVADOR",
        "SV",
        "THE INVENTED COLUMN HAD TRAINED RECRUITS IN CUSCATLAN, MORAZAN, AND USULUTAN"
        " DEPARTMENTS BEFORE IT ATTACKED THE TOWN.",
    )
    for record in (odd, region):
        assert len(muc4.response_templates([record])) == 1


def test_a_burning_told_with_an_attack_adds_an_arson_template() -> None:
    en = assault("LIMA", "PE", "GUNMEN SHOT A GUARD AND SET FIRE TO TWO INVENTED BUSES.")
    es = assault("LIMA", "PE", "LOS REBELDES ATACARON EL PUESTO E INCENDIARON LA ALCALDÍA.")
    for record in (en, es):
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["ATTACK", "ARSON"]
        assert out[1].location == out[0].location
        # The sentence's own words: the message model does not retype it.
        kept = muc4.with_message(out, scores(0.9, ARSON=0.01), [record], None)
        assert "ARSON" in {r.incident_type for r in kept}
    for sentence in ("THE INVENTED VICTIM WAS BURNED TO DEATH.", "LOS QUEMARON VIVOS."):
        assert len(muc4.response_templates([assault("LIMA", "PE", sentence)])) == 1


def test_a_long_or_passive_burning_adds_an_arson_template() -> None:
    for sentence in (
        "THE REBELS SET TWO INVENTED SCHOOLS AND SOME BARNS ON FIRE.",
        "ONE OF THE INVENTED TRUCKS WAS TOTALLY DESTROYED BY FIRE.",
    ):
        out = muc4.response_templates([assault("LIMA", "PE", sentence)])
        assert [r.incident_type for r in out] == ["ATTACK", "ARSON"]


def test_things_burned_in_protest_add_no_arson_template() -> None:
    # Tyres set alight or a flag burned in a protest are no target of an arson; a bus burned
    # beside them still is.
    for sentence in (
        "DURING THE INVENTED RIOT, STONES WERE THROWN, TIRES WERE BURNED, AND SHOTS FIRED.",
        "THE STUDENTS BURNED TIRES AND THE POLICE FIRED INTO THE AIR.",
        "AN INVENTED FLAG WAS SET ABLAZE BY MARCHERS WHILE SHOTS RANG OUT.",
        "LOS MANIFESTANTES QUEMARON LLANTAS Y LA POLICÍA DISPARÓ AL AIRE.",
        "DURANTE LA PROTESTA, SE QUEMARON BANDERAS Y HUBO DISPAROS.",
    ):
        out = muc4.response_templates([assault("LIMA", "PE", sentence)])
        assert [r.incident_type for r in out] == ["ATTACK"], sentence
    for sentence in (
        "A TRUCK AND SOME OLD TYRES WERE TORCHED AFTER THE INVENTED SHOOTING.",
        "LOS REBELDES ATACARON EL PUESTO Y QUEMARON UN AUTOBÚS Y LLANTAS.",
    ):
        out = muc4.response_templates([assault("LIMA", "PE", sentence)])
        assert [r.incident_type for r in out] == ["ATTACK", "ARSON"], sentence


def test_people_killed_beside_a_burning_add_an_attack_template() -> None:
    # MUC keys the murder and the arson as two incidents of one raid.
    en = assault(
        "HUARAZ",
        "PE",
        "THE REBELS MURDERED TWO INVENTED CLERKS AND SET FIRE TO THE OFFICES.",
        mode="destroy",
    )
    es = assault(
        "HUARAZ",
        "PE",
        "LOS REBELDES ASESINARON A UN GUARDIA E INCENDIARON LA ALCALDÍA.",
        mode="destroy",
    )
    for record in (en, es):
        assert [r.incident_type for r in muc4.response_templates([record])] == ["ARSON", "ATTACK"]
    cattle = assault("HUARAZ", "PE", "THEY SET THE BARN ON FIRE AND KILLED CATTLE.", mode="destroy")
    assert [r.incident_type for r in muc4.response_templates([cattle])] == ["ARSON"]


def test_a_listed_town_with_a_record_of_its_own_is_not_repeated() -> None:
    # The pipeline already split the list: one template per town, not one per pair.
    sentence = "INVENTED OFFICES IN TALCA AND TEMUCO WERE HIT BY BOMBS."
    records = [assault(town, "CL", sentence, mode="explosives") for town in ("TALCA", "TEMUCO")]
    out = muc4.response_templates(records)
    assert sorted(r.location.specific for r in out if r.location) == [("talca",), ("temuco",)]


def test_a_clash_that_harms_civilians_or_infrastructure_is_kept() -> None:
    # Two armed sides, no civilian among the targets: the sentences tell what was hit.
    assert not _misjudged(
        "LIMA",
        kept=(
            "THE REBELS FOUGHT THE ARMY AND BLEW UP THREE INVENTED ELECTRICITY POLES.",
            "DURING THE CLASH TWO INVENTED PEASANTS WERE KILLED BY CROSSFIRE.",
            "LOS REBELDES COMBATIERON CON EL EJÉRCITO Y DINAMITARON UN PUENTE INVENTADO.",
            "EN EL ENFRENTAMIENTO MURIERON DOS CAMPESINOS INVENTADOS.",
            "THE ARMY BLAMED THE REBELS FOR AN INVENTED ATTACK ON THE OIL PIPELINE.",
            "EL EJÉRCITO CULPÓ A LOS REBELDES DEL ATAQUE CONTRA UN OLEODUCTO INVENTADO.",
        ),
        left_out=(
            "THE REBELS AMBUSHED AN INVENTED MILITARY TRUCK AND KILLED TWO SOLDIERS.",
            "LOS REBELDES ATACARON EL CUARTEL INVENTADO Y MURIERON TRES SOLDADOS.",
        ),
        **_REBELS_AGAINST_ARMY,
    )


def test_a_clash_beside_property_set_on_fire_is_kept() -> None:
    # A burning told by its phrase hits civilian property as "burned" does: the shoot-out
    # with the police after it leaves the arson an incident (template-doc-part1 section 2).
    sides = {
        "actors": [Actor(name="criminals", sector="CRM")],
        "targets": [Actor(name="police", sector="COP")],
    }
    assert not _misjudged(
        "LIMA",
        kept=(
            "FIVE INVENTED GUNMEN SET FIRE TO THREE PUBLIC BUSES AND LATER CLASHED WITH THE"
            " POLICE.",
            "THE GUNMEN TORCHED AN INVENTED TRUCK BEFORE A SHOOT-OUT WITH POLICEMEN.",
            "LOS PISTOLEROS PRENDIERON FUEGO A DOS VEHÍCULOS Y SE ENFRENTARON CON LA POLICÍA.",
            "LOS ATACANTES QUEMARON TRES CASAS ANTES DEL ENFRENTAMIENTO CON LOS POLICÍAS.",
        ),
        **sides,
    )
    # A fire set to a force's own vehicle stays the clash's.
    fought = "THE REBELS SET FIRE TO AN INVENTED MILITARY TRUCK DURING THE CLASH WITH TROOPS."
    assert not muc4.is_muc_incident(assault("LIMA", "PE", fought, **sides))


def test_a_translators_note_does_not_hide_what_was_hit() -> None:
    # Wire copy expands an acronym in brackets between the harm and the thing hit: the note
    # is no part of the sentence, and the gap the harm test allows does not count it.
    sentence = (
        "DURING THE CLASHES GUERRILLA UNITS ATTACKED THE INVENTED ENEL [NATIONAL ELECTRIC"
        " POWER COMPANY OF THE NORTHERN REGION] MINISTATION IN TALCA."
    )
    assert muc4.is_muc_incident(assault("LIMA", "PE", sentence, **_REBELS_AGAINST_ARMY))


def test_a_clash_beside_infrastructure_hit_is_kept() -> None:
    # Template-doc-part1 section 2 keys sabotage of a nation's infrastructure: the power
    # grid, its towers and stations and the telephone network, however many words name them.
    assert not _misjudged(
        "LIMA",
        kept=(
            "THE REBELS FOUGHT THE TROOPS AND DESTROYED FOUR HIGH-VOLTAGE POWER TRANSMISSION"
            " TOWERS.",
            "DURING THE CLASHES GUERRILLA UNITS ATTACKED THE INVENTED POWER MINISTATION.",
            "THE REBELS CLASHED WITH THE ARMY AFTER ATTACKS ON THE ELECTRICAL SYSTEM OF TALCA.",
            "THE GUERRILLAS FOUGHT A PATROL AND BLEW UP THE INVENTED TELEPHONE EXCHANGE.",
            "LOS REBELDES COMBATIERON CON LA TROPA Y DESTRUYERON TRES TORRES DE ALTA TENSIÓN.",
            "EN EL COMBATE LOS GUERRILLEROS ATACARON EL SISTEMA ELÉCTRICO DE HUARI.",
        ),
        left_out=(
            # A police station and the power a side seeks are no infrastructure hit.
            "THE REBELS ATTACKED THE INVENTED POLICE STATION AND KILLED TWO AGENTS.",
            "THE GUERRILLAS WHO ATTACKED THE TROOPS WANT TO SEIZE POWER BY FORCE.",
        ),
        **_REBELS_AGAINST_ARMY,
    )


def test_sabotage_told_beside_combat_keeps_the_act_an_incident() -> None:
    # Template-doc-part1 section 2 keys sabotage of a nation's infrastructure, whatever the
    # sentence says was hit: wire copy tells it as "sabotage actions" or "sabotaged" alone.
    assert not _misjudged(
        "LIMA",
        kept=(
            "THE REBELS ATTACKED AN INVENTED ARMY POST AND CARRIED OUT SABOTAGE ACTIONS NEARBY.",
            "THE FIGHTS WITH THE SOLDIERS CAME WITH SABOTAGE OF AN INVENTED GRID.",
            "DURING THE COMBAT THE GUERRILLAS SABOTAGED AN INVENTED TRANSFORMER.",
            "LOS REBELDES ATACARON EL CUARTEL INVENTADO Y SABOTEARON LA RED ELÉCTRICA.",
            "EL COMBATE CON LA TROPA TERMINÓ CON UN SABOTAJE A LA PLANTA INVENTADA.",
        ),
        **_REBELS_AGAINST_ARMY,
    )


def test_a_bomb_defused_beside_combat_keeps_the_act_an_incident() -> None:
    # A bomb planted and defused is an attempted bombing (template-doc-part1 7.6), which no
    # clash told beside it makes combat; one left at a force's post stays the clash's.
    clash = "TROOPS AND REBELS CLASHED BRIEFLY IN AN INVENTED DISTRICT."
    choque = "LA TROPA Y LOS REBELDES TUVIERON ENFRENTAMIENTOS EN UN BARRIO INVENTADO."
    for defused, fight in (
        ("POLICE DEFUSED A PARCEL BOMB AT AN INVENTED SHOP.", clash),
        ("A CHARGE HIDDEN UNDER AN INVENTED BRIDGE WAS DEFUSED BY EXPERTS.", clash),
        ("LA POLICÍA DESACTIVÓ UNA BOMBA EN UNA AVENIDA INVENTADA.", choque),
        ("UN ARTEFACTO EXPLOSIVO FUE DESACTIVADO FRENTE A UN BANCO INVENTADO.", choque),
    ):
        record = assault("LIMA", "PE", defused, fight, mode="explosives")
        assert muc4.is_muc_incident(record), defused
    at_a_post = "A BOMB LEFT AT THE INVENTED ARMY POST WAS DEFUSED BY SOLDIERS."
    record = assault("LIMA", "PE", at_a_post, clash, mode="explosives")
    assert not muc4.is_muc_incident(record)


def test_combat_told_with_one_armed_side_named_is_left_out() -> None:
    # hito often names one side alone ("our fighters", "a guerrilla unit" are no actors):
    # the sentence still tells guerrilla warfare, which MUC leaves out.
    troops = {"actors": [Actor(name="army", sector="MIL")]}
    assert not _misjudged(
        "HUARI",
        left_out=(
            "THREE INVENTED SUBVERSIVES WERE KILLED IN A SHOOT-OUT WITH A PATROL NEAR HUARI.",
            "TROOPS CLASHED WITH AN INVENTED REBEL COLUMN NORTH OF HUARI.",
            "LA TROPA MATÓ A CUATRO GUERRILLEROS INVENTADOS CERCA DE HUARI.",
            "MURIERON DOS SUBVERSIVOS INVENTADOS EN UN ENFRENTAMIENTO CON LA PATRULLA.",
        ),
        **troops,
    )
    police = {"targets": [Actor(name="police", sector="COP")]}
    assert not _misjudged(
        "HUARI",
        left_out=(
            "FOUR INVENTED POLICEMEN WERE WOUNDED WHEN COMMANDOS ATTACKED THEM IN HUARI.",
            "LOS REBELDES MATARON A DOS POLICÍAS INVENTADOS EN HUARI.",
        ),
        kept=(
            # Who the attack killed is not told as a member of an armed side.
            "AN INVENTED BAKER WAS KILLED DURING A REBEL RAID ON HUARI.",
            # A clash that harms a bystander or a bodyguard harms someone outside the two sides.
            "TWO INVENTED BODYGUARDS WERE KILLED DURING THE CLASH WITH THE REBELS.",
            "DURANTE EL ENFRENTAMIENTO MURIERON DOS CAMPESINOS INVENTADOS.",
        ),
        **police,
    )


def test_an_attack_on_a_force_or_its_post_is_left_out() -> None:
    # Template-doc-part1 section 2 (b): an attack on a military or police force or
    # installation is guerrilla warfare, though no one is told harmed.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "INVENTED REBEL UNITS ATTACKED THE 9TH INFANTRY BRIGADE HEADQUARTERS AT DAWN.",
            "THE GUERRILLAS AMBUSHED AN ARMY PATROL ON THE INVENTED ROAD.",
            "THE INVENTED NATIONAL GUARD POST NEAR HUARI WAS ALSO ATTACKED.",
            "LOS REBELDES ATACARON EL CUARTEL INVENTADO DE HUARI.",
            "UNA PATRULLA MILITAR FUE EMBOSCADA CERCA DE HUARI.",
        ),
        kept=(
            # The army is who attacked, and whom it fired on is civilian.
            "TWO INVENTED MEN WERE ATTACKED BY THE ARMY NEAR HUARI.",
            "TROOPS ATTACKED THE INVENTED PATROL BASE AND OPENED FIRE ON THE UNIVERSITY CAMPUS.",
            "LOS SOLDADOS DISPARARON CONTRA LOS ESTUDIANTES INVENTADOS.",
        ),
    )


def test_an_attack_on_a_force_told_in_other_words_is_left_out() -> None:
    # Template-doc-part1 section 2 (b) again: a force attacked in the perfect passive, its
    # post damaged by a blast, a base named with its arm, a regiment, an air force aircraft
    # or a military motorcade hit are guerrilla warfare as the plainer forms are.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "AN INVENTED RIFLE BATTALION HAS BEEN ATTACKED TWICE SINCE DAWN.",
            "EL BATALLÓN INVENTADO HA SIDO ATACADO CERCA DEL PUEBLO.",
            "A BOMB WENT OFF AT DAWN AND THE INVENTED POLICE STATION SUSTAINED SOME DAMAGE.",
            "UNA BOMBA ESTALLÓ Y EL PUESTO POLICIAL INVENTADO SUFRIÓ DAÑOS.",
            "REBELS CLAIMED THE DYNAMITE ATTACK ON AN INVENTED POLICE AIR BASE.",
            "REBEL UNITS AMBUSHED AN AIR FORCE HELICOPTER OVER THE INVENTED HILLS.",
            "THE REBELS ATTACKED THE INVENTED 5TH REGIMENT AT DAWN.",
            "LOS REBELDES ATACARON EL REGIMIENTO INVENTADO AL AMANECER.",
            "THE INVENTED MILITARY MOTORCADE WAS AMBUSHED ON THE ROAD.",
        ),
        kept=(
            # Houses hit beside the post: civilian property, so an incident.
            "A BOMB DAMAGED THE INVENTED POLICE STATION AND TWO HOUSES NEARBY.",
            "UNA BOMBA DAÑÓ EL PUESTO POLICIAL INVENTADO Y DOS CASAS.",
        ),
    )


def test_security_forces_hit_are_a_force() -> None:
    # The pipeline files "security forces" under the state, as they may be police or
    # troops: either way a force, so the attack on them is guerrilla warfare.
    for sentence, name in (
        ("THE ATTACK ON THE INVENTED ESCORT REGIMENT KILLED SEVEN MEN.", "security forces"),
        ("EL ATAQUE CONTRA EL REGIMIENTO INVENTADO MATÓ A SIETE.", "fuerzas de seguridad"),
    ):
        targets = [Actor(name=name, sector="GOV")]
        assert not muc4.is_muc_incident(assault("HUARI", "PE", sentence, targets=targets))
    # Officials of the state are no force.
    mayor = [Actor(name="mayor", sector="GOV")]
    attack = "THE ATTACK ON THE INVENTED ESCORT REGIMENT KILLED THE MAYOR."
    assert muc4.is_muc_incident(assault("HUARI", "PE", attack, targets=mayor))


def test_a_bombardment_of_areas_alone_is_left_out() -> None:
    # Template-doc-part1 section 1, item 7: a bombing whose only object is districts or the
    # population at large names a target too general for a template.
    troops = {"actors": [Actor(name="army", sector="MIL")]}
    assert not _misjudged(
        "TALCA",
        left_out=(
            "INVENTED AIR FORCE PLANES BOMBED THE OUTER NEIGHBORHOODS OF TALCA ALL NIGHT.",
            "THE ARMY KEPT SHELLING THE POPULATED AREAS NORTH OF THE INVENTED RIVER.",
            "LOS AVIONES INVENTADOS BOMBARDEARON LOS BARRIOS DEL NORTE DE LA CIUDAD.",
            "VARIAS ZONAS FUERON BOMBARDEADAS POR LA AVIACIÓN INVENTADA.",
        ),
        **troops,
    )
    # A toll, or a target of its own, makes it an act MUC keys.
    dead = "INVENTED PLANES BOMBED THE OUTER NEIGHBORHOODS OF TALCA, KILLING THREE CHILDREN."
    assert muc4.is_muc_incident(assault("TALCA", "CL", dead, killed=3, **troops))
    school = [Actor(name="school", sector="EDU")]
    hit = "LOS AVIONES BOMBARDEARON LA ESCUELA INVENTADA DE LA ZONA NORTE."
    assert muc4.is_muc_incident(assault("TALCA", "CL", hit, targets=school, **troops))


def test_parts_of_a_town_under_fire_or_attacked_are_areas_alone() -> None:
    # Parts of a town named as such, districts a relative clause puts under fire, and
    # districts said only to have been attacked: no target of their own (section 1, item 7).
    troops = {"actors": [Actor(name="army", sector="MIL")]}
    assert not _misjudged(
        "TALCA",
        left_out=(
            "INVENTED HELICOPTERS FIRED ROCKETS AT SEVERAL PARTS OF THE CITY ALL MORNING.",
            "Los helicópteros inventados dispararon cohetes contra distintos puntos de la capital.",
            "THE REBELS HOLD THE WESTERN SUBURBS, WHICH ARE UNDER HEAVY ARTILLERY FIRE.",
            "Los rebeldes ocupan los barrios del oeste, que son bombardeados por la aviación.",
            "THE RADIO SAID VARIOUS AREAS OF THE INVENTED TOWN HAVE BEEN ATTACKED.",
            "La radio dijo que varias zonas de la ciudad inventada fueron atacadas.",
        ),
        **troops,
    )
    # A target of its own or a toll keeps the act.
    assert not _misjudged(
        "TALCA",
        kept=(
            "INVENTED HELICOPTERS FIRED ROCKETS AT THE CITY HALL AND SEVERAL HOUSES.",
            "THE REBELS ATTACKED THE INVENTED MARKET, WHICH WAS BURNED TO THE GROUND.",
        ),
        **troops,
    )


def test_sabotage_counted_in_a_war_tally_leaves_the_combat_out() -> None:
    # Template-doc-part1 section 1, item 7: a tally of sabotage actions beside a count of
    # clashes is a summary, not one act on the grid that would make the fighting an incident.
    assert not _misjudged(
        "LIMA",
        left_out=(
            "THE INVENTED FRONT FOUGHT THE TROOPS IN 14 CLASHES AND CARRIED OUT 6 SABOTAGE"
            " ACTIONS.",
            "THE ARMY FOUGHT THE REBELS IN 30 CLASHES AND COUNTED TWELVE ACTS OF SABOTAGE.",
            "LA TROPA COMBATIÓ CON LOS REBELDES EN 20 COMBATES Y CONTÓ TRES ACTOS DE SABOTAJE.",
            "LOS REBELDES SE ENFRENTARON CON LA TROPA Y HICIERON 40 SABOTAJES INVENTADOS.",
            # Sabotage told per act on a war map or list: "each" counts them all.
            "THE FRONT'S MAP OF THE WAR MARKS EACH CLASH WITH THE TROOPS AND EACH ACT OF SABOTAGE.",
            "EL MAPA DE LA GUERRA MARCA CADA COMBATE CON LA TROPA Y CADA ACTO DE SABOTAJE.",
        ),
        kept=(
            "THE REBELS FOUGHT THE TROOPS AND CARRIED OUT SABOTAGE ACTIONS ON THE INVENTED GRID.",
            "LOS REBELDES COMBATIERON CON LA TROPA Y SABOTEARON LA RED INVENTADA.",
        ),
        **_REBELS_AGAINST_ARMY,
    )


def test_a_war_report_told_in_its_own_words_is_left_out() -> None:
    # Casualties "in action", an enemy's losses, a military operation, an aircraft brought
    # down, an attack on a navy base or the high command: guerrilla warfare, not terrorism.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "SOME MEMBERS OF THE INVENTED PATROL WERE KILLED IN ACTION NEAR HUARI.",
            "THE ENEMY SUSTAINED 30 CASUALTIES IN THE INVENTED ASSAULT ON OUR CAMP.",
            "FOUR INVENTED BATTALIONS TOOK PART IN THE MILITARY OPERATION NEAR HUARI.",
            "OUR UNITS SHOT DOWN AN INVENTED ARMY HELICOPTER NEAR HUARI.",
            "THE REBELS ATTACKED THE INVENTED NAVY HEADQUARTERS WITH RIFLES.",
            "LOS REBELDES DERRIBARON UN HELICÓPTERO INVENTADO CERCA DE HUARI.",
            "DOS SOLDADOS INVENTADOS CAÍDOS EN COMBATE FUERON ENTERRADOS EN HUARI.",
            "LOS REBELDES ATACARON EL ALTO MANDO INVENTADO.",
            # Casualties inflicted, an attack repelled, a side dislodged.
            "THE INVENTED FRONT SAID IT INFLICTED CASUALTIES ON ARMY TROOPS NEAR HUARI.",
            "THIS MORNING OUR UNITS REPELLED AN INVENTED ASSAULT NEAR HUARI.",
            "TROOPS ARE CARRYING OUT AN INVENTED OFFENSIVE TO DISLODGE THE REBELS FROM HUARI.",
            "EL FRENTE INVENTADO CAUSÓ BAJAS A LAS TROPAS CERCA DE HUARI.",
            "LA PATRULLA REPELIÓ UN ATAQUE INVENTADO CERCA DE HUARI.",
            # A confrontation of armed sides, or one told as armed.
            "THE CONFRONTATION BETWEEN TROOPS AND AN INVENTED COLUMN TOOK PLACE NEAR HUARI.",
            "FOUR INVENTED REBELS DIED IN ARMED CONFRONTATIONS NEAR HUARI.",
            "LA CONFRONTACIÓN ENTRE EL EJÉRCITO Y UNA COLUMNA INVENTADA OCURRIÓ CERCA DE HUARI.",
            "HUBO CONFRONTACIONES ARMADAS CERCA DE HUARI INVENTADO.",
        ),
        kept=(
            # Civilians harmed in the operation: the state's act against them stays an incident.
            "TWO INVENTED PEASANTS WERE KILLED DURING A MILITARY OPERATION NEAR HUARI.",
            "DURANTE UN OPERATIVO MILITAR MURIERON TRES CAMPESINOS INVENTADOS.",
            "TWO INVENTED PEASANTS WERE KILLED WHEN TROOPS REPELLED THE ASSAULT NEAR HUARI.",
            "MURIERON DOS CAMPESINOS INVENTADOS CUANDO LA PATRULLA REPELIÓ EL ATAQUE.",
            # A confrontation of words is no fighting.
            "AN INVENTED BOMB EXPLODED IN HUARI AMID THE ELECTORAL CONFRONTATION.",
            "UNA BOMBA INVENTADA ESTALLÓ EN HUARI EN MEDIO DE LA CONFRONTACIÓN POLÍTICA.",
        ),
    )


def test_a_police_position_attacked_or_rebels_killed_by_troops_is_left_out() -> None:
    # A police or national guard position attacked, troops "after killing six subversives":
    # the war report's words for fighting between armed sides (section 2).
    assert not _misjudged(
        "HUARI",
        left_out=(
            "WE REPEAT: AN INVENTED NATIONAL POLICE POSITION WAS ATTACKED AT 1310.",
            "OUR UNITS ATTACKED A NATIONAL GUARD POSITION IN INVENTED HUARI.",
            "TROOPS SEARCHED THE INVENTED AREA AFTER KILLING SIX SUBVERSIVES.",
            "LOS REBELDES ATACARON UN PUESTO POLICIAL INVENTADO EN HUARI.",
        ),
        kept=(
            "TROOPS SEARCHED THE INVENTED AREA AFTER KILLING SIX PEASANTS.",
            "AN INVENTED POLICE POSITION WAS ATTACKED AND TWO PASSERSBY WERE KILLED.",
        ),
    )


def test_a_confrontation_with_the_police_or_a_police_operation_is_left_out() -> None:
    # A man killed in a confrontation with the police, or during a police operation: the
    # force's fight with an armed man (section 2), no terrorist act.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "AN INVENTED SMUGGLER WAS SHOT AND KILLED IN A CONFRONTATION WITH POLICE NEAR HUARI.",
            "THE INVENTED SMUGGLER DIED LAST WEEK IN A CONFRONTATION WITH THE CUSTOMS POLICE.",
            "THE INVENTED FUGITIVE, KILLED IN A POLICE OPERATION ON 3 MARCH, WAS BURIED IN HUARI.",
            "EL NARCOTRAFICANTE INVENTADO MURIÓ EN UNA CONFRONTACIÓN CON LA POLICÍA.",
            "EL TRAFICANTE INVENTADO MURIÓ DURANTE UN OPERATIVO POLICIAL EN HUARI.",
        ),
        kept=(
            # Civilians harmed in it stay the state's act against them.
            "TWO INVENTED PEASANTS WERE KILLED DURING A POLICE OPERATION NEAR HUARI.",
            "DURANTE UN OPERATIVO POLICIAL MURIERON TRES CAMPESINOS INVENTADOS.",
        ),
    )


def test_blasts_heard_during_military_actions_are_left_out() -> None:
    # "Military actions" is the war report's word for the army's fighting, as "a military
    # operation" is: blasts heard while it goes on are combat, no terrorist act.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "VILLAGERS SAID LOUD BLASTS WERE HEARD ALL WEEK AS MILITARY ACTIONS WENT ON NEAR"
            " HUARI.",
            "LOS VECINOS DIJERON QUE SE OYERON EXPLOSIONES DURANTE LAS ACCIONES MILITARES EN"
            " HUARI.",
        ),
    )
    # Civilians harmed in them stay the state's act against them.
    civilians = "TWO INVENTED PEASANTS WERE KILLED DURING ARMY ACTIONS NEAR HUARI."
    assert muc4.is_muc_incident(assault("HUARI", "PE", civilians))


def test_a_prison_riot_is_left_out() -> None:
    # Inmates rioting or attacking inside the walls: a crime, not a terrorist act.
    assert not _misjudged(
        "HUARI",
        left_out=(
            "INMATES OF THE INVENTED PENITENTIARY MUTINIED AND SHOT AT THE GUARDS.",
            "THE RIOTING PRISONERS TOOK 40 INVENTED VISITORS HOSTAGE.",
            "AN INVENTED MAN WAS STABBED BY TWO OTHER INMATES OF THE HUARI JAIL.",
            "LOS REOS SE AMOTINARON EN EL PENAL INVENTADO Y MATARON A UN GUARDIA.",
            "UN MOTÍN EN LA CÁRCEL INVENTADA DEJÓ TRES MUERTOS.",
        ),
        kept=(
            # Prisoners named as those the act was for, or its victims: no riot told.
            "REBELS BOMBED AN INVENTED BANK TO DEMAND THE RELEASE OF PRISONERS.",
            "LOS REBELDES ATACARON UNA TIENDA INVENTADA POR LA LIBERTAD DE LOS PRESOS.",
        ),
    )


def test_the_vehicle_the_harmed_rode_in_is_theirs_not_civilian_property() -> None:
    # Policemen killed when the car they rode in is bombed: an attack on a force, which MUC
    # leaves out. A vehicle told apart from whoever rode in it is still civilian property.
    police = {"targets": [Actor(name="police", sector="COP")]}
    assert not _misjudged(
        "HUARI",
        left_out=(
            "FIVE INVENTED POLICEMEN WERE KILLED WHEN REBELS BOMBED THE VEHICLE IN WHICH THE SQUAD "
            "WAS TRAVELLING NEAR HUARI.",
            "MURIERON CUATRO POLICÍAS INVENTADOS CUANDO LOS REBELDES DINAMITARON EL VEHÍCULO EN EL "
            "QUE VIAJABAN.",
        ),
        kept=(
            "REBELS DYNAMITED AN INVENTED TRUCK ON THE HIGHWAY AND KILLED TWO POLICEMEN.",
            "LOS REBELDES DINAMITARON UN VEHÍCULO INVENTADO Y MATARON A DOS POLICÍAS.",
        ),
        **police,
    )


def test_a_neighbourhood_or_village_named_by_what_it_is_is_the_specific_place() -> None:
    # template-doc-part1 7.4 fills LOCATION down to the neighbourhood; such names are seldom
    # in the gazetteer, and the wire copy is in capitals.
    def place(sentence: str) -> LocationFill | None:
        record = EventRecord(
            event_type="ASSAULT",
            mode="firearms",
            country="PE",
            admin1="Lima",
            place="LIMA",
            geo_precision=1,
            evidence=[sentence],
        )
        (response,) = muc4.response_templates([record], "LIMA, 2 FEB 90 --")
        return response.location

    told = place("INVENTED GUNMEN SHOT A JUDGE IN THE EXCLUSIVE LOS OLIVARES NEIGHBORHOOD OF LIMA.")
    assert told == LocationFill("peru", (("los olivares",),))
    key = parse_location("PERU: LIMA (CITY): LOS OLIVARES (NEIGHBORHOOD)")[0]
    assert location_credit(told, key) == 1.0
    village = place("REBELS SHOT A CLERK FROM THE SMALL TOWN OF PAMPA INVENTADA, THE PRESS SAID.")
    assert village == LocationFill("peru", (("pampa inventada",),))
    after = place("THE BOMB WENT OFF AT A BANK IN CHACLACAYO MUNICIPALITY, EAST OF THE CAPITAL.")
    assert after == LocationFill("peru", (("chaclacayo",),))
    # A verb before the cue word is no word of the name: its object is the village.
    verb = place("INVENTED GUERRILLAS RAIDED LIMA AND THEN INVADED PUEBLO NUEVO VILLAGE.")
    assert verb == LocationFill("peru", (("pueblo nuevo",),))


def test_a_record_without_a_country_takes_the_message_country() -> None:
    # template-doc-part1 7.4 note 5: never blank, at least the country, even if inferred.
    record = EventRecord(event_type="ASSAULT", mode="explosives", evidence=["A BOMB EXPLODED."])
    text = "AN INVENTED NOTE: COLOMBIAN POLICE SAID A BOMB EXPLODED."
    (response,) = muc4.response_templates([record], "", text)
    assert response.location == LocationFill("colombia")


def test_an_added_template_takes_the_place_of_the_message_template() -> None:
    cali = LocationFill("colombia", (("valle del cauca",), ("cali",)))
    records = [EventRecord(event_type="ASSAULT", country="CO", place="Cali")]
    out = muc4.with_message(
        [muc4.Response("ATTACK", location=cali)], scores(0.9, KIDNAPPING=0.9), records, None
    )
    assert [(r.incident_type, r.location) for r in out] == [
        ("ATTACK", cali),
        ("KIDNAPPING", cali),
    ]


def test_message_country_from_its_dateline_when_its_text_names_none() -> None:
    text = "BOGOTA, 3 MAY 90 (INVENTED RADIO) -- [TEXT] A BOMB EXPLODED AT A BANK LAST NIGHT."
    assert muc4._home([], text) == "CO"
    # The text's own words outweigh the town it was filed from.
    filed = "LIMA, 3 MAY 90 (INVENTED) -- [TEXT] TWO COLOMBIAN JUDGES SAID COLOMBIAN GUERRILLAS"
    assert muc4._home([], filed) == "CO"


def test_an_arson_told_by_its_own_words_is_not_retyped() -> None:
    # "set fire to" in the record's sentence: the message model's low ARSON score does not
    # turn the template into ATTACK; a "destroyed" record without a burning still is.
    low = scores(0.9, ARSON=0.02)
    for sentence in (
        "INVENTED GUNMEN SET FIRE TO A COUNTRY CLUB NEAR THE TOWN.",
        "UNOS PISTOLEROS INVENTADOS INCENDIARON UN CLUB CAMPESTRE.",
    ):
        (told,) = muc4.response_templates([assault("TALCA", "CL", sentence, mode="destroy")])
        assert told.told and told.evidence == sentence
        assert [r.incident_type for r in muc4.with_message([told], low, [], None)] == ["ARSON"]
    wrecked = assault("TALCA", "CL", "INVENTED REBELS DESTROYED A BRIDGE.", mode="destroy")
    (resp,) = muc4.response_templates([wrecked])
    assert [r.incident_type for r in muc4.with_message([resp], low, [], None)] == ["ATTACK"]


PAST = "THE INVENTED MINISTER RECALLED THE MURDER OF A JUDGE YEARS AGO IN THE CAPITAL."


def _keep_model() -> MessageModel:
    # The keep regression trusts only the logit of the template's own sentences (weight 1,
    # bias -0.5); everything else, the message's relevance included, weighs nothing.
    act = "INVENTED GUERRILLAS BOMBED THE BANK / UNOS GUERRILLEROS INVENTADOS DINAMITARON EL BANCO"
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    # The act's own words only, not those it shares with the background sentence ("THE").
    weights[LABELS.index("RELEVANT"), np.setdiff1d(hashed(act), hashed(PAST))] = 8.0
    bias = np.full(len(LABELS), -3.0, dtype=np.float32)
    keep = np.zeros(len(KEEP_FEATURES) + 1, dtype=np.float32)
    keep[KEEP_FEATURES.index("sentences")] = 1.0
    keep[-1] = -0.5
    return MessageModel.from_bytes(MessageModel(LABELS, weights, bias, keep=keep).to_bytes())


def test_keep_regression_judges_each_template_by_its_own_sentences() -> None:
    model = _keep_model()
    assert model.keep is not None and model.keep.shape == (len(KEEP_FEATURES) + 1,)
    act = "INVENTED GUERRILLAS BOMBED THE BANK / UNOS GUERRILLEROS INVENTADOS DINAMITARON EL BANCO"
    text = f"LIMA, 2 MAY 90 -- [TEXT] {act}\n\n{PAST}"
    assert model.relevance_logit(act) == pytest.approx(model.logits(act)[0][0])
    assert model.relevance_logit(PAST) == pytest.approx(-3.0)
    (bombing,) = muc4.response_templates([assault("LIMA", "PE", act, mode="explosives")])
    (murder,) = muc4.response_templates([assault("LIMA", "PE", PAST)])
    assert bombing.evidence == act
    # The message reads as irrelevant (0.2 < DROP_BELOW), yet its clearly told act is kept;
    # the background mention of a murder is not.
    assert muc4.with_message([bombing, murder], scores(0.2), [], None, text, model) == [bombing]
    # Without a keep regression the message's relevance decides, as before.
    plain = MessageModel(LABELS, model.weights, model.bias)
    assert muc4.with_message([bombing, murder], scores(0.2), [], None, text, plain) == []


def test_keep_features_read_missing_sentences_as_the_message() -> None:
    feats = keep_features(0.5, None, True, 0.5, True, 7)
    assert dict(zip(KEEP_FEATURES, feats, strict=True)) == {
        "relevant": pytest.approx(0.0),
        "sentences": pytest.approx(0.0),
        "sentences_below_0": pytest.approx(0.0),
        "dated": 1.0,
        "type": pytest.approx(0.0),
        "first": 1.0,
        "count": 4,
    }
    bad = MessageModel(LABELS, _keep_model().weights, _keep_model().bias, keep=np.zeros(3))
    with pytest.raises(ValueError, match="keep"):
        MessageModel.from_bytes(bad.to_bytes())


def test_a_type_its_own_sentences_tell_is_not_retyped_by_the_message() -> None:
    # A kidnapping among several shootings: the message reads as unlikely to report one
    # (0.02 < RETYPE_BELOW), yet the record's own sentences, read alone, tell it.
    told = (
        "INVENTED REBELS KIDNAPPED A FARM OWNER NEAR THE RIVER / "
        "UNOS REBELDES INVENTADOS SECUESTRARON A UN HACENDADO"
    )
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    other = "THE INVENTED MAYOR SPOKE ON THE RADIO."
    # The kidnapping's own words only, not those it shares with the other sentence.
    weights[LABELS.index("KIDNAPPING"), np.setdiff1d(hashed(told), hashed(other))] = 8.0
    bias = np.full(len(LABELS), -3.0, dtype=np.float32)
    model = MessageModel(LABELS, weights, bias)
    assert model.scores(told)["KIDNAPPING"] >= muc4.OWN_TYPE_FROM
    assert model.scores(other)["KIDNAPPING"] < muc4.OWN_TYPE_FROM
    low = scores(0.9, KIDNAPPING=0.02, ATTACK=0.9)
    taken = muc4.Response("KIDNAPPING", evidence=told)
    vague = muc4.Response("KIDNAPPING", evidence=other)
    out = muc4.with_message([taken, vague], low, [], None, "", model)
    assert [r.incident_type for r in out] == ["KIDNAPPING", "ATTACK"]
    # Without the model's reading of the sentences, the message's score decides.
    assert [r.incident_type for r in muc4.with_message([taken], low, [], None)] == ["ATTACK"]


def test_a_town_named_only_as_a_distance_mark_is_not_the_place() -> None:
    # "17 KM FROM X" measures from X: the act is not told to be in X, so the country alone.
    line = "SAN SALVADOR, 2 FEB 90 --"

    def fill(sentence: str) -> LocationFill | None:
        record = assault("SAN SALVADOR", "SV", sentence, admin1="San Salvador")
        (resp,) = muc4.response_templates([record], line)
        return resp.location

    assert fill("AN INVENTED BODY TURNED UP ON A TRAIL 23 KM FROM SAN SALVADOR.") == LocationFill(
        "el salvador"
    )
    assert fill("HALLARON UN CUERPO INVENTADO A 40 KILÓMETROS AL NORTE DE SAN SALVADOR.") == (
        LocationFill("el salvador")
    )
    told = LocationFill("el salvador", (("san salvador",),))
    assert fill("AN INVENTED BOMB WENT OFF IN SAN SALVADOR, 17 KM FROM THE AIRPORT.") == told
    assert fill("UNA BOMBA INVENTADA ESTALLÓ EN SAN SALVADOR ESTA MAÑANA.") == told


def test_a_distance_from_a_town_the_story_was_not_filed_from_places_the_act_near_it() -> None:
    # Template-doc-part1 7.4 note 1 keys an act near a named place at that place. Only the
    # filing town may be named as a mark and no scene at all.
    line = "SAN SALVADOR, 2 FEB 90 --"
    for sentence in (
        "AN INVENTED MAYOR WAS SHOT ON A DIRT ROAD 30 KM EAST OF SAN MIGUEL.",
        "UN ALCALDE INVENTADO FUE BALEADO A 30 KILÓMETROS AL SUR DE SAN MIGUEL.",
    ):
        record = assault("SAN MIGUEL", "SV", sentence, admin1="San Miguel")
        (resp,) = muc4.response_templates([record], line)
        assert resp.location == LocationFill("el salvador", (("san miguel",),)), sentence


_MEDELLIN = LocationFill("colombia", (("antioquia",), ("medellin",)))


def _medellin_fill(*sentences: str) -> LocationFill | None:
    """The fill of one assault record placed at Medellin, in a message filed from Bogota."""
    record = assault("MEDELLIN", "CO", *sentences, admin1="Antioquia")
    (resp,) = muc4.response_templates([record], "BOGOTA, 2 FEB 90 --")
    return resp.location


def test_a_town_named_only_as_part_of_something_else_is_not_the_place() -> None:
    # "THE MEDELLIN CARTEL" or "ARRIVED IN MEDELLIN" does not tell where the act happened
    # (template-doc-part1 7.4 note 4), so a record placed there keeps only its country.
    fill, country = _medellin_fill, LocationFill("colombia")
    for sentence in (
        "GUNMEN OF THE MEDELLIN CARTEL KILLED AN INVENTED JUDGE.",
        "AN INVENTED JUDGE WAS KILLED, A MEDELLIN NEWSPAPER SAID.",
        "THE MINISTER, WHO ARRIVED TODAY IN MEDELLIN, CONDEMNED THE INVENTED MURDER.",
        "THE INVENTED VICTIM WAS BURIED IN MEDELLIN.",
        "SICARIOS DEL CARTEL DE MEDELLIN MATARON A UN JUEZ INVENTADO.",
        "EL MINISTRO, QUE LLEGÓ HOY EN MEDELLIN, CONDENÓ EL ASESINATO INVENTADO.",
        "LA VÍCTIMA INVENTADA FUE SEPULTADO EN MEDELLIN.",
    ):
        assert fill(sentence) == country, sentence
    told = _MEDELLIN
    assert fill("GUNMEN KILLED AN INVENTED JUDGE IN MEDELLIN TODAY.") == told
    assert fill("UNOS SICARIOS MATARON HOY EN MEDELLIN A UN JUEZ INVENTADO.") == told
    # Another sentence that places the act there still does.
    assert (
        fill(
            "GUNMEN OF THE MEDELLIN CARTEL KILLED AN INVENTED JUDGE.",
            "THE INVENTED JUDGE WAS SHOT IN A MEDELLIN STREET.",
        )
        == told
    )


def test_a_town_named_only_as_the_seat_of_someone_s_office_is_not_the_place() -> None:
    # "THE COORDINATOR OF A PARTY IN MEDELLIN", "THE MEDELLIN ARCHBISHOP": where the victim
    # or a speaker holds office, not where the act took place (7.4 note 4, "or some other
    # location"), so a record placed there keeps only its country.
    fill, country = _medellin_fill, LocationFill("colombia")
    for sentence in (
        "THE INVENTED COORDINATOR OF A FICTIONAL PARTY IN MEDELLIN WAS SHOT DEAD.",
        "THE MEDELLIN ARCHBISHOP CONDEMNED THE INVENTED MURDER OF A TEACHER.",
        "AN INVENTED CRIMINAL JUDGE OF MEDELLIN MUNICIPALITY WAS KIDNAPPED.",
        "THE AUTHORITIES OF THE NORTHERN CITY OF MEDELLIN SAID A FICTIONAL CLERK DIED.",
        "EL COORDINADOR INVENTADO DE UN PARTIDO EN MEDELLIN FUE ASESINADO.",
        "EL ARZOBISPO DE MEDELLIN CONDENÓ EL ASESINATO INVENTADO DE UN MAESTRO.",
    ):
        assert fill(sentence) == country, sentence
    # An office named in a sentence that also tells the act there still places it: the
    # words between the office and the town hold no verb.
    told = _MEDELLIN
    assert fill("THE MAYOR SAID THAT GUNMEN KILLED AN INVENTED JUDGE IN MEDELLIN.") == told
    assert (
        fill("EL ALCALDE DIJO QUE UNOS SICARIOS MATARON EN MEDELLIN A UN JUEZ INVENTADO.") == told
    )


def test_a_town_s_own_mayor_attacked_places_the_act_at_that_town() -> None:
    # "THE FORMER MEDELLIN MAYOR WAS SHOT": the town names the victim's office, as "THE MAYOR
    # OF MEDELLIN" does, and a mayor is mostly attacked at home, so the town stays the place.
    fill = _medellin_fill
    for sentence in (
        "THE FORMER MEDELLIN MAYOR, AN INVENTED MAN, WAS SHOT DEAD ON HIS WAY TO WORK.",
        "THE MEDELLIN CITY MAYOR, A FICTIONAL LAWYER, WAS KIDNAPPED BY GUNMEN.",
        "EL EX ALCALDE DE MEDELLIN, UN HOMBRE INVENTADO, FUE ASESINADO A TIROS.",
    ):
        assert fill(sentence) == _MEDELLIN, sentence


def test_a_town_named_only_as_where_a_report_was_made_is_not_the_place() -> None:
    # "ANNOUNCED TODAY IN MEDELLIN THAT ...", "SOURCES IN MEDELLIN", "IN MEDELLIN IT WAS
    # REPORTED THAT": where the report was made, which note 4 leaves out, so a record placed
    # there keeps only its country.
    fill, country = _medellin_fill, LocationFill("colombia")
    for sentence in (
        "THE POLICE ANNOUNCED TODAY IN MEDELLIN THAT INVENTED REBELS SHOT A FICTIONAL FARMER.",
        "INVENTED SOURCES IN MEDELLIN SAID THAT A FICTIONAL CLERK WAS SHOT.",
        "IN MEDELLIN IT WAS REPORTED THAT AN INVENTED CLERK HAD BEEN KILLED.",
        "LA POLICÍA INFORMÓ HOY EN MEDELLIN QUE UNOS REBELDES INVENTADOS MATARON A UN CAMPESINO.",
        "FUENTES EN MEDELLIN DIJERON QUE UN EMPLEADO INVENTADO FUE ASESINADO.",
    ):
        assert fill(sentence) == country, sentence
    # Acts "reported in" a town, with no clause of their own after it, took place there.
    told = _MEDELLIN
    assert fill("INVENTED ATTACKS ON A FICTIONAL BUS WERE REPORTED IN MEDELLIN.") == told
    assert fill("SE INFORMÓ DE UN ATAQUE INVENTADO EN MEDELLIN CONTRA UN AUTOBÚS.") == told


def test_a_town_named_only_as_where_someone_lives_or_was_headed_is_not_the_place() -> None:
    # Where the victim lives, works or studies, took refuge, or was travelling to or from is
    # "some other location" than the act's (7.4 note 4), so a record placed only there
    # keeps only its country.
    fill, country = _medellin_fill, LocationFill("colombia")
    for sentence in (
        "AN INVENTED TRADER, WHO SPENDS MOST WEEKS IN MEDELLIN, WAS KIDNAPPED ON 3 MAY.",
        "TWO FICTIONAL PUPILS STUDYING AT THE MEDELLIN ACADEMY WERE FOUND SHOT.",
        "A GUNMAN FIRED AT AN INVENTED SENATOR ON A BUS EN ROUTE TO MEDELLIN.",
        "THE INVENTED LEADER, WHO TOOK REFUGE IN MEDELLIN LAST WEEK, WAS THREATENED.",
        "UN COMERCIANTE INVENTADO, QUE TRABAJABA EN MEDELLIN, FUE SECUESTRADO EL 3 DE MAYO.",
        "UN PISTOLERO DISPARÓ CONTRA UN SENADOR INVENTADO QUE VIAJABA RUMBO A MEDELLIN.",
    ):
        assert fill(sentence) == country, sentence
    # A building where people live, hit there, places the act; so does the act told there.
    told = _MEDELLIN
    assert fill("A BOMB EXPLODED BY A HOUSE WHERE INVENTED MONKS LIVE IN MEDELLIN.") == told
    assert fill("UNA BOMBA ESTALLÓ EN LA CASA DONDE VIVEN UNOS MONJES EN MEDELLIN.") == told
    assert (
        fill("AN INVENTED TRADER WHO WORKED IN MEDELLIN WAS KIDNAPPED IN MEDELLIN TODAY.") == told
    )
    # "LIVES" and "WORKS" as nouns tell no one's home.
    assert fill("AN INVENTED BOMB TOOK THE LIVES OF TWO FARMERS IN MEDELLIN.") == told
    assert fill("AN INVENTED CLERK WAS SHOT AT THE PUBLIC WORKS DEPOT IN MEDELLIN.") == told


def test_a_large_city_abroad_is_not_a_town_of_the_message_country() -> None:
    # A statement made in Managua about a Salvadoran crime: Managua has no namesake in El
    # Salvador, and a city that large is not an unknown Salvadoran village, so the country alone.
    home = EventRecord(event_type="COERCE", mode="arrest", country="SV", place="San Miguel")
    for sentence in (
        "IN MANAGUA THE MINISTER CONDEMNED THE INVENTED MURDER OF THREE TEACHERS.",
        "EN MANAGUA EL MINISTRO CONDENÓ EL ASESINATO INVENTADO DE TRES MAESTROS.",
    ):
        record = assault("MANAGUA", "NI", sentence, admin1="Managua", mode="firearms")
        (response,) = muc4.response_templates([record, home])
        assert response.location == LocationFill("el salvador")


def test_a_part_of_a_town_told_by_the_town_alone_places_a_record_left_at_its_country() -> None:
    # "SHOT IN A SAN MIGUEL SUBURB": the geoparser reads no place in a town's name used as an
    # adjective, and the record, placed at a city abroad, was left at its country; the town
    # the part belongs to is the most specific place told.
    home = EventRecord(event_type="COERCE", mode="arrest", country="SV", place="San Miguel")

    def fill(sentence: str) -> LocationFill | None:
        record = assault("MANAGUA", "NI", sentence, admin1="Managua", mode="firearms")
        (response,) = muc4.response_templates([record, home])
        return response.location

    town = LocationFill("el salvador", (("san miguel",),))
    for sentence in (
        "IN MANAGUA THE MINISTER SAID AN INVENTED JUDGE WAS SHOT IN A SAN MIGUEL SUBURB.",
        "AN INVENTED JUDGE WAS SHOT DEAD IN A QUIET SAN MIGUEL NEIGHBORHOOD, MANAGUA SAID.",
        "EN MANAGUA EL MINISTRO DIJO QUE UN JUEZ INVENTADO FUE BALEADO EN UN BARRIO DE SAN MIGUEL.",
    ):
        assert fill(sentence) == town, sentence
    # A part of town told by what its people are names no town.
    for sentence in (
        "IN MANAGUA THE MINISTER SAID AN INVENTED JUDGE WAS SHOT IN A PEASANT NEIGHBORHOOD.",
        "EN MANAGUA EL MINISTRO DIJO QUE UN JUEZ INVENTADO FUE BALEADO EN UN BARRIO DE OBREROS.",
    ):
        assert fill(sentence) == LocationFill("el salvador"), sentence


def test_a_place_named_with_its_distance_from_the_filing_town_is_the_scene() -> None:
    # "AT THE PLAZA OF CHOSICA, 40 KM EAST OF LIMA" in a story filed from Lima: the geoparser
    # placed the act at Lima, which the sentence names only to measure from, so the record
    # was left at its country; the place measured is where the act took place.
    def fill(sentence: str) -> LocationFill | None:
        record = assault("LIMA", "PE", sentence, admin1="Lima", mode="firearms")
        (response,) = muc4.response_templates([record], "LIMA, 3 MAR 90 --")
        return response.location

    chosica = LocationFill("peru", (("chosica",),))
    for sentence in (
        "GUNMEN SHOT AN INVENTED DEPUTY AT THE PLAZA OF CHOSICA, 40 KM EAST OF LIMA, TODAY.",
        "UNOS PISTOLEROS BALEARON A UN DIPUTADO INVENTADO EN CHOSICA, A 40 KILÓMETROS AL ESTE"
        " DE LIMA.",
    ):
        assert fill(sentence) == chosica, sentence
    # A distance with no place named before it leaves the country.
    assert fill("GUNMEN SHOT AN INVENTED DEPUTY ON A ROAD 40 KM EAST OF LIMA.") == LocationFill(
        "peru"
    )


def test_a_suburb_or_a_demonym_town_named_by_what_it_is() -> None:
    def fill(sentence: str, country: str = "CO", place: str = "BOGOTA") -> LocationFill | None:
        record = assault(place, country, sentence, mode="explosives")
        (resp,) = muc4.response_templates([record], "BOGOTA, 2 FEB 90 --")
        return resp.location

    suburb = fill("AN INVENTED BOMB EXPLODED AT A BANK IN THE SUBURB OF VILLA INVENTADA.")
    assert suburb == LocationFill("colombia", (("villa inventada",),))
    # The demonym gives the cued town its country, not the record's town across the border.
    border = fill(
        "AN INVENTED CAR BOMB BLEW UP IN THE PERUVIAN TOWN OF PUERTO INVENTADO, NEAR THE BORDER.",
        country="BO",
        place="COPACABANA",
    )
    assert border == LocationFill("peru", (("puerto inventado",),))


def test_a_record_left_at_the_dateline_takes_a_scene_its_sentences_name() -> None:
    # No cue in capitals reads "A CALI HOTEL", so the pipeline left the act at the dateline's
    # town; another record of the message is told at Cali, and MUC keys the act there.
    line = "BOGOTA, 3 MAY 90 (INVENTED) --"
    cali = LocationFill("colombia", (("valle del cauca",), ("cali",)))

    def located(sentence: str) -> list[LocationFill | None]:
        records = [
            EventRecord(
                event_type="ASSAULT",
                country="CO",
                admin1="Valle del Cauca",
                place="CALI",
                geo_precision=1,
                evidence=["INVENTED GUNMEN SHOT A FICTIONAL JUDGE IN CALI."],
            ),
            EventRecord(
                event_type="ASSAULT",
                mode="explosives",
                country="CO",
                admin1="Bogota D.C.",
                place="BOGOTA",
                geo_precision=1,
                evidence=[sentence],
            ),
        ]
        return [r.location for r in muc4.response_templates(records, line)]

    assert located("A CAR BOMB WENT OFF LAST NIGHT NEAR A CALI HOTEL.") == [cali, cali]
    assert located("UNA BOMBA INVENTADA ESTALLÓ ANOCHE AL SUR DE CALI.") == [cali, cali]
    # A sentence naming none of the message's scenes keeps only the country (note 4).
    assert located("A CAR BOMB WENT OFF LAST NIGHT NEAR A HOTEL.") == [
        cali,
        LocationFill("colombia"),
    ]
    # "CALIFORNIA" is not Cali.
    assert located("A BOMB WENT OFF AT AN INVENTED CALIFORNIA BANK.")[1] == LocationFill("colombia")


def test_an_added_template_takes_a_place_the_message_records_are_told_at() -> None:
    # No template of the message is placed, but a record the pipeline does not count as a
    # MUC incident (an arrest) is told at Cali: the act the model adds shares its scene.
    line = "BOGOTA, 3 MAY 90 (INVENTED) --"
    text = f"{line} [TEXT] LA POLICÍA DETUVO A DOS HOMBRES EN CALI."
    arrest = EventRecord(
        event_type="COERCE",
        mode="arrest",
        country="CO",
        admin1="Valle del Cauca",
        place="CALI",
        geo_precision=1,
        evidence=["LA POLICÍA INVENTADA DETUVO A DOS HOMBRES EN CALI."],
    )
    out = muc4.with_message([], scores(0.9, KIDNAPPING=0.9), [arrest], None, text)
    cali = LocationFill("colombia", (("valle del cauca",), ("cali",)))
    assert [(r.incident_type, r.location) for r in out] == [("KIDNAPPING", cali)]
    # Placed by the dateline alone, it gives only the country.
    filed = arrest.model_copy(
        update={"place": "BOGOTA", "admin1": "Bogota D.C.", "evidence": [f"{line} [TEXT] X."]}
    )
    out = muc4.with_message([], scores(0.9, KIDNAPPING=0.9), [filed], None, text)
    assert [r.location for r in out] == [LocationFill("colombia")]


def test_a_theft_by_the_attackers_adds_a_robbery_template() -> None:
    en = assault("FLORES", "GT", "INVENTED REBELS RAIDED THE FARM, BURNED A SHED AND STOLE FOOD.")
    es = assault("FLORES", "GT", "LOS REBELDES INVENTADOS ATACARON LA FINCA Y ROBARON GANADO.")
    for record in (en, es):
        types = [r.incident_type for r in muc4.response_templates([record])]
        assert types[0] == "ATTACK" and types[-1] == "ROBBERY"
    # Stolen goods found, or looting by others, tell no theft by the attackers.
    for sentence in ("THE INVENTED POLICE FOUND TWO STOLEN CARS.", "HUBO SAQUEOS EN LA ZONA."):
        assert len(muc4.response_templates([assault("FLORES", "GT", sentence)])) == 1


def test_goods_the_attackers_took_away_add_a_robbery_template() -> None:
    # "Took away" or "carried off" what was not a person is the attackers' theft, a ROBBERY
    # of its own (template-doc-part1 7.5); people taken away are a kidnapping, and goods
    # "taken away" by no one named are not read.
    for sentence in (
        "INVENTED REBELS BURNED THE CLINIC AND ALSO TOOK AWAY THE VILLAGERS' RADIOS.",
        "INVENTED GUNMEN SHOT A GUARD AND CARRIED OFF TWO RIFLES.",
        "UNOS REBELDES INVENTADOS QUEMARON LA ESCUELA Y SUSTRAJERON LAS LIBRETAS.",
    ):
        types = [
            r.incident_type for r in muc4.response_templates([assault("FLORES", "GT", sentence)])
        ]
        assert types[-1] == "ROBBERY", sentence
    for sentence in (
        "INVENTED REBELS BURNED THE CLINIC AND TOOK AWAY TWO NURSES.",
        "INVENTED GUNMEN SHOT A GUARD AND TOOK HIM AWAY.",
        "INVENTED GUNMEN SHOT A GUARD; THE POLICE CARRIED AWAY THE BODY.",
        "INVENTED GUNMEN SHOT A GUARD; HIS CAR WAS TAKEN AWAY.",
    ):
        types = [
            r.incident_type for r in muc4.response_templates([assault("FLORES", "GT", sentence)])
        ]
        assert "ROBBERY" not in types, sentence


def _type_keep_model() -> MessageModel:
    # The keep regression trusts only the message's probability of the template's type.
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    keep = np.zeros(len(KEEP_FEATURES) + 1, dtype=np.float32)
    keep[KEEP_FEATURES.index("type")] = 1.0
    return MessageModel(LABELS, weights, bias, keep=keep)


def test_an_incident_told_with_a_kept_one_stands_with_it() -> None:
    model = _type_keep_model()
    low = scores(0.9, ATTACK=0.9, ARSON=0.01, ROBBERY=0.01)
    raid = assault("FLORES", "GT", "INVENTED REBELS ATTACKED THE FARM, BURNED IT AND STOLE FOOD.")
    redada = assault("FLORES", "GT", "UNOS REBELDES ATACARON LA FINCA, LA INCENDIARON Y ROBARON.")
    for record in (raid, redada):
        out = muc4.response_templates([record])
        kept = muc4.with_message(out, low, [record], None, model=model)
        assert [r.incident_type for r in kept] == ["ATTACK", "ARSON", "ROBBERY"]
        # Alone, a minor arson the message does not read as is dropped.
        alone = muc4.with_message(out[1:2], low, [record], None, model=model)
        assert "ARSON" not in {r.incident_type for r in alone}
    # A bomb's fire is the bombing's: MUC keys no arson of its own.
    bomb = assault("LIMA", "PE", "A BOMB SET FIRE TO THE INVENTED BANK.", mode="explosives")
    out = muc4.response_templates([bomb])
    assert [r.incident_type for r in out] == ["BOMBING", "ARSON"]
    bombing = scores(0.9, BOMBING=0.9, ARSON=0.01)
    kept = muc4.with_message(out, bombing, [bomb], None, model=model)
    assert [r.incident_type for r in kept] == ["BOMBING"]


def test_incidents_told_together_stand_with_any_kept_one_of_them() -> None:
    # The keep regression kept the murder, itself told by the record's words beside the
    # burning it was typed by: the burning and the theft of the same sentence stand with it.
    weights = np.zeros((len(LABELS), DIMENSION), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    keep = np.zeros(len(KEEP_FEATURES) + 1, dtype=np.float32)
    keep[KEEP_FEATURES.index("type")] = 1.0
    model = MessageModel(LABELS, weights, bias, keep=keep)
    low = scores(0.9, ATTACK=0.9, ARSON=0.01, ROBBERY=0.01)
    for sentence in (
        "INVENTED REBELS MURDERED TWO CLERKS, BURNED THE OFFICES AND STOLE FOOD.",
        "UNOS REBELDES ASESINARON A UN GUARDIA, INCENDIARON LA ALCALDÍA Y ROBARON GANADO.",
    ):
        raid = assault("HUARAZ", "PE", sentence, mode="destroy")
        out = muc4.response_templates([raid])
        assert [r.incident_type for r in out] == ["ARSON", "ATTACK", "ROBBERY"]
        kept = muc4.with_message(out, low, [raid], None, model=model)
        assert sorted(r.incident_type for r in kept) == ["ARSON", "ATTACK", "ROBBERY"]


def test_a_burning_armed_men_did_stands_beside_a_kept_incident() -> None:
    # The keep regression reads the message's probability of ARSON, which a minor burning
    # among attacks never reaches; a record of its own telling armed men setting the fire
    # is an incident MUC keys (template-doc-part1: one template per incident).
    model = _type_keep_model()
    low = scores(0.9, ATTACK=0.9, ARSON=0.01)
    for killing, burning in (
        (
            "INVENTED GUNMEN KILLED TWO CLERKS IN FLORES.",
            "IN A NEARBY VILLAGE THE GUERRILLAS BURNED AN INVENTED COOPERATIVE'S WAREHOUSE.",
        ),
        (
            "UNOS PISTOLEROS INVENTADOS MATARON A DOS EMPLEADOS EN FLORES.",
            "EN UNA ALDEA CERCANA LOS GUERRILLEROS INCENDIARON EL ALMACÉN DE UNA COOPERATIVA.",
        ),
    ):
        records = [
            assault("FLORES", "GT", killing),
            assault("FLORES", "GT", burning, mode="destroy"),
        ]
        out = muc4.response_templates(records)
        assert [r.incident_type for r in out] == ["ATTACK", "ARSON"]
        kept = muc4.with_message(out, low, records, None, model=model)
        assert [r.incident_type for r in kept] == ["ATTACK", "ARSON"]
        # Alone, in a message the regression keeps nothing of, it falls.
        alone = muc4.with_message(out[1:], low, records[1:], None, model=model)
        assert "ARSON" not in {r.incident_type for r in alone}
    # A fire no one is told to have set ("the warehouse was burned") is left to the
    # regression, and so is a bomb's fire, which MUC keys as the bombing.
    for records in (
        [
            assault("FLORES", "GT", "INVENTED GUNMEN KILLED TWO CLERKS IN FLORES."),
            assault("FLORES", "GT", "AN INVENTED WAREHOUSE WAS BURNED.", mode="destroy"),
        ],
        [
            assault("FLORES", "GT", "INVENTED GUNMEN KILLED TWO CLERKS IN FLORES."),
            assault(
                "FLORES",
                "GT",
                "INVENTED TERRORISTS BOMBED A BANK AND SET IT ON FIRE.",
                mode="explosives",
            ),
        ],
    ):
        out = muc4.response_templates(records)
        kept = muc4.with_message(
            out, scores(0.9, ATTACK=0.9, BOMBING=0.01, ARSON=0.01), records, None, model=model
        )
        assert [r.incident_type for r in kept] == ["ATTACK"]


def test_a_burning_told_apart_from_a_bomb_is_judged_on_its_own() -> None:
    # A sentence that burns something and names no blast tells an arson of its own beside
    # the bombing (template-doc-part1: one template per incident), not the bomb's fire; the
    # keep regression judges it as any template, not kept because the bombing is.
    model = _type_keep_model()
    bombing = scores(0.9, BOMBING=0.9, ARSON=0.01)
    both = scores(0.9, BOMBING=0.9, ARSON=0.9)
    for bomb in (
        assault(
            "MEDELLIN",
            "CO",
            "A BOMB DESTROYED AN INVENTED BANK BRANCH IN MEDELLIN.",
            "A RESTAURANT OF THE SAME INVENTED CHAIN WAS BURNED THAT NIGHT.",
            mode="explosives",
        ),
        assault(
            "MEDELLIN",
            "CO",
            "UNA BOMBA DESTRUYÓ UNA SUCURSAL BANCARIA INVENTADA EN MEDELLÍN.",
            "HORAS DESPUÉS, UNOS DESCONOCIDOS INCENDIARON UN RESTAURANTE INVENTADO.",
            mode="explosives",
        ),
    ):
        out = muc4.response_templates([bomb])
        assert [r.incident_type for r in out] == ["BOMBING", "ARSON"]
        assert out[1].apart
        kept = muc4.with_message(out, bombing, [bomb], None, model=model)
        assert [r.incident_type for r in kept] == ["BOMBING"]
        kept = muc4.with_message(out, both, [bomb], None, model=model)
        assert [r.incident_type for r in kept] == ["BOMBING", "ARSON"]
    # The fire in the bomb's own sentence stays the bombing's.
    fire = assault(
        "MEDELLIN",
        "CO",
        "A BOMB WENT OFF AT AN INVENTED BANK.",
        "THE BLAST SET FIRE TO THE BUILDING.",
        mode="explosives",
    )
    out = muc4.response_templates([fire])
    kept = muc4.with_message(out, bombing, [fire], None, model=model)
    assert [r.incident_type for r in kept] == ["BOMBING"]


def test_perp_organization_is_filled_by_named_groups_only() -> None:
    # 3.2.10: the slot takes proper names; a force noun with its nationality or a role
    # ("gunmen") names no one organisation.
    for sentence in (
        "FMLN GUERRILLAS ATTACKED AN INVENTED POWER STATION; SALVADORAN TROOPS ARRIVED LATER.",
        "GUERRILLEROS DEL FMLN ATACARON UNA CENTRAL INVENTADA; LLEGARON TROPAS SALVADOREÑAS.",
    ):
        record = assault(
            "USULUTAN",
            "SV",
            sentence,
            actors=[
                Actor(name="FMLN", sector="REB", country="SV"),
                Actor(name="Salvadoran military", sector="MIL", country="SV"),
                Actor(name="Salvadoran police", sector="COP", country="SV"),
            ],
        )
        assert [r.perp_orgs for r in muc4.response_templates([record])] == [["FMLN"]]
        for actor in (Actor(name="gunmen", sector="UAF"), Actor(name="police", sector="COP")):
            record = assault("USULUTAN", "SV", sentence, actors=[actor])
            assert [r.perp_orgs for r in muc4.response_templates([record])] == [[]]


def test_a_named_group_is_no_second_side_beside_its_role_noun() -> None:
    # The group that attacked the police, named and called "guerrillas": no clash of two
    # armed sides, so the attack stays a MUC incident.
    for sentence in (
        "AN INVENTED BOMB PLANTED BY FMLN GUERRILLAS DAMAGED A POLICE POST IN USULUTAN.",
        "UNA BOMBA INVENTADA DE LOS GUERRILLEROS DEL FMLN DAÑÓ UN PUESTO POLICIAL.",
    ):
        record = assault(
            "USULUTAN",
            "SV",
            sentence,
            actors=[Actor(name="FMLN", sector="REB")],
            targets=[Actor(name="police", sector="COP")],
        )
        assert muc4.is_muc_incident(record)


def test_a_template_without_perpetrator_takes_the_one_group_the_message_names() -> None:
    # "THE FMLN CLAIMED THE ATTACK" is a sentence of its own: the act's template names the
    # group the message names alone, not one of two groups it names.
    claimed = [
        assault("USULUTAN", "SV", "AN INVENTED BOMB DAMAGED A BRIDGE IN USULUTAN."),
        EventRecord(
            event_type="ACCUSE",
            actors=[Actor(name="FMLN", sector="REB"), Actor(name="rebels", sector="REB")],
            evidence=["EL FMLN SE ATRIBUYÓ EL ATENTADO INVENTADO."],
        ),
    ]
    responses = muc4.response_templates(claimed)
    assert [r.perp_orgs for r in muc4.perpetrated_by_default(responses, claimed)] == [["FMLN"]]
    two = [*claimed, assault("LIMA", "PE", "X", targets=[Actor(name="ELN", sector="REB")])]
    assert [r.perp_orgs for r in muc4.perpetrated_by_default(responses, two)] == [[]]


def test_the_captors_a_kidnapping_implies_are_no_perpetrator() -> None:
    # hito gives a kidnapping that names no captor unknown captors as its actor: no proper
    # name (3.2.10), so no PERP fill, and the message's one named group still fills it.
    for sentence in (
        "AN INVENTED JUDGE WAS KIDNAPPED YESTERDAY IN USULUTAN.",
        "UN JUEZ INVENTADO FUE SECUESTRADO AYER EN USULUTAN.",
    ):
        taken = assault("USULUTAN", "SV", sentence, mode="abduct", actors=[UNKNOWN_CAPTORS])
        responses = muc4.response_templates([taken])
        assert [r.perp_orgs for r in responses] == [[]]
        claimed = EventRecord(
            event_type="ACCUSE",
            actors=[Actor(name="FMLN", sector="REB")],
            evidence=["EL FMLN SE ATRIBUYÓ EL SECUESTRO INVENTADO."],
        )
        records = [taken, claimed]
        assert [r.perp_orgs for r in muc4.perpetrated_by_default(responses, records)] == [["FMLN"]]


def test_a_quote_inside_a_key_string_is_read_as_part_of_it() -> None:
    # Keys write a quote of the text as \" inside a filler string.
    fill = muc4_keys._fill(r'"\"7 JUNE\" INVENTED FRONT" / "IF" / "\"7 JUNE\" IF"')
    assert fill.alternatives == ['"7 JUNE" INVENTED FRONT', "IF", '"7 JUNE" IF']
    assert name_credit("INVENTED FRONT", fill.alternatives[0]) == 0.5


def test_a_longer_name_the_gazetteer_lacks_is_the_specific_place() -> None:
    # The gazetteer knows "SANTA ROSA" but not "SANTA ROSA DE LAS INVENTADAS": the text's
    # whole name is the place MUC keys, not the namesake's (whose department is elsewhere).
    def fill(sentence: str) -> LocationFill | None:
        record = assault("SANTA ROSA", "PE", sentence, admin1="Lima", mode="explosives")
        (resp,) = muc4.response_templates([record], "LIMA, 2 FEB 90 --")
        return resp.location

    longer = LocationFill("peru", (("santa rosa de las inventadas",),))
    assert fill("AN INVENTED BOMB EXPLODED IN SANTA ROSA DE LAS INVENTADAS LAST NIGHT.") == longer
    assert fill("Una bomba inventada estalló anoche en Santa Rosa de las Inventadas.") == longer
    assert fill("Una bomba inventada estalló en Santa Rosa del Invento.") == LocationFill(
        "peru", (("santa rosa del invento",),)
    )
    # "de" before a common word, or no "de" at all: the gazetteer's town.
    town = LocationFill("peru", (("lima",), ("santa rosa",)))
    assert fill("Una bomba inventada estalló en Santa Rosa de noche.") == town
    assert fill("AN INVENTED BOMB EXPLODED IN SANTA ROSA LAST NIGHT.") == town


def test_an_act_near_a_place_no_cue_reads_is_placed_there() -> None:
    # Template-doc-part1 7.4 note 1 keys an act near a named place at that place. A record
    # left at its country (placed only by the dateline's town) takes a place its own sentence
    # names after "near" / "cerca de", even one the gazetteer lacks.
    line = "SAN SALVADOR, 2 FEB 90 --"

    def fill(sentence: str) -> LocationFill | None:
        record = assault("SAN SALVADOR", "SV", sentence, admin1="San Salvador")
        (resp,) = muc4.response_templates([record], line)
        return resp.location

    near = LocationFill("el salvador", (("las piletas",),))
    assert fill("AIRCRAFT STRAFED HAMLETS NEAR LAS PILETAS, WOUNDING AN INVENTED FARMER.") == near
    assert fill("PLANES HIT HOUSES NEAR THE TOWN OF LAS PILETAS ON FRIDAY.") == near
    assert (
        fill("AVIONES AMETRALLARON CASERÍOS CERCA DE LAS PILETAS, HIRIENDO A UN CAMPESINO.") == near
    )
    # A name that runs on into the sentence is not read, nor a country.
    country = LocationFill("el salvador")
    assert fill("AIRCRAFT STRAFED HAMLETS NEAR LAS PILETAS WOUNDING AN INVENTED FARMER.") == country
    assert fill("AN INVENTED FARMER WAS SHOT NEAR HONDURAS, THE ARMY SAID.") == country


@pytest.mark.parametrize(
    ("head", "year"),
    [("LIMA, 2 FEB 90 --", 1990), ("LIMA, 2 FEB 11 --", 2011), ("LIMA, FEB 2 05 --", 2005)],
)
def test_a_two_digit_dateline_year_is_read_in_the_nearest_century(head: str, year: int) -> None:
    (message,) = muc4_keys.read_messages(f"TST-MUC9-0001\n\n   {head} [TEXT] AN INVENTED LINE.\n")
    assert message.published == dt.date(year, 2, 2)
