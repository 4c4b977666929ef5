"""A force named without its country takes the nationality written beside it, else the
country of the event; a name several states share ("National Guard") is Mexico's only in
a Mexican context. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.extract.actors import find_actors
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def assault(text: str, language: str) -> EventRecord:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    records = [r for r in process(report, language)[1] if r.event_type == "ASSAULT"]
    assert len(records) == 1
    return records[0]


def countries(record: EventRecord, name: str) -> set[str | None]:
    return {a.country for a in record.actors + record.targets if name in a.name}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Colombian guerrillas attacked a National Guard checkpoint in Apure, Venezuela, on "
            "Tuesday and killed two soldiers.",
            "en",
        ),
        (
            "Guerrilleros colombianos atacaron el martes un retén de la Guardia Nacional en "
            "Apure, Venezuela, y mataron a dos soldados.",
            "es",
        ),
    ],
)
def test_a_national_guard_abroad_is_the_guard_of_the_event_country(
    text: str, language: str
) -> None:
    record = assault(text, language)
    assert record.country == "VE"
    assert countries(record, "National Guard") == {"VE"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The National Guard clashed with gunmen in Ciudad Cuauhtémoc, Chiapas, on Friday.", "en"),
        (
            "Hombres armados atacaron el viernes a la Guardia Nacional en Frontera Comalapa, "
            "Chiapas.",
            "es",
        ),
    ],
)
def test_the_national_guard_in_mexico_is_mexican(text: str, language: str) -> None:
    record = assault(text, language)
    assert countries(record, "National Guard") == {"MX"}
    assert not record.cross_border


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Venezuela's National Guard clashed with rebels near the river.", "en", "VE"),
        ("Salvadoran National Guard troops searched the village.", "en", "SV"),
        ("La Guardia Nacional venezolana detuvo a tres hombres.", "es", "VE"),
        ("La Guardia Nacional Bolivariana detuvo a tres hombres.", "es", "VE"),
        ("La Guardia Nacional de México detuvo a tres hombres.", "es", "MX"),
        ("The Mexican National Guard detained three men.", "en", "MX"),
    ],
)
def test_a_nationality_beside_the_guard_names_its_state(
    text: str, language: str, country: str
) -> None:
    guards = [a.actor for a in find_actors(text, language) if "National Guard" in a.actor.name]
    assert [g.country for g in guards] == [country]


def test_a_guard_in_a_state_without_one_stays_mexican() -> None:
    # Guatemala has no National Guard: one fighting in La Mesilla came from Mexico.
    record = assault(
        "The National Guard clashed with gunmen in La Mesilla, Huehuetenango, on Friday.", "en"
    )
    assert countries(record, "National Guard") == {"MX"}
    assert record.cross_border


@pytest.mark.parametrize(
    ("text", "language", "country", "cross_border"),
    [
        (
            "The army clashed with gunmen in La Mesilla, Huehuetenango, on Friday.",
            "en",
            "GT",
            False,
        ),
        (
            "Mexican soldiers clashed with gunmen in La Mesilla, Huehuetenango, on Friday.",
            "en",
            "MX",
            True,
        ),
        (
            "Soldiers clashed with gunmen in Ciudad Cuauhtémoc, Chiapas, on Friday.",
            "en",
            "MX",
            False,
        ),
        (
            "Soldados guatemaltecos se enfrentaron el viernes a hombres armados en Ciudad "
            "Cuauhtémoc, Chiapas.",
            "es",
            "GT",
            True,
        ),
    ],
)
def test_border_forces_keep_their_own_state(
    text: str, language: str, country: str, cross_border: bool
) -> None:
    record = assault(text, language)
    assert countries(record, "military") == {country}
    assert record.cross_border is cross_border


@pytest.mark.parametrize(
    ("text", "language", "country", "cross_border"),
    [
        (
            "Colombian guerrillas attacked a National Guard checkpoint in Apure, Venezuela, on "
            "Tuesday and killed two soldiers.",
            "en",
            "CO",
            True,
        ),
        (
            "Guerrilleros colombianos atacaron el martes un puesto militar en Arauca, Colombia.",
            "es",
            "CO",
            False,
        ),
        (
            "Pandilleros hondureños asesinaron el sábado a un comerciante en Tapachula, Chiapas.",
            "es",
            "HN",
            False,
        ),
    ],
)
def test_an_armed_group_keeps_the_nationality_written_with_it(
    text: str, language: str, country: str, cross_border: bool
) -> None:
    record = assault(text, language)
    armed = [a for a in record.actors if a.sector in ("REB", "CRM")]
    assert [a.country for a in armed] == [country]
    assert record.cross_border is cross_border


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("About 600 military police were sent to Choloma on Monday.", "en"),
        ("Honduras's Military Police patrolled the market in Choloma.", "en"),
        ("Unos 600 policías militares llegaron a Choloma el lunes.", "es"),
        ("La Policía Militar del Orden Público patrulló el mercado de Choloma.", "es"),
    ],
)
def test_military_police_are_the_military(text: str, language: str) -> None:
    # labelling-conventions.md: MIL is the army, navy and military police.
    sectors = [m.actor.sector for m in find_actors(text, language)]
    assert sectors == ["MIL"], [(m.actor.name, m.actor.sector) for m in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A Honduran kidnapping gang abducted a shopkeeper in Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Delincuentes hondureños secuestraron el lunes a un comerciante en Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_foreign_criminals_named_by_role_cross_no_border(text: str, language: str) -> None:
    # Foreign-born members of a local gang (labelling conventions): no other country's armed
    # group acting on this one's soil, unlike a named cartel abroad.
    record = assault(text, language)
    assert {(a.sector, a.country) for a in record.actors} == {("CRM", "HN")}
    assert not record.cross_border
