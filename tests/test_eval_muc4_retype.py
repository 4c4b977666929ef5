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
        ("RIFLE FIRE AND BLASTS COULD BE HEARD NEAR THE INVENTED HOTEL.",),
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


def test_disappearances_named_as_a_kind_of_crime_leave_a_killing_an_attack() -> None:
    # "Cases of murders and disappearances" a commission studied name crimes in general, not
    # someone taken in the act the record tells: the massacre is an attack.
    for sentences in (
        (
            "AN INVENTED DEATH SQUAD MASSACRED 9 PEASANTS AND MURDERED A JUDGE NEAR SAN MIGUEL.",
            "THE JUDGE WAS INVESTIGATING DOZENS OF DISAPPEARANCES OF UNION LEADERS.",
        ),
        (
            "UN ESCUADRON INVENTADO ASESINÓ A 9 CAMPESINOS CERCA DE SAN MIGUEL.",
            "EL JUEZ INVESTIGABA MUCHAS DESAPARICIONES DE DIRIGENTES SINDICALES.",
        ),
    ):
        assert types(assault(*sentences, mode="abduct")) == ["ATTACK"], sentences
    # Someone who disappeared in the act is still a kidnapping told beside the killing.
    told = assault(
        "GUNMEN MURDERED AN INVENTED TEACHER NEAR SAN MIGUEL.",
        "HER HUSBAND DISAPPEARED THE SAME NIGHT.",
        mode="abduct",
    )
    assert types(told)[0] == "KIDNAPPING"


def test_people_taken_to_be_killed_are_an_attack() -> None:
    # Victims led away to be killed at another spot: the taking is the murder's way,
    # keyed ATTACK, not a kidnapping beside it.
    for sentences in (
        (
            "INVENTED REBELS MURDERED TWO FARMERS NEAR SAN MIGUEL.",
            "THE INVENTED FARMERS WERE TAKEN TO A RAVINE BEFORE BEING KILLED.",
        ),
        ("GUNMEN SEIZED AN INVENTED TEACHER AND THEN MURDERED HIM IN THE SQUARE.",),
        (
            "LOS REBELDES ASESINARON A DOS CAMPESINOS INVENTADOS.",
            "LOS CAMPESINOS FUERON LLEVADOS DE SUS CASAS ANTES DE SER ASESINADOS.",
        ),
    ):
        assert types(assault(*sentences, mode="abduct")) == ["ATTACK"], sentences
    # Taken and not killed: still a kidnapping beside the murder.
    alive = assault(
        "INVENTED REBELS MURDERED A FARMER NEAR SAN MIGUEL.",
        "HIS SON WAS TAKEN FROM THEIR HOME AND IS STILL MISSING.",
        mode="abduct",
    )
    assert types(alive)[0] == "KIDNAPPING"


def test_a_charge_placed_at_shops_is_no_combat() -> None:
    # The soldiers' clash told beside it does not make the bombing of shops guerrilla warfare.
    sides = {"actors": [Actor(name="guerrillas", sector="REB")], "targets": []}
    for sentence in (
        "REBEL SQUADS PLACED DYNAMITE STICKS IN FOUR INVENTED SHOPS DOWNTOWN.",
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
    # A threat no sentence places ("THESE PEOPLE WILL BE EXECUTED", "serán ajusticiados")
    # is placed by the message, as any act with no place of its own is.
    for sentence in (
        "THE INVENTED SQUAD SAID THESE PEOPLE WILL BE EXECUTED.",
        "EL ESCUADRÓN INVENTADO DIJO QUE SERÁN AJUSTICIADOS.",
    ):
        unplaced = EventRecord(event_type="THREATEN", mode="violence", evidence=[sentence])
        assert types(unplaced) == ["ATTACK"], sentence
