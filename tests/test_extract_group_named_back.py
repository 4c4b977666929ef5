"""A criminal group the report named before and calls back by a bare noun ("the cartel",
"la organización") is that group, a party to the act; with two groups named before, the
noun names neither. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def assault(text: str, language: str) -> EventRecord:
    records = pipeline_records_of("ASSAULT", text, language, dt.date(2025, 6, 11))
    assert len(records) == 1
    return records[0]


def parties(record: EventRecord) -> set[tuple[str, str | None]]:
    return {(a.name, a.country) for a in record.actors + record.targets}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Gulf Cartel has fought for years over the smuggling routes near the river. "
            "On Tuesday soldiers exchanged fire with suspected members of the cartel on a "
            "ranch outside Reynosa, Tamaulipas, and three gunmen died.",
            "en",
        ),
        (
            "El Cártel del Golfo disputa desde hace años las rutas de contrabando junto al "
            "río. El martes soldados se enfrentaron a presuntos integrantes de la "
            "organización en un rancho cercano a Reynosa, Tamaulipas, y murieron tres.",
            "es",
        ),
    ],
)
def test_group_named_before_is_the_party(text: str, language: str) -> None:
    assert ("Gulf Cartel", "MX") in parties(assault(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Gulf Cartel and the Zetas have fought for years over the routes near the "
            "river. On Tuesday soldiers exchanged fire with suspected members of the cartel "
            "on a ranch outside Reynosa, Tamaulipas, and three gunmen died.",
            "en",
        ),
        (
            "El Cártel del Golfo y los Zetas disputan desde hace años las rutas junto al río. "
            "El martes soldados se enfrentaron a presuntos integrantes de la organización en "
            "un rancho cercano a Reynosa, Tamaulipas, y murieron tres.",
            "es",
        ),
    ],
)
def test_two_groups_named_before_leave_the_noun_unread(text: str, language: str) -> None:
    names = {name for name, _ in parties(assault(text, language))}
    assert "Gulf Cartel" not in names and "Zetas" not in names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police say the Rivera family network moved cocaine for years as a contact for the "
            "Sinaloa Cartel. On Tuesday soldiers exchanged fire with suspected members of the "
            "organization on a ranch outside Reynosa, Tamaulipas, and three gunmen died.",
            "en",
        ),
        (
            "Según la policía, la red de la familia Rivera movió cocaína durante años con "
            "vínculos con el Cártel de Sinaloa. El martes soldados se enfrentaron a presuntos "
            "integrantes de la organización en un rancho cercano a Reynosa, Tamaulipas, y "
            "murieron tres.",
            "es",
        ),
    ],
)
def test_group_named_only_as_a_partner_is_not_called_back(text: str, language: str) -> None:
    names = {name for name, _ in parties(assault(text, language))}
    assert "Sinaloa Cartel" not in names
