"""A group someone has ties to ("a smuggler with ties to the Gulf Cartel", "un traficante
con vínculos con el Cártel de Sinaloa") is a partner named to place them, not a party to
the act: the person is arrested, not the group. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.actors import find_actors

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Honduran smuggler with close ties to the Gulf Cartel fled across the river.", "en"),
        ("They were the main contact for the Juárez Cartel in the western highlands.", "en"),
        ("Un contrabandista hondureño con vínculos con el Cártel de Sinaloa cruzó el río.", "es"),
        ("Un traficante con nexos con el Cártel de Sinaloa huyó hacia la sierra.", "es"),
    ],
)
def test_a_group_named_as_a_tie_is_no_mention_of_a_party(text: str, language: str) -> None:
    assert all("Cartel" not in m.actor.name for m in find_actors(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Zetas cell with ties to local politicians burned a ranch near the river.", "en"),
        ("Un pandillero vinculado a la Mara Salvatrucha fue detenido en la frontera.", "es"),
    ],
)
def test_a_group_that_has_ties_or_is_tied_by_a_participle_stays_a_party(
    text: str, language: str
) -> None:
    assert any(m.actor.name in ("Zetas", "MS-13") for m in find_actors(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mexican police arrested a Guatemalan trafficker with ties to the Gulf Cartel on "
            "Friday in Tapachula, Chiapas.",
            "en",
        ),
        (
            "La policía mexicana detuvo el viernes en Tapachula, Chiapas, a un traficante "
            "guatemalteco con vínculos con el Cártel de Sinaloa.",
            "es",
        ),
    ],
)
def test_the_arrested_trafficker_is_the_target_not_the_cartel_he_works_with(
    text: str, language: str
) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")
    assert {(t.sector, t.country) for t in record.targets} == {("CRM", "GT")}


# A group a state force is said to work for ("soldiers working for drug traffickers",
# "policías al servicio de criminales") names the force's corruption, not a second party.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Investigators believe the soldiers were working for drug traffickers when they "
            "opened fire on the patrol.",
            "en",
        ),
        ("Officers on the payroll of the Gulf Cartel beat a farmer near Matamoros.", "en"),
        (
            "Los fiscales creen que los policías estaban al servicio de narcotraficantes "
            "cuando dispararon contra la patrulla.",
            "es",
        ),
        ("Agentes en la nómina del Cártel del Golfo golpearon a un campesino.", "es"),
    ],
)
def test_a_group_a_force_works_for_is_no_mention_of_a_party(text: str, language: str) -> None:
    assert [m.actor.sector for m in find_actors(text, language)].count("CRM") == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen working for the Gulf Cartel killed two police officers in Reynosa.", "en"),
        ("Sicarios al servicio del Cártel del Golfo mataron a dos policías en Reynosa.", "es"),
    ],
)
def test_a_group_that_gunmen_work_for_stays_a_party(text: str, language: str) -> None:
    assert any(m.actor.name == "Gulf Cartel" for m in find_actors(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers working for drug traffickers shot dead four police officers in Tepic, "
            "Nayarit, on Monday.",
            "en",
        ),
        (
            "Soldados que según los fiscales estaban al servicio de narcotraficantes mataron "
            "a cuatro policías en Tepic, Nayarit, el lunes.",
            "es",
        ),
    ],
)
def test_soldiers_working_for_traffickers_are_the_only_killers(text: str, language: str) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
    assert {(a.sector, a.country) for a in record.actors} == {("MIL", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The attack was blamed on a cell of the Zetas, which has been fighting the Gulf "
            "Cartel for control of the smuggling routes.",
            "en",
        ),
        ("The Zetas, rivals of the Gulf Cartel, burned a ranch near the river.", "en"),
        (
            "El ataque fue atribuido a una célula de los Zetas, que disputa la zona con el "
            "Cártel del Golfo.",
            "es",
        ),
        ("Los Zetas, rivales del Cártel del Golfo, incendiaron un rancho junto al río.", "es"),
    ],
)
def test_a_group_named_as_the_rival_of_the_one_that_acted_is_no_party(
    text: str, language: str
) -> None:
    names = {m.actor.name for m in find_actors(text, language)}
    assert "Zetas" in names
    assert "Gulf Cartel" not in names
