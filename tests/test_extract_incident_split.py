"""Several incidents told in one report become several records; a sentence that goes on
telling one incident stays on it. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def assaults(text: str, language: str) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    return [r for r in process(report, language)[1] if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. In a separate "
            "incident, armed men killed a shopkeeper inside the municipal market.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. En otro "
            "hecho, sujetos armados mataron a un comerciante dentro del mercado municipal.",
            "es",
        ),
    ],
)
def test_a_separate_incident_is_its_own_record(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A bomb exploded outside a bank in Tegucigalpa early on Sunday, police said. "
            "Minutes later another bomb went off at a bus terminal.",
            "en",
        ),
        (
            "Una bomba explotó la madrugada del domingo frente a un banco en Tegucigalpa, informó "
            "la policía. Minutos después otra bomba estalló en una terminal de autobuses.",
            "es",
        ),
    ],
)
def test_another_bomb_is_another_bombing(text: str, language: str) -> None:
    records = assaults(text, language)
    assert [r.mode for r in records] == ["explosives", "explosives"]
