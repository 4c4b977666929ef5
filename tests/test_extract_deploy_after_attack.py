"""Forces sent in after an attack answer it: the deployment is a MOBILIZE record of its own,
beside the ASSAULT, unlike forces that go in and fight. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2012, 3, 6)


def _types(text: str, language: str) -> list[str]:
    return sorted(r.event_type for r in process_text(text, language, DAY)[1])


def test_troops_deployed_after_an_attack_are_their_own_mobilisation() -> None:
    english = (
        "Some 2,000 soldiers and federal police were deployed in the state of Sinaloa on "
        "Monday after an attack on a bar which killed 20 people."
    )
    assert _types(english, "en") == ["ASSAULT", "MOBILIZE"]
    spanish = (
        "Unos 2 mil soldados y policías federales fueron desplegados el lunes en el estado de "
        "Sinaloa tras el ataque a un bar que dejó 20 muertos."
    )
    assert _types(spanish, "es") == ["ASSAULT", "MOBILIZE"]


def test_troops_sent_in_who_then_fight_are_the_assault_only() -> None:
    english = "Soldiers were deployed to the town and opened fire on the gunmen, killing three."
    assert _types(english, "en") == ["ASSAULT"]


def test_forces_sent_to_reinforce_security_are_their_own_mobilisation() -> None:
    spanish = (
        "Agentes de la Policía Federal se enfrentaron a balazos con sicarios en Cancún. "
        "Arribaron 120 agentes federales a Cancún para reforzar la seguridad."
    )
    assert _types(spanish, "es") == ["ASSAULT", "MOBILIZE"]
    english = (
        "Federal Police agents exchanged fire with gunmen in Cancun. Some 120 Federal Police "
        "agents arrived in Cancun to reinforce security."
    )
    assert _types(english, "en") == ["ASSAULT", "MOBILIZE"]


def test_forces_sent_to_restore_order_are_their_own_mobilisation() -> None:
    english = (
        "Gunmen attacked a state police patrol in Tapachula on Sunday, killing two officers. "
        "The state police responded by sending in 40 officers to restore order."
    )
    assert _types(english, "en") == ["ASSAULT", "MOBILIZE"]
    spanish = (
        "Policías estatales y reos se enfrentaron a golpes en el penal de Tapachula. "
        "La Policía Estatal envió a 40 agentes al penal para restablecer el orden."
    )
    assert _types(spanish, "es") == ["ASSAULT", "MOBILIZE"]


def test_forces_that_moved_to_the_scene_after_a_clash_are_their_own_mobilisation() -> None:
    spanish = (
        "Un enfrentamiento entre grupos armados dejó nueve muertos en Abasolo, Tamaulipas. "
        "Soldados y policías estatales se desplazaron al sitio para auxiliar a los vecinos."
    )
    assert _types(spanish, "es") == ["ASSAULT", "MOBILIZE"]
    english = (
        "A gunfight between armed groups left nine dead in Abasolo, Tamaulipas. "
        "Soldiers and state police rushed to the scene to help the residents."
    )
    assert _types(english, "en") == ["ASSAULT", "MOBILIZE"]


def test_forces_that_reached_the_site_are_placed_where_the_clash_was() -> None:
    # The story is filed from Zihuatanejo; "the site" is the clash's village, told later.
    texts = {
        "es": "Zihuatanejo, Gro. Un enfrentamiento dejó 12 muertos. "
        "El hecho ocurrió en el poblado de Tlacoyunga Abajo, municipio de Petatlán, donde "
        "policías estatales fueron atacados por hombres armados. "
        "Al sitio arribaron soldados y marinos, quienes acordonaron el área.",
        "en": "ZIHUATANEJO, Guerrero — A gunfight left 12 dead. "
        "It took place in the village of Tlacoyunga Abajo, in the municipality of Petatlán, "
        "where state police were attacked by gunmen. "
        "Soldiers and marines arrived at the scene and cordoned off the area.",
    }
    for language, text in texts.items():
        records = process_text(text, language, dt.date(2011, 5, 15))[1]
        sent = [r.place for r in records if r.event_type == "MOBILIZE"]
        attacks = [r.place for r in records if r.event_type == "ASSAULT"]
        assert sent and sent[0] in attacks and sent[0] != "Zihuatanejo", (language, sent, attacks)


def _assault_sectors(text: str, language: str) -> set[str]:
    records = process_text(text, language, DAY)[1]
    return {a.sector for r in records if r.event_type == "ASSAULT" for a in r.actors}


def test_forces_sent_in_after_an_attack_are_no_party_to_it() -> None:
    english = (
        "About 900 soldiers and state police have been deployed to Culiacan, Sinaloa, "
        "after gunmen of the Sinaloa Cartel set fire to a nightclub, killing 14 people."
    )
    assert _assault_sectors(english, "en") == {"CRM"}
    spanish = (
        "Unos 900 soldados y policías estatales fueron desplegados en Culiacán luego de que "
        "pistoleros del Cártel de Sinaloa incendiaron un centro nocturno y mataron a 14 personas."
    )
    assert _assault_sectors(spanish, "es") == {"CRM"}


def test_forces_sent_in_who_open_fire_stay_the_assault_actors() -> None:
    english = "Soldiers were deployed to the town and opened fire on the gunmen, killing three."
    assert "MIL" in _assault_sectors(english, "en")
    spanish = "Soldados fueron enviados al poblado y abrieron fuego contra los pistoleros."
    assert "MIL" in _assault_sectors(spanish, "es")


def test_forces_that_reached_the_scene_of_an_act_on_a_road_share_its_precision() -> None:
    # The attack was somewhere on the highway by the town (precision 2), and so were the
    # forces that came to that spot, though their own sentence names no road.
    texts = {
        "es": "Juchitán, Oax. Un comandante de la Policía Estatal fue asesinado por sujetos "
        "armados en la carretera Juchitán-Ciudad Ixtepec. "
        "En el lugar agentes federales montaron un operativo para buscar a los atacantes.",
        "en": "Police commander killed in Tehuantepec. A state police commander was shot dead "
        "by gunmen on the Tehuantepec-Ciudad Ixtepec highway. "
        "Federal agents who arrived at the scene set up checkpoints to hunt the attackers.",
    }
    for language, text in texts.items():
        records = process_text(text, language, dt.date(2011, 5, 15))[1]
        found = {(r.event_type, r.geo_precision) for r in records}
        assert found == {("ASSAULT", 2), ("MOBILIZE", 2)}, (language, found)
