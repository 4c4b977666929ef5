"""The parties of a displacement (labelling conventions: `actors` displaced the `targets`):
people driven out by a named party are its targets, residents (CVL), not migrants; people
who crossed the border with no one named as driving them out stay the refugees who moved.
Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.models import EventRecord

DAY = dt.date(2025, 6, 18)


def _displacement(text: str, language: str) -> EventRecord:
    return next(r for r in process_text(text, language, DAY)[1] if r.event_type == "DISPLACE")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 300 families fled their homes in Motozintla, Chiapas, on Monday after threats "
            "from the Sinaloa Cartel.",
            "en",
        ),
        (
            "Unas 300 familias huyeron de sus casas en Motozintla, Chiapas, el lunes tras las "
            "amenazas del Cártel de Sinaloa.",
            "es",
        ),
    ],
)
def test_people_driven_out_by_a_named_group_are_its_civilian_targets(
    text: str, language: str
) -> None:
    record = _displacement(text, language)
    assert {(a.sector, a.country) for a in record.actors} == {("CRM", "MX")}
    assert {(a.sector, a.country) for a in record.targets} == {("CVL", "MX")}
    assert "migration" not in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Más de 200 habitantes de Chicomuselo, Chiapas, huyeron el lunes hacia Guatemala y "
            "llegaron a Cuilco, Huehuetenango.",
            "es",
        ),
        (
            "More than 200 residents of Chicomuselo, Chiapas, fled into Guatemala on Monday and "
            "reached Cuilco, Huehuetenango.",
            "en",
        ),
    ],
)
def test_people_who_cross_the_border_with_no_one_driving_them_out_stay_refugees(
    text: str, language: str
) -> None:
    record = _displacement(text, language)
    assert all(a.sector != "CVL" for a in record.actors + record.targets)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 150 families fled their homes in San Mateo Ixtatan, Huehuetenango, on Monday "
            "after a night of gunfire.",
            "en",
        ),
        (
            "Unas 150 familias huyeron de sus casas en San Mateo Ixtatán, Huehuetenango, el "
            "lunes tras una noche de disparos.",
            "es",
        ),
    ],
)
def test_people_who_flee_inside_their_country_are_the_targets(text: str, language: str) -> None:
    record = _displacement(text, language)
    assert record.actors == []
    assert {(a.sector, a.country) for a in record.targets} == {("CVL", "GT")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "More than 300 villagers crossed into Guatemala on Saturday, fleeing clashes between "
            "two cartels in the hills around Amatenango de la Frontera.",
            "en",
        ),
        (
            "Más de 300 pobladores cruzaron a Guatemala el sábado huyendo de enfrentamientos "
            "entre dos cárteles en los cerros de Amatenango de la Frontera.",
            "es",
        ),
    ],
)
def test_fighting_people_flee_told_only_as_its_cause_is_no_assault(
    text: str, language: str
) -> None:
    assert [r.event_type for r in process_text(text, language, DAY)[1]] == ["DISPLACE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "More than 300 villagers crossed into Guatemala on Saturday, fleeing clashes between "
            "two cartels that left four dead in Amatenango de la Frontera.",
            "en",
        ),
        (
            "Más de 300 pobladores huyeron a Comitán el sábado después de que hombres armados "
            "atacaron con drones su comunidad de Chicomuselo.",
            "es",
        ),
    ],
)
def test_an_attack_people_flee_told_with_a_toll_or_a_clause_stays(text: str, language: str) -> None:
    types = sorted(r.event_type for r in process_text(text, language, DAY)[1])
    assert types == ["ASSAULT", "DISPLACE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "More than 120 Tzotzil parishioners fled their ejido in Chenalhó, Chiapas, on "
            "Monday after a quarrel over land.",
            "en",
        ),
        (
            "Más de 120 feligreses tzotziles huyeron de su ejido en Chenalhó, Chiapas, el lunes "
            "tras un pleito por tierras.",
            "es",
        ),
    ],
)
def test_people_who_flee_named_by_no_role_are_civilians_of_the_place(
    text: str, language: str
) -> None:
    record = _displacement(text, language)
    assert record.actors == []
    assert {(a.sector, a.country) for a in record.targets} == {("CVL", "MX")}


# The state that tells of a flight, says nothing of it or finds something where people fled
# is no party that drove them out.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 300 villagers from Amatenango crossed into Guatemala on Friday, fleeing "
            "clashes between armed groups, Guatemalan authorities said.",
            "en",
        ),
        (
            "Unos 300 pobladores de Amatenango cruzaron a Guatemala el viernes huyendo de los "
            "enfrentamientos entre grupos armados, informaron autoridades guatemaltecas.",
            "es",
        ),
        (
            "About 300 villagers from Amatenango crossed into Guatemala on Friday, fleeing "
            "clashes between armed groups, reported Guatemalan authorities.",
            "en",
        ),
        (
            "Unos 300 pobladores de Amatenango cruzaron a Guatemala el viernes huyendo de los "
            "enfrentamientos entre grupos armados, explicaron autoridades guatemaltecas.",
            "es",
        ),
        (
            "About 300 villagers from Amatenango fled to the town of Comitán on Friday, escaping "
            "clashes between criminal groups. The state government has not commented on the "
            "displacement.",
            "en",
        ),
        (
            "Unos 300 pobladores de Amatenango huyeron el viernes a Comitán para escapar de los "
            "enfrentamientos entre grupos criminales. El gobierno estatal no se ha pronunciado "
            "sobre el desplazamiento.",
            "es",
        ),
    ],
)
def test_a_state_that_tells_of_a_flight_or_keeps_silent_did_not_drive_it(
    text: str, language: str
) -> None:
    record = _displacement(text, language)
    assert not {a.sector for a in record.actors} & {"COP", "MIL", "GOV", "JUD"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 200 families fled their homes in Chicomuselo on Monday after threats from "
            "soldiers.",
            "en",
        ),
        (
            "Unas 200 familias se desplazaron de Chicomuselo el lunes, expulsadas por militares.",
            "es",
        ),
    ],
)
def test_a_force_that_drove_families_out_stays_their_actor(text: str, language: str) -> None:
    record = _displacement(text, language)
    assert "MIL" in {a.sector for a in record.actors}


@pytest.mark.parametrize(
    ("text", "language", "attackers"),
    [
        (
            "Gunmen of the Sinaloa Cartel attacked the hamlet of Nuevo Paraiso in Frontera "
            "Comalapa, Chiapas, on Monday and shot dead two farmers.\n\nAfter the attack about 60 "
            "families fled to the town of Comalapa.",
            "en",
            {("CRM", "MX")},
        ),
        (
            "Sicarios del Cártel de Sinaloa atacaron el lunes el ejido Nuevo Paraíso, en Frontera "
            "Comalapa, Chiapas, y mataron a dos campesinos.\n\nTras el ataque, unas 60 familias "
            "huyeron hacia la cabecera municipal.",
            "es",
            {("CRM", "MX")},
        ),
        (
            "Hombres armados incendiaron cuatro casas en un caserío de Nentón, Huehuetenango, el "
            "viernes por la noche.\n\nEl sábado por la mañana unas 80 familias habían abandonado "
            "el caserío y se refugiaron en el salón municipal, dijo el alcalde.",
            "es",
            {("UAF", None)},
        ),
    ],
)
def test_people_who_flee_an_attack_the_report_tells_were_driven_out_by_its_attackers(
    text: str, language: str, attackers: set[tuple[str, str | None]]
) -> None:
    record = _displacement(text, language)
    assert {(a.sector, a.country) for a in record.actors} == attackers
    assert {a.sector for a in record.targets} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In 2019 gunmen burned a dozen houses in the hamlet of Nuevo Paraiso in Frontera "
            "Comalapa, Chiapas.\n\nOn Monday about 60 families fled the hamlet, fearing a new "
            "attack.",
            "en",
        ),
        (
            "En 2019 hombres armados quemaron una docena de casas en el ejido Nuevo Paraíso, en "
            "Frontera Comalapa, Chiapas.\n\nEl lunes unas 60 familias huyeron del ejido por "
            "temor a un nuevo ataque.",
            "es",
        ),
    ],
)
def test_an_attack_recalled_from_years_before_drove_out_no_one_fleeing_now(
    text: str, language: str
) -> None:
    assert _displacement(text, language).actors == []


# Families are no count of people (labelling conventions), but families who fled are still
# people driven out: the displacement stands with no figure.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 300 families fled their homes in Motozintla, Chiapas, on Monday.", "en"),
        ("Unas 300 familias huyeron de sus casas en Motozintla, Chiapas, el lunes.", "es"),
    ],
)
def test_families_who_fled_are_a_displacement_with_no_count(text: str, language: str) -> None:
    assert _displacement(text, language).displaced is None


# Displaced families named as a march's attendees or as returning home tell no flight.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers arrive in Frontera Comalapa as displaced families get ready to go home.", "en"),
        (
            "En la marcha de Comitán caminaron familias desplazadas de los ejidos de la sierra.",
            "es",
        ),
    ],
)
def test_displaced_families_named_in_passing_are_no_displacement(text: str, language: str) -> None:
    assert not [r for r in process_text(text, language, DAY)[1] if r.event_type == "DISPLACE"]
