"""The prosecutors' own people make their raids: "agentes investigadores" (the investigative
agents of a Fiscalía) are the office's, as "agentes ministeriales" are, and "los efectivos"
told after a named force are that force's personnel, not the army as a second party. A
count of "efectivos" with no force named stays the troops. Sentences written for these tests,
in Spanish and English."""

from __future__ import annotations

import datetime as dt

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 3, 12))
    return process(report, language)[1]


def _actors(records: list[EventRecord], event_type: str) -> list[tuple[str, str]]:
    record = next(r for r in records if r.event_type == event_type)
    return [(a.name, a.sector) for a in record.actors]


def test_investigative_agents_are_the_prosecutors() -> None:
    records = extract(
        "Agentes investigadores detuvieron el martes a dos presuntos tratantes en un hotel "
        "inventado de Tapachula.",
        "es",
    )
    assert _actors(records, "COERCE") == [("Mexican prosecutors", "JUD")]


def test_personnel_told_after_the_prosecutors_are_theirs_spanish() -> None:
    records = extract(
        "Agentes de la Fiscalía del Estado catearon una casa inventada en Tuxtla Gutiérrez; "
        "los efectivos detuvieron a su encargado.",
        "es",
    )
    assert _actors(records, "COERCE") == [("Mexican prosecutors", "JUD")]


def test_personnel_told_after_the_prosecutors_are_theirs_english() -> None:
    records = extract(
        "Investigators from the state prosecutor's office raided an invented house in Tuxtla "
        "Gutierrez and arrested its manager.",
        "en",
    )
    assert _actors(records, "COERCE") == [("Mexican prosecutors", "JUD")]


def test_a_count_of_personnel_with_no_force_named_are_troops() -> None:
    records = extract(
        "Llegaron el domingo a Reynosa 400 efectivos para reforzar la seguridad tras una ola "
        "de ataques.",
        "es",
    )
    assert _actors(records, "MOBILIZE") == [("Mexican military", "MIL")]


def test_military_personnel_stay_the_army() -> None:
    records = extract("Los efectivos militares detuvieron a tres hombres armados en Comitán.", "es")
    assert _actors(records, "COERCE") == [("Mexican military", "MIL")]
