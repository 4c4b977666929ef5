"""MUC-4 incident types read from a record's own words: kidnappings, killings and attacks
beside them, acts on two days, bombings with gunfire, and acts named back that are of another
kind (invented sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hito.evaluation import muc4
from hito.evaluation.muc4_messages import LABELS
from hito.models import Actor, EventRecord


def assault(*evidence: str, **kw: Any) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        place="CALI",
        geo_precision=1,
        evidence=list(evidence),
        **kw,
    )


def scores(relevant: float, **types: float) -> dict[str, float]:
    return {"RELEVANT": relevant, **{t: types.get(t.split()[0], 0.2) for t in LABELS[1:]}}


def types(*records: EventRecord) -> list[str]:
    return [r.incident_type for r in muc4.response_templates(list(records))]


def test_a_kidnapping_told_by_its_verb_keeps_its_type() -> None:
    # The message model reads a minor kidnapping among other acts as unlikely; the verb
    # of the record's own sentence tells it.
    for sentence in (
        "GUNMEN KIDNAPPED AN INVENTED MAYOR IN CALI YESTERDAY.",
        "THE REBELS HELD FIVE INVENTED ENGINEERS HOSTAGES FOR TWO DAYS.",
        "UNOS ENCAPUCHADOS SECUESTRARON AL ALCALDE INVENTADO EN CALI.",
        "POLICE CONFIRMED THE KIDNAPPING OF AN INVENTED RANCHER NEAR CALI.",
        "LA POLICÍA CONFIRMÓ EL SECUESTRO DE UN GANADERO INVENTADO.",
    ):
        record = assault(sentence, mode="abduct")
        out = muc4.response_templates([record])
        assert [(r.incident_type, r.told) for r in out] == [("KIDNAPPING", True)]
        kept = muc4.with_message(out, scores(0.9, KIDNAPPING=0.01), [record], None)
        assert [r.incident_type for r in kept][:1] == ["KIDNAPPING"]
    # Named only, not told: the message model may still retype it.
    named = assault("THE INVENTED KIDNAPPING WAS CONDEMNED BY THE MAYOR.", mode="abduct")
    assert not muc4.response_templates([named])[0].told


def test_a_killing_told_apart_from_a_kidnapping_adds_an_attack() -> None:
    # Murders told in a sentence of their own beside a kidnapping: MUC keys an ATTACK too.
    en = assault(
        "THE REBELS MURDERED AN INVENTED INSPECTOR AND HIS TWO BROTHERS.",
        "ALL THREE WERE FIRST SEIZED AT GUNPOINT IN THEIR STREET AND KIDNAPPED.",
        mode="abduct",
    )
    es = assault(
        "LOS GUERRILLEROS ASESINARON A UN CAMPESINO INVENTADO.",
        "TAMBIÉN SECUESTRARON A SU HERMANO.",
        mode="abduct",
    )
    for record in (en, es):
        assert types(record) == ["KIDNAPPING", "ATTACK"]
    # The kidnapped person found dead is the kidnapping told on, not another act.
    same = assault("AN INVENTED STUDENT WHO HAD BEEN KIDNAPPED WAS FOUND MURDERED.", mode="abduct")
    mismo = assault("EL ESTUDIANTE INVENTADO SECUESTRADO FUE ASESINADO.", mode="abduct")
    for record in (same, mismo):
        assert types(record) == ["KIDNAPPING"]


def test_an_attack_told_apart_from_a_kidnapping_adds_an_attack() -> None:
    # People or a house attacked or fired on in a sentence of their own beside a kidnapping:
    # an act MUC keys as an ATTACK of its own, as a killing told apart is.
    en = assault(
        "MASKED MEN ABDUCTED AN INVENTED ENGINEER FROM HIS FARM NEAR CALI.",
        "HIS TWO DRIVERS WERE ATTACKED WITH RIFLES AS THEY TRIED TO FLEE.",
        mode="abduct",
    )
    es = assault(
        "UNOS ENCAPUCHADOS SECUESTRARON A UN INGENIERO INVENTADO EN SU FINCA.",
        "LUEGO DISPARARON CONTRA LA CASA DE SU VECINO.",
        mode="abduct",
    )
    for record in (en, es):
        assert types(record) == ["KIDNAPPING", "ATTACK"]
    # An attack on an armed force is combat (section 2 of the template doc): no ATTACK.
    for sentence in (
        "THE REBELS ATTACKED THE ARMY PATROL THAT WAS LOOKING FOR THE HOSTAGE.",
        "LOS GUERRILLEROS ATACARON A LOS SOLDADOS QUE BUSCABAN AL SECUESTRADO.",
    ):
        record = assault("GUNMEN KIDNAPPED AN INVENTED JUDGE IN CALI.", sentence, mode="abduct")
        assert types(record) == ["KIDNAPPING"]


def test_an_act_told_on_two_days_is_two_incidents() -> None:
    # "kidnapped on 4 and 6 August", "los días 4 y 6 de agosto": one act on each day, which MUC
    # keys as two incidents, the second dated on its own day.
    en = assault(
        "TWO INVENTED ENGINEERS WERE KIDNAPPED ON 4 AND 6 AUGUST NEAR CALI.",
        mode="abduct",
        date=dt.date(1990, 8, 6),
        date_precision="day",
    )
    es = assault(
        "DOS INGENIEROS INVENTADOS FUERON SECUESTRADOS LOS DÍAS 4 Y 6 DE AGOSTO.",
        mode="abduct",
        date=dt.date(1990, 8, 6),
        date_precision="day",
    )
    for record in (en, es):
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["KIDNAPPING", "KIDNAPPING"]
        assert [r.date.hi if r.date else None for r in out] == [
            dt.date(1990, 8, 6),
            dt.date(1990, 8, 4),
        ]
    # Peru's "setiembre" is September.
    peru = assault(
        "EL ALCALDE INVENTADO FUE ATACADO EL 4 Y EL 6 DE SETIEMBRE.",
        date=dt.date(1990, 9, 4),
        date_precision="day",
    )
    assert [r.date.hi if r.date else None for r in muc4.response_templates([peru])] == [
        dt.date(1990, 9, 4),
        dt.date(1990, 9, 6),
    ]
    # A span of days is one act told over them.
    span = assault("THE INVENTED TOWN WAS ATTACKED BETWEEN 4 AND 6 MAY.")
    assert types(span) == ["ATTACK"]


def test_a_bombing_told_with_gunfire_is_an_attack() -> None:
    # Guns and explosives together: MUC's ATTACK, not a BOMBING.
    for sentence in (
        "THE ATTACKERS THREW INVENTED GRENADES AND OPENED FIRE ON THE MEETING.",
        "LOS ATACANTES LANZARON GRANADAS Y DISPARARON CONTRA LOS ASISTENTES.",
        # The gunfire told by a gerund beside the grenades, with or without the guns named.
        "THE REBELS STORMED AN INVENTED FAIR, HURLING GRENADES AND FIRING THEIR RIFLES AT IT.",
        "THE REBELS THREW INVENTED GRENADES AT THE BUS WHILE FIRING AT ITS DRIVER.",
        "GUNMEN FIRED SIX SHOTS AT THE INVENTED JUDGE; A BOMB WENT OFF IN HIS CAR LATER.",
        "LOS REBELDES ASALTARON LA REUNIÓN, LANZANDO GRANADAS Y DISPARANDO CONTRA LA GENTE.",
        "LOS REBELDES LANZARON GRANADAS AL AUTOBÚS, ABRIENDO FUEGO CONTRA EL CHOFER.",
    ):
        assert types(assault(sentence, mode="explosives")) == ["ATTACK"], sentence
    for sentence in (
        "AN INVENTED BOMB EXPLODED AT THE BANK, SHATTERING ITS WINDOWS.",
        # Rockets fired at a building are explosives, not gunfire.
        "REBELS FIRED TWO INVENTED ROCKETS AT THE EMBASSY.",
        "LOS REBELDES DISPARARON COHETES INVENTADOS.",
        "UNA BOMBA INVENTADA ESTALLÓ FRENTE AL BANCO.",
    ):
        assert types(assault(sentence, mode="explosives")) == ["BOMBING"]


def test_an_act_named_back_beside_acts_of_another_kind_is_kept() -> None:
    bomb = assault("AN INVENTED BOMB WENT OFF AT THE BANK ON MONDAY.", mode="explosives")
    for sentence in (
        "THE KIDNAPPING TOOK PLACE AS THE INVENTED LEADER DROVE TO THE AIRPORT.",
        "EL SECUESTRO SE PRODUJO CUANDO EL DIRIGENTE INVENTADO IBA AL AEROPUERTO.",
    ):
        kidnapping = assault(sentence, mode="abduct")
        assert muc4.named_back(kidnapping)
        assert types(bomb, kidnapping) == ["BOMBING", "KIDNAPPING"]
    # Beside an act of its own kind it is that act told again.
    again = assault(
        "THERE WERE NO INJURIES IN MONDAY'S BOMBING OF THE INVENTED BANK.", mode="explosives"
    )
    assert types(bomb, again) == ["BOMBING"]


def test_judges_and_businesses_harmed_in_a_clash_keep_it_an_incident() -> None:
    # A judge or a restaurant is no armed side: a record naming the police beside them is
    # still terrorism against civilians, not combat.
    sides = {"actors": [Actor(name="gunmen", sector="UAF")]}
    sides["targets"] = [Actor(name="police", sector="COP")]
    for sentence in (
        "AN INVENTED JUDGE WAS ASSASSINATED TODAY, THE NATIONAL POLICE REPORTED.",
        "UN JUEZ INVENTADO FUE ASESINADO HOY, INFORMÓ LA POLICÍA.",
        "GUNMEN ATTACKED THE POLICE AND DESTROYED AN INVENTED RESTAURANT.",
    ):
        assert muc4.is_muc_incident(assault(sentence, **sides))
    combat = "THE GUNMEN ATTACKED AN INVENTED POLICE PATROL."
    assert not muc4.is_muc_incident(assault(combat, **sides))


def test_a_kidnapping_with_implied_captors_is_no_fight() -> None:
    # The captors a kidnapping implies when no sentence names them are no armed side: the
    # kidnapping of a soldier's driver stays an incident, as it was with no actor at all.
    for sentence in (
        "AN INVENTED ARMY COLONEL'S CHAUFFEUR WAS KIDNAPPED NEAR CALI TODAY.",
        "EL CHOFER DE UN CORONEL INVENTADO DEL EJÉRCITO FUE SECUESTRADO HOY CERCA DE CALI.",
    ):
        kidnapping = assault(
            sentence,
            mode="abduct",
            actors=[Actor(name="captors", sector="UAF")],
            targets=[Actor(name="military", sector="MIL")],
        )
        assert muc4.is_muc_incident(kidnapping)


def kept_types(*records: EventRecord) -> list[str]:
    made = muc4.response_templates(list(records))
    return [r.incident_type for r in muc4.with_message(made, scores(0.9), list(records), None)]


def test_an_act_opened_by_an_ordinal_after_one_of_its_kind_is_that_count_told_again() -> None:
    # "Two bombs went off ... The second bomb was placed at ...": the lead counted both
    # (its device copies stand for the second), so the later record is no new incident.
    # Its template is judged by the keep step, then dropped.
    lead = assault("TWO INVENTED BOMBS WENT OFF IN CALI LAST NIGHT.", mode="explosives")
    for sentence in (
        "THE SECOND BOMB WAS PLACED AT AN INVENTED BANK ON 5TH AVENUE.",
        "THE OTHER BOMBS DAMAGED AN INVENTED SHOP NEAR THE MARKET.",
        "LA SEGUNDA BOMBA ESTALLÓ FRENTE A UN BANCO INVENTADO.",
        "Las otras bombas dañaron una tienda inventada.",
        # The scene of the counted act, told where the sentence names it.
        "POLICE HAVE CLOSED AN INVENTED STREET, WHERE THE SECOND BOMB WENT OFF.",
        "LA POLICÍA CERRÓ UNA CALLE INVENTADA, DONDE ESTALLÓ LA SEGUNDA BOMBA.",
    ):
        again = assault(sentence, mode="explosives")
        assert muc4.counted_before(again), sentence
        assert [r.counted for r in muc4.response_templates([lead, again])] == [False, True]
        assert kept_types(lead, again).count("BOMBING") == kept_types(lead).count("BOMBING")
        # Alone, or after acts of other kinds only, it is an incident of its own.
        assert kept_types(again) == ["BOMBING"]
        kidnapping = assault("GUNMEN KIDNAPPED AN INVENTED MAYOR IN CALI.", mode="abduct")
        assert kept_types(kidnapping, again) == ["KIDNAPPING", "BOMBING"]
    # An ordinal inside the sentence compares the act with older ones: an act of its own.
    history = assault("THIS IS THE SECOND BOMB AGAINST THE INVENTED PAPER.", mode="explosives")
    assert not muc4.counted_before(history)
    assert kept_types(lead, history).count("BOMBING") == kept_types(lead).count("BOMBING") + 1


def test_a_killing_named_by_noun_beside_a_kidnapping_adds_no_attack() -> None:
    # "The assassination of X", "this murder" name the act the kidnapping ended in, told
    # on; a killing of another victim named so is read by `named_acts`.
    en = assault(
        "AN INVENTED PARTY LEADER AND HIS AIDE WERE KIDNAPPED ON THEIR WAY TO THE AIRPORT.",
        "THE PARTY DEPLORED THE ASSASSINATION OF THE INVENTED LEADER AND CALLED THIS MURDER"
        " A CRIME AGAINST PEACE.",
        mode="abduct",
    )
    es = assault(
        "UN DIRIGENTE INVENTADO Y SU AYUDANTE FUERON SECUESTRADOS CAMINO DEL AEROPUERTO.",
        "EL PARTIDO CONDENÓ EL ASESINATO DEL DIRIGENTE INVENTADO.",
        mode="abduct",
    )
    for record in (en, es):
        assert types(record) == ["KIDNAPPING"]


def test_a_victim_ranked_in_a_series_of_killings_is_no_killing_of_its_own() -> None:
    # "X was the fourth councillor murdered since May", "es la quinta maestra asesinada": the
    # victim of the act told before, counted among others of a series, not another killing.
    # Beside a kidnapping it is how that kidnapping ended (MUC keys one KIDNAPPING).
    en = assault(
        "AN INVENTED MAYOR WAS KIDNAPPED BY REBELS ON HIS WAY HOME.",
        "THE INVENTED MAYOR WAS THE FOURTH MAYOR WHO HAD BEEN MURDERED SINCE MAY.",
        mode="abduct",
    )
    more = assault(
        "AN INVENTED UNION LEADER WAS KIDNAPPED ON MONDAY.",
        "THE INVENTED LEADER IS ONE MORE UNION LEADER KILLED IN THE REGION.",
        mode="abduct",
    )
    es = assault(
        "UN ALCALDE INVENTADO FUE SECUESTRADO POR REBELDES CAMINO DE SU CASA.",
        "EL ALCALDE INVENTADO ES EL TERCER ALCALDE ASESINADO EN LO QUE VA DEL AÑO.",
        mode="abduct",
    )
    for record in (en, more, es):
        assert types(record) == ["KIDNAPPING"]
    # A killing told in the same sentence as the ranking is still told.
    told = assault(
        "AN INVENTED MAYOR WAS KIDNAPPED BY REBELS ON HIS WAY HOME.",
        "GUNMEN MURDERED AN INVENTED CLERK, THE SECOND CLERK KILLED THIS YEAR.",
        mode="abduct",
    )
    assert types(told) == ["KIDNAPPING", "ATTACK"]
    # A record telling only the ranking, after a record of the killing, tells that act again:
    # marked as counted (dropped after the keep step); alone, or after an act of another
    # kind, it is an act of its own.
    lead = assault("GUNMEN KILLED AN INVENTED REPORTER IN CALI TODAY.")
    for sentence in (
        "SHE WAS THE FIFTH TEACHER KILLED IN THE PROVINCE SINCE JUNE.",
        "THE INVENTED REPORTER BECAME THE SIXTH REPORTER TO BE MURDERED THIS YEAR.",
        "ES LA QUINTA MAESTRA ASESINADA EN LA PROVINCIA DESDE JUNIO.",
        "El reportero inventado fue el segundo periodista asesinado esta semana.",
    ):
        again = assault(sentence)
        assert muc4.ranked_in_series(again)
        assert [r.counted for r in muc4.response_templates([lead, again])] == [False, True]
        assert not any(r.counted for r in muc4.response_templates([again]))
        kidnapping = assault("GUNMEN KIDNAPPED AN INVENTED MAYOR IN CALI.", mode="abduct")
        assert not any(r.counted for r in muc4.response_templates([kidnapping, again]))
    # An ordinal that counts acts, not victims, is read elsewhere (`counted_before`).
    assert not muc4.ranked_in_series(assault("THIS IS THE SECOND BOMB AGAINST THE PAPER."))


def test_a_bombing_told_by_its_device_is_not_retyped_by_the_message() -> None:
    # The message model reads a bombing among killings and comment as unlikely; a sentence
    # naming the device the act was done with tells it.
    low = scores(0.9, BOMBING=0.02)
    for sentence in (
        "AN INVENTED JUDGE WAS KILLED BY A BOMB LEFT UNDER HIS CAR IN CALI.",
        "THE MINISTER CONDEMNED THE DYNAMITE ATTACK ON AN INVENTED UNION HALL.",
        "TWO INVENTED PYLONS NEAR CALI WERE BLOWN UP BEFORE DAWN.",
        "EL MINISTRO CONDENÓ EL ATENTADO CON DINAMITA CONTRA UN SINDICATO INVENTADO.",
        "LOS REBELDES DINAMITARON DOS TORRES INVENTADAS CERCA DE CALI.",
    ):
        record = assault(sentence, mode="explosives")
        (told,) = muc4.response_templates([record])
        assert told.device_named
        assert [r.incident_type for r in muc4.with_message([told], low, [record], None)] == [
            "BOMBING"
        ]
    # Blasts not told by their device, and bombs the armed forces drop (template-doc-part1
    # 7.8: an aerial bomb is an ATTACK), are still the message's to retype.
    for sentence in (
        "AN EXPLOSION DAMAGED AN INVENTED SHOP IN CALI.",
        "THE ARMY CARRIED OUT A HEAVY BOMB ATTACK ON AN INVENTED HILL VILLAGE.",
        "EL EJÉRCITO LANZÓ UN ATENTADO CON BOMBAS CONTRA UNA ALDEA INVENTADA.",
    ):
        record = assault(sentence, mode="explosives")
        (resp,) = muc4.response_templates([record])
        assert not resp.device_named
        assert [r.incident_type for r in muc4.with_message([resp], low, [record], None)] == [
            "ATTACK"
        ]


def test_a_failed_kidnapping_beside_hostages_taken_is_two_kidnappings() -> None:
    # The one the raiders came for got away, the people they held did not: an attempted
    # and an accomplished kidnapping of other victims, which MUC keys apart.
    for evidence in (
        (
            "GUARDS STOPPED AN ATTEMPT BY INVENTED REBELS TO KIDNAP A VISITING MINISTER.",
            "THE RAIDERS THEN HELD TEN BUS PASSENGERS AS HOSTAGES.",
        ),
        (
            "LOS SOLDADOS FRUSTRARON EL INTENTO DE SECUESTRAR A UN MINISTRO INVENTADO.",
            "LOS ASALTANTES TOMARON COMO REHENES A VARIOS HUÉSPEDES DEL HOTEL.",
        ),
    ):
        record = assault(*evidence, mode="abduct")
        out = muc4.response_templates([record])
        assert [r.incident_type for r in out] == ["KIDNAPPING", "KIDNAPPING"]
        assert out[0].location == out[1].location


def test_one_kidnapping_alone_stays_one() -> None:
    for evidence in (
        # An attempt alone, or hostages alone, is one act.
        ("INVENTED REBELS TRIED TO KIDNAP A MINISTER, BUT HIS GUARDS DROVE THEM OFF.",),
        ("THE RAIDERS HELD TEN INVENTED GUESTS HOSTAGE FOR A DAY.",),
        # An attempt to take someone hostage is the attempt, not hostages held.
        (
            "THE REBELS ATTEMPTED TO KIDNAP AN INVENTED ENVOY.",
            "THEY TRIED TO TAKE HIM HOSTAGE TO FORCE A DEAL.",
        ),
        ("UNOS ENCAPUCHADOS INTENTARON SECUESTRAR AL ALCALDE INVENTADO.",),
    ):
        record = assault(*evidence, mode="abduct")
        assert types(record) == ["KIDNAPPING"]
