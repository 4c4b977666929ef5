"""An institution's agents are that institution: "agentes del INM" is the migration
institute (GOV in the labelling conventions), not a second, police actor; and a named
institution stays beside the forces of its state, unlike "authorities". Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.extract.actors import find_actors
from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process


def _coerce_sectors(text: str, language: str) -> set[tuple[str, str | None]]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 18))
    r = next(r for r in process(report, language)[1] if r.event_type == "COERCE")
    return {(a.sector, a.country) for a in r.actors}


def test_agents_of_a_named_institution_are_that_institution() -> None:
    spanish = "Agentes del Instituto Nacional de Migración revisaron el autobús."
    assert [a.actor.sector for a in find_actors(spanish, "es")] == ["GOV"]
    english = "Officers of the National Migration Institute checked the bus."
    assert [a.actor.sector for a in find_actors(english, "en")] == ["GOV"]


def test_migration_institute_stays_beside_the_guard_spanish() -> None:
    text = (
        "Agentes del INM y elementos de la Guardia Nacional detuvieron el martes a 40 "
        "migrantes en un retén de Huixtla, Chiapas."
    )
    assert _coerce_sectors(text, "es") == {("GOV", "MX"), ("MIL", "MX")}


def test_migration_institute_stays_beside_the_guard_english() -> None:
    text = (
        "National Migration Institute agents and National Guard troops detained 40 migrants "
        "at a checkpoint in Huixtla, Chiapas, on Tuesday."
    )
    assert _coerce_sectors(text, "en") == {("GOV", "MX"), ("MIL", "MX")}


def test_agents_of_a_us_agency_arresting_abroad_are_that_agency() -> None:
    english = (
        "A Guatemalan drug trafficker was arrested in Belize City on Monday by agents of "
        "the DEA, the US drug agency."
    )
    assert _coerce_sectors(english, "en") == {("COP", "US")}
    spanish = (
        "Agentes de la DEA detuvieron el lunes en Ciudad de Belice a un narcotraficante "
        "guatemalteco."
    )
    assert _coerce_sectors(spanish, "es") == {("COP", "US")}
    fbi = "El FBI capturó el martes en Tijuana, Baja California, a un presunto secuestrador."
    assert _coerce_sectors(fbi, "es") == {("COP", "US")}


def test_a_mexican_state_guard_is_state_police() -> None:
    spanish = (
        "Elementos de la Guardia Estatal detuvieron el viernes a tres "
        "hombres en Mexicali, Baja California. Más tarde, la misma GESI aseguró dos autos."
    )
    assert {a.actor.sector for a in find_actors(spanish, "es")} == {"COP"}
    assert _coerce_sectors(spanish, "es") == {("COP", "MX")}
    english = (
        "Members of the State Guard arrested three men in Mexicali, Baja California, on Friday."
    )
    assert _coerce_sectors(english, "en") == {("COP", "MX")}


def test_anti_narcotics_agents_are_police() -> None:
    english = (
        "Guatemalan anti-narcotics agents seized 80 kilograms of cocaine at a warehouse in "
        "Tecun Uman, San Marcos, on Monday."
    )
    assert _coerce_sectors(english, "en") == {("COP", "GT")}
    spanish = (
        "Agentes antinarcóticos guatemaltecos aseguraron el lunes 80 kilos de cocaína en una "
        "bodega de Tecún Umán, San Marcos."
    )
    assert _coerce_sectors(spanish, "es") == {("COP", "GT")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El agente Juan Pérez fue asesinado a balazos el martes en Culiacán, Sinaloa.", "es"),
        ("Un agente resultó herido el martes en un ataque armado en Culiacán, Sinaloa.", "es"),
        ("The agent Juan Perez was shot dead on Tuesday in Culiacan, Sinaloa.", "en"),
        ("A federal agent was wounded on Tuesday in an armed attack in Culiacan, Sinaloa.", "en"),
    ],
)
def test_one_agent_is_a_police_officer(text: str, language: str) -> None:
    # One agent, as many agents, is a police officer; the record's country names the force.
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 18))
    r = next(r for r in process(report, language)[1] if r.event_type == "ASSAULT")
    assert {(a.sector, a.country) for a in r.targets} == {("COP", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El agente municipal de la comunidad convocó a una asamblea.", "es"),
        ("El agente del Ministerio Público tomó la declaración del testigo.", "es"),
        ("Los peritos buscaron un agente químico en el almacén.", "es"),
        ("Inspectors looked for a chemical agent in the warehouse.", "en"),
    ],
)
def test_agents_of_other_kinds_are_no_police(text: str, language: str) -> None:
    assert "COP" not in {a.actor.sector for a in find_actors(text, language)}
