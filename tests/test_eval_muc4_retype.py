"""MUC-4 incident types the pipeline's mode gets wrong: blasts only heard, a kidnapping whose
sentences tell a killing and no one taken, and a charge placed at shops beside a clash
(invented sentences)."""

from __future__ import annotations

from typing import Any

from hito.evaluation import muc4
from hito.models import Actor, EventRecord


def assault(*evidence: str, **kw: Any) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="SV",
        place="SAN MIGUEL",
        geo_precision=1,
        evidence=list(evidence),
        **kw,
    )


def types(*records: EventRecord) -> list[str]:
    return [r.incident_type for r in muc4.response_templates(list(records))]


def test_blasts_only_heard_are_no_bombing() -> None:
    # template-doc-part1 1.7: an explosion of untold nature is no bombing; the raid told
    # beside it is the act.
    for sentences in (
        ("GUERRILLAS ATTACKED AN INVENTED NEIGHBORHOOD.", "EXPLOSIONS WERE HEARD AT DAWN."),
        ("THE DIN OF GUNFIRE AND EXPLOSIONS COULD BE HEARD NEAR THE INVENTED HOTEL.",),
        ("LOS REBELDES ATACARON UN BARRIO INVENTADO.", "SE ESCUCHARON EXPLOSIONES EN LA ZONA."),
    ):
        assert types(assault(*sentences, mode="explosives")) == ["ATTACK"], sentences
    # One sentence telling the bomb itself makes it a bombing again.
    told = assault(
        "A BOMB EXPLODED AT THE INVENTED BANK.",
        "THE BLAST WAS HEARD ACROSS THE CITY.",
        mode="explosives",
    )
    assert types(told) == ["BOMBING"]


def test_a_kidnapping_telling_only_a_killing_is_an_attack() -> None:
    # Read as a kidnapping by a word outside its sentences, which tell a murder alone.
    for sentence in (
        "GUNMEN MURDERED AN INVENTED RADIO ANNOUNCER IN SAN MIGUEL TODAY.",
        "UNOS SICARIOS ASESINARON A UN LOCUTOR INVENTADO EN SAN MIGUEL.",
    ):
        assert types(assault(sentence, mode="abduct")) == ["ATTACK"], sentence
    # People seized or gone missing beside the killing: the kidnapping is told.
    for sentences in (
        (
            "TROOPS MURDERED AN INVENTED STUDENT NEAR THE PORT.",
            "POLICE SEIZED TWO OTHER STUDENTS, WHO ARE STILL MISSING.",
        ),
        ("HOMBRES ARMADOS ASESINARON A UN CAMPESINO Y HAY DOS DESAPARECIDOS INVENTADOS.",),
    ):
        assert types(assault(*sentences, mode="abduct"))[0] == "KIDNAPPING", sentences


def test_a_charge_placed_at_shops_is_no_combat() -> None:
    # The soldiers' clash told beside it does not make the bombing of shops guerrilla warfare.
    sides = {"actors": [Actor(name="guerrillas", sector="REB")], "targets": []}
    for sentence in (
        "URBAN CELLS PLACED DYNAMITE STICKS IN FOUR INVENTED SHOPS DOWNTOWN.",
        "LOS GUERRILLEROS COLOCARON DINAMITA EN TRES TIENDAS INVENTADAS.",
    ):
        clash = "SOLDIERS CLASHED WITH THE GUERRILLAS NEAR THE INVENTED RIVER."
        assert muc4.is_muc_incident(assault(sentence, clash, mode="explosives", **sides))
    only_clash = assault("SOLDIERS CLASHED WITH THE GUERRILLAS NEAR THE INVENTED RIVER.", **sides)
    assert not muc4.is_muc_incident(only_clash)


def test_a_threat_told_as_fact_is_an_incident() -> None:
    # MUC keys a threat of its own (stage of execution THREATENED), typed ATTACK.
    for sentence in (
        "THE INVENTED JUDGE AND HIS FAMILY HAVE BEEN THREATENED BY THE MAFIAS.",
        "LOS PERIODISTAS DE LA REVISTA INVENTADA RECIBIERON AMENAZAS DE MUERTE.",
    ):
        threat = EventRecord(
            event_type="THREATEN",
            mode="violence",
            country="SV",
            place="SAN MIGUEL",
            geo_precision=1,
            evidence=[sentence],
        )
        assert types(threat) == ["ATTACK"], sentence
    # Threats told as a trend, or outside MUC's countries, make none.
    trend = "SINCE 1988 HUNDREDS OF INVENTED LEADERS HAVE BEEN KILLED OR THREATENED."
    for record in (
        EventRecord(event_type="THREATEN", country="SV", evidence=[trend]),
        EventRecord(event_type="THREATEN", country="MX", evidence=["THE MAYOR WAS THREATENED."]),
    ):
        assert types(record) == []
