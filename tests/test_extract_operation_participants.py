"""The forces a report lists as taking part in an operation ("en el operativo participaron
elementos de ...", "soldiers and state police took part in the operation") are the actors
of the arrests and seizures it made, though the sentences telling those acts name none;
and the Mexican state offices such lists name: a state prosecutor's office (PGJE) and the
public security secretariats, which command the police. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.actors import find_actors
from hito.extract.participants import _TOOK_PART

DAY = dt.date(2025, 3, 12)


def _coerce_actors(text: str, language: str) -> list[set[tuple[str, str | None]]]:
    return [
        {(a.sector, a.country) for a in r.actors}
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "COERCE"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cuatro presuntos narcomenudistas fueron detenidos el martes en Comitán, Chiapas.\n"
            "Tomaron parte en el operativo, que duró seis horas, agentes ministeriales, "
            "policías municipales y soldados del Ejército Mexicano, informaron las "
            "autoridades.",
            "es",
        ),
        (
            "Four suspected drug dealers were arrested on Tuesday in Comitan, Chiapas.\n"
            "Mexican soldiers, state police and state prosecutors took part in the "
            "operation, officials said.",
            "en",
        ),
    ],
)
def test_forces_that_took_part_in_the_operation_made_its_arrest(text: str, language: str) -> None:
    assert _coerce_actors(text, language) == [{("COP", "MX"), ("MIL", "MX"), ("JUD", "MX")}]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un grupo armado asesinó el martes a dos comerciantes en Comitán, Chiapas.\n"
            "En el operativo de búsqueda participaron elementos del Ejército Mexicano.",
            "es",
        ),
        (
            "Gunmen killed two shopkeepers on Tuesday in Comitan, Chiapas.\n"
            "Mexican soldiers took part in the search operation that followed.",
            "en",
        ),
    ],
)
def test_participants_of_an_operation_are_no_party_to_an_attack(text: str, language: str) -> None:
    records = process_text(text, language, DAY)[1]
    assault = next(r for r in records if r.event_type == "ASSAULT")
    assert "MIL" not in {a.sector for a in assault.actors}


def test_a_shootout_the_police_took_part_in_lends_no_force_to_an_arrest() -> None:
    # "took part" in a fight, not in an operation: the fight's sides stay its own.
    text = (
        "Dos hombres fueron detenidos el martes en Comitán, Chiapas.\n"
        "Más tarde hubo un tiroteo en Tapachula en el que participaron policías estatales "
        "y hombres armados."
    )
    assert {("COP", "MX")} not in _coerce_actors(text, "es")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Elementos de la PGJE detuvieron a un hombre en Tapachula.", "JUD"),
        ("La nueva Secretaría de Seguridad Pública Municipal arrestó ayer a un ladrón.", "COP"),
        ("Otra Secretaría de Seguridad Ciudadana capitalina arrestó ayer a un ladrón.", "COP"),
        ("Participaron elementos de Seguridad Pública Estatal.", "COP"),
    ],
)
def test_mexican_state_offices_in_operations(text: str, sector: str) -> None:
    assert sector in {a.actor.sector for a in find_actors(text, "es")}


def test_a_prosecutors_efectivos_are_no_soldiers() -> None:
    text = "En el cateo participaron efectivos de la PGJE y de la policía municipal."
    assert "MIL" not in {a.actor.sector for a in find_actors(text, "es")}


def test_the_agency_named_back_is_the_institution_named_before() -> None:
    # Spanish releases call the office that issued them back as "la dependencia": its
    # seizure, told in the passive, is that office's.
    text = (
        "La Secretaría de Marina informó que marinos instalaron un puesto de control en "
        "Salina Cruz, Oaxaca.\n"
        "Más tarde, la dependencia precisó que el sábado quedó asegurada en ese puesto media "
        "tonelada de marihuana."
    )
    assert _coerce_actors(text, "es") == [{("MIL", "MX")}]


def test_the_agency_in_english_names_no_institution_back() -> None:
    # "the agency" is as often the news agency that carried the story: no party.
    text = (
        "Mexico's Navy set up a checkpoint in Salina Cruz, Oaxaca, on Friday.\n"
        "Half a tonne of marijuana was seized there on Saturday, the agency reported."
    )
    assert _coerce_actors(text, "en") == [set()]


def test_the_agency_with_two_institutions_before_names_neither() -> None:
    text = (
        "La Secretaría de Marina y la FGR instalaron juntas un puesto de control en Salina "
        "Cruz, Oaxaca.\n"
        "Más tarde, la dependencia precisó que el sábado quedó asegurada en ese puesto media "
        "tonelada de marihuana."
    )
    assert _coerce_actors(text, "es") == [set()]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tres presuntos pandilleros fueron detenidos el martes en Quetzaltenango, Guatemala.\n"
            "Participaron en el operativo agentes de la Guardia Nacional.",
            "es",
        ),
        (
            "Three suspected gang members were arrested on Tuesday in Quetzaltenango, "
            "Guatemala.\nMembers of the National Guard took part in the operation.",
            "en",
        ),
    ],
)
def test_a_listed_force_of_a_name_other_states_do_not_share_keeps_its_own_state(
    text: str, language: str
) -> None:
    # Guatemala has no National Guard: the one listed is Mexico's, as when an act names it.
    assert _coerce_actors(text, language) == [{("MIL", "MX")}]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Ejército informó que soldados revisaron un camión en un retén de Tonalá, "
            "Chiapas, el martes.\n"
            "En la revisión fueron detenidos tres hombres.",
            "es",
        ),
        (
            "The army said soldiers searched a truck at a checkpoint in Tonala, Chiapas, on "
            "Tuesday.\n"
            "Three men were arrested during the search.",
            "en",
        ),
    ],
)
def test_a_passive_arrest_was_made_by_the_force_acting_before_it(text: str, language: str) -> None:
    assert _coerce_actors(text, language) == [{("MIL", "MX")}]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos policías municipales fueron detenidos el lunes en Comitán, Chiapas.\n"
            "Al día siguiente fue asegurada una camioneta con armas.",
            "es",
        ),
        (
            "Two municipal police officers were arrested on Monday in Comitan, Chiapas.\n"
            "A pickup truck with weapons was seized the next day.",
            "en",
        ),
    ],
)
def test_a_force_arrested_before_made_no_later_seizure(text: str, language: str) -> None:
    assert all(("COP", "MX") not in actors for actors in _coerce_actors(text, language))


# Every tense and person of the phrase: "take part", "takes part", "toma parte", "participa",
# "han participado".
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and state police take part in the operation.",
        "The navy takes part in the raid on the ranch.",
        "State police have participated in the operation.",
        "En el operativo participa la policía estatal.",
        "En el cateo toma parte la Guardia Nacional.",
        "Tomaron parte en el operativo soldados y policías estatales.",
        "En las acciones han participado elementos de la Marina.",
        "En el cateo tomó parte personal de la Fiscalía.",
    ],
)
def test_every_form_of_taking_part_is_read(text: str) -> None:
    assert _TOOK_PART.search(text)
