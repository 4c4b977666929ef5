"""Criminal groups named by a generic noun: an organisation, a rival group, one trafficker.

Invented sentences in English and Spanish. The lexicon held only some plurals ("criminals",
"grupos criminales"), so a group called "a criminal organization", "rival drug gangs",
"grupos rivales" or a single "presunto narcotraficante" named no party.
"""

from __future__ import annotations

import datetime as dt

from conftest import pipeline_records
from hito.models import Actor, EventRecord


def extract(text: str, language: str = "en") -> list[EventRecord]:
    return pipeline_records(text, language, dt.date(2025, 3, 12))


def _one(records: list[EventRecord], event_type: str) -> EventRecord:
    return next(r for r in records if r.event_type == event_type)


def _sectors(parties: list[Actor]) -> set[str]:
    return {a.sector for a in parties}


def test_a_criminal_organization_that_ambushes_soldiers_is_the_actor() -> None:
    r = _one(
        extract("A criminal organization ambushed two soldiers near Bluefields, Nicaragua."),
        "ASSAULT",
    )
    assert "CRM" in _sectors(r.actors)
    assert "MIL" in _sectors(r.targets)


def test_spanish_a_criminal_organization_that_shoots_at_soldiers_is_the_actor() -> None:
    r = _one(
        extract(
            "Una organización criminal atacó a balazos a dos soldados en Choloma, Honduras.", "es"
        ),
        "ASSAULT",
    )
    assert "CRM" in _sectors(r.actors)


def test_rival_gangs_that_clash_are_the_actors() -> None:
    r = _one(
        extract("Rival drug gangs clashed in Choloma, Honduras, on Sunday, leaving five dead."),
        "ASSAULT",
    )
    assert _sectors(r.actors) == {"CRM"}


def test_spanish_rival_groups_that_clash_are_the_actors() -> None:
    r = _one(
        extract(
            "Hubo un tiroteo entre grupos rivales el domingo en Choloma, Honduras, con cinco "
            "hombres muertos.",
            "es",
        ),
        "ASSAULT",
    )
    assert _sectors(r.actors) == {"CRM"}


def test_members_of_organised_crime_who_kill_are_the_actors() -> None:
    r = _one(
        extract(
            "Miembros de la delincuencia organizada asesinaron a un campesino en Choloma, "
            "Honduras.",
            "es",
        ),
        "ASSAULT",
    )
    assert "CRM" in _sectors(r.actors)


def test_one_suspected_trafficker_deported_is_the_target_not_a_migrant() -> None:
    r = _one(
        extract("A suspected drug trafficker was deported on Monday from Tapachula, Chiapas."),
        "COERCE",
    )
    assert _sectors(r.targets) == {"CRM"}


def test_spanish_one_alleged_trafficker_deported_is_the_target_not_a_migrant() -> None:
    r = _one(
        extract(
            "El presunto narcotraficante fue deportado el lunes desde Tapachula, Chiapas.", "es"
        ),
        "COERCE",
    )
    assert _sectors(r.targets) == {"CRM"}


def test_the_group_a_protest_is_against_is_no_protester() -> None:
    r = _one(
        extract(
            "Hundreds of bus drivers blocked the main highway in Tecun Uman, Guatemala, on "
            "Monday to protest against extortion by criminal groups."
        ),
        "PROTEST",
    )
    assert _sectors(r.actors) == {"CVL"}


def test_spanish_the_group_a_protest_is_against_is_no_protester() -> None:
    r = _one(
        extract(
            "Cientos de choferes bloquearon la carretera en Tecún Umán, Guatemala, el lunes "
            "para protestar contra la extorsión de los grupos criminales.",
            "es",
        ),
        "PROTEST",
    )
    assert _sectors(r.actors) == {"CVL"}


def test_a_group_far_into_the_grievance_is_no_protester() -> None:
    # The grievance can be a long noun phrase: the group ends it, several words after
    # "against", and still is what the riot was against.
    r = _one(
        extract(
            "Nine inmates died on Sunday in a riot at the Topo Chico jail in Monterrey, a "
            "revolt against an attempted seizure of the jail by the Gulf Cartel."
        ),
        "PROTEST",
    )
    assert "CRM" not in _sectors(r.actors)


def test_spanish_a_group_far_into_the_grievance_is_no_protester() -> None:
    r = _one(
        extract(
            "Nueve internos murieron el domingo en un motín en el penal de Topo Chico, en "
            "Monterrey, una revuelta contra el intento de control del penal por el Cártel "
            "del Golfo.",
            "es",
        ),
        "PROTEST",
    )
    assert "CRM" not in _sectors(r.actors)
