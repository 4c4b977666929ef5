"""Prosecutors in arrests: the office that made the arrest or sent its agents is an actor
(JUD); the office suspects are handed to, or that only tells of an arrest others made, is not.

Invented sentences in the style of Mexican and Guatemalan wire reports.
"""

from __future__ import annotations

import datetime as dt

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 18))
    return process(report, language)[1]


def _sectors(text: str, language: str) -> set[tuple[str, str | None]]:
    r = next(r for r in extract(text, language) if r.event_type == "COERCE")
    return {(a.sector, a.country) for a in r.actors}


def test_spanish_prosecutors_agents_who_arrest_are_actors() -> None:
    text = (
        "Agentes ministeriales y soldados del Ejército detuvieron el lunes a tres hombres "
        "en una casa de Comitán, Chiapas."
    )
    assert _sectors(text, "es") == {("JUD", "MX"), ("MIL", "MX")}


def test_spanish_prosecutors_office_that_says_it_arrested_is_the_actor() -> None:
    text = (
        "La Fiscalía General del Estado informó que detuvo el martes a dos presuntos "
        "secuestradores en Tapachula, Chiapas."
    )
    assert _sectors(text, "es") == {("JUD", "MX")}


def test_spanish_office_suspects_are_handed_to_is_no_actor() -> None:
    text = (
        "Policías estatales detuvieron el martes a cuatro hombres en Tuxtla Gutiérrez, Chiapas, "
        "que fueron puestos a disposición del Ministerio Público."
    )
    assert _sectors(text, "es") == {("COP", "MX")}


def test_spanish_source_office_is_the_actor_only_when_no_force_is_named() -> None:
    alone = "Según la Fiscalía de Chiapas, dos hombres fueron detenidos el domingo en Tapachula."
    assert _sectors(alone, "es") == {("JUD", "MX")}
    with_army = (
        "Según la Fiscalía de Chiapas, soldados del Ejército detuvieron el domingo a dos "
        "hombres en Tapachula."
    )
    assert _sectors(with_army, "es") == {("MIL", "MX")}


def test_spanish_police_of_the_prosecutors_office_are_police() -> None:
    text = (
        "Agentes de la Policía Especializada de la Procuraduría detuvieron el viernes a un "
        "hombre armado en Palenque, Chiapas."
    )
    assert _sectors(text, "es") == {("COP", "MX")}


def test_english_police_and_prosecutors_in_a_raid_are_both_actors() -> None:
    text = (
        "Police officers and prosecutors arrested five people on Tuesday during raids in "
        "Quetzaltenango, Guatemala."
    )
    assert _sectors(text, "en") == {("COP", "GT"), ("JUD", "GT")}


def test_english_prosecutors_who_only_tell_of_a_police_arrest_are_no_actors() -> None:
    text = (
        "Police arrested two men with a rifle near Tecun Uman, Guatemala, on Sunday, "
        "according to the departmental prosecutor's office."
    )
    assert _sectors(text, "en") == {("COP", "GT")}


def test_prosecutors_are_no_party_to_a_killing() -> None:
    text = (
        "Gunmen killed a shopkeeper in Tapachula, Chiapas, on Monday, and the state "
        "prosecutor's office opened an inquiry."
    )
    r = next(r for r in extract(text, "en") if r.event_type == "ASSAULT")
    assert "JUD" not in {a.sector for a in r.actors + r.targets}
