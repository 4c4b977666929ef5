"""Gunmen told as the doers of an act, and criminals named only in another sentence of the
report (its talk of crime in the region), are one party: the gunmen (UAF), not generic
criminals. Where one sentence names both ("a commando of hitmen"), the criminals stay.
Sentences written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 3, 12))
    return process(report, language)[1]


def _assault_actors(text: str, language: str) -> list[tuple[str, str]]:
    record = next(r for r in extract(text, language) if r.event_type == "ASSAULT")
    return [(a.name, a.sector) for a in record.actors]


def test_gunmen_of_the_act_beside_criminals_of_the_commentary_english() -> None:
    actors = _assault_actors(
        "Two taxi drivers were shot dead in Tapachula on Sunday, showing the threat that "
        "criminal groups pose to drivers in the region. The first was killed by two gunmen "
        "as he waited for passengers near the market.",
        "en",
    )
    assert ("gunmen", "UAF") in actors
    assert all(sector != "CRM" for _, sector in actors)


def test_gunmen_of_the_act_beside_criminals_of_the_commentary_spanish() -> None:
    actors = _assault_actors(
        "Dos taxistas fueron asesinados a balazos en Tapachula el domingo, muestra de la "
        "amenaza que los grupos criminales representan para los choferes de la región. El "
        "primero fue ultimado por dos hombres armados mientras esperaba pasaje cerca del "
        "mercado.",
        "es",
    )
    assert ("gunmen", "UAF") in actors
    assert all(sector != "CRM" for _, sector in actors)


def test_a_commando_of_hitmen_stays_criminals_spanish() -> None:
    actors = _assault_actors(
        "Un comando armado de presuntos sicarios atacó a balazos la comandancia de policía "
        "de Tapachula el domingo.",
        "es",
    )
    assert any(sector == "CRM" for _, sector in actors)
