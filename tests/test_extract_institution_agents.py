"""An institution's agents are that institution: "agentes del INM" is the migration
institute (GOV in the labelling conventions), not a second, police actor; and a named
institution stays beside the forces of its state, unlike "authorities". Invented texts."""

from __future__ import annotations

import datetime as dt

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
