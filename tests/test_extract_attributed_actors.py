"""Attackers told by attribution: the group a report blames for an attack ("police blamed the
Gulf Cartel for the attack", "la policía atribuyó el ataque al Cártel del Golfo") is its
actor, and the force that blames it only tells of it. Reports written for these tests, in
English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of
from hito.models import EventRecord


def assaults(text: str, language: str) -> list[EventRecord]:
    return pipeline_records_of("ASSAULT", text, language, dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Four people were killed at a bar in Reynosa on Sunday.\n"
            "Police blamed the Gulf Cartel for the attack.",
            "en",
        ),
        (
            "Cuatro personas murieron en un ataque a un bar de Reynosa el domingo.\n"
            "La policía atribuyó el ataque al Cártel del Golfo.",
            "es",
        ),
        (
            "Cuatro personas murieron en un ataque a un bar de Reynosa el domingo.\n"
            "La policía responsabilizó del ataque al Cártel del Golfo.",
            "es",
        ),
    ],
)
def test_the_force_that_blames_a_group_only_tells_of_the_attack(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    assert {(a.sector, a.country) for a in record.actors} == {("CRM", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Four bus drivers were kidnapped on Monday in Huixtla, according to the state police.",
            "en",
        ),
        (
            "According to the state police, four bus drivers were kidnapped on Monday in Huixtla.",
            "en",
        ),
        (
            "Four bus drivers were kidnapped on Monday in Huixtla, said the state police.",
            "en",
        ),
        (
            "Cuatro choferes fueron secuestrados el lunes en Huixtla, según la policía estatal.",
            "es",
        ),
        (
            "Según la policía estatal, cuatro choferes fueron secuestrados el lunes en Huixtla.",
            "es",
        ),
        (
            "Cuatro choferes fueron secuestrados el lunes en Huixtla, informó la policía estatal.",
            "es",
        ),
        (
            "Cuatro choferes fueron secuestrados el lunes en Huixtla, informó la Policía "
            "Estatal Preventiva (PEP).",
            "es",
        ),
    ],
)
def test_the_force_an_assault_is_told_by_is_no_party(text: str, language: str) -> None:
    (record,) = assaults(text, language)
    parties = {a.sector for a in (*record.actors, *record.targets)}
    assert "COP" not in parties
    assert {t.sector for t in record.targets} == {"CVL"}
