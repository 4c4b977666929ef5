"""Migrants told in an arrest are its targets only when they are the ones held or deported:
the migrants a network smuggled, a gang extorted or the police freed are no party, and the
people arrested are the suspects (labelling conventions: smugglers are CRM). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.models import EventRecord

DAY = dt.date(2025, 6, 18)


def _coerce(text: str, language: str) -> EventRecord:
    return next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested six people in Ciudad Hidalgo, Chiapas, on Tuesday who belonged to a "
            "network that smuggled migrants across the Suchiate River.",
            "en",
        ),
        (
            "La policía detuvo el martes en Ciudad Hidalgo, Chiapas, a seis personas de una red "
            "que trasladaba a migrantes por el río Suchiate.",
            "es",
        ),
        (
            "Soldiers freed 17 migrants from a house in Chetumal, Quintana Roo, on Saturday and "
            "arrested three men.",
            "en",
        ),
        (
            "Soldados liberaron el sábado a 17 migrantes de una casa en Chetumal, Quintana Roo, "
            "y detuvieron a tres hombres.",
            "es",
        ),
        (
            "Police detained three men in Chetumal, Quintana Roo, on Saturday and freed 17 "
            "migrants.",
            "en",
        ),
    ],
)
def test_migrants_smuggled_or_freed_are_no_target_of_the_arrest(text: str, language: str) -> None:
    record = _coerce(text, language)
    assert {a.sector for a in record.targets} == {"CRM"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Immigration agents detained 40 migrants in Tapachula, Chiapas, on Monday.", "en"),
        ("Agentes migratorios detuvieron el lunes a 40 migrantes en Tapachula, Chiapas.", "es"),
        ("Forty migrants were detained by police in Tapachula, Chiapas, on Monday.", "en"),
    ],
)
def test_migrants_who_are_held_are_the_target(text: str, language: str) -> None:
    assert {a.sector for a in _coerce(text, language).targets} == {"REF"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agentes migratorios detuvieron el domingo a sesenta y cuatro migrantes en un retén "
            "de Huixtla, Chiapas.",
            "es",
        ),
        ("Detienen a 64 migrantes en un retén de Huixtla, Chiapas", "es"),
        ("Immigration agents detained a hundred migrants in Huixtla, Chiapas, on Sunday.", "en"),
    ],
)
def test_migrants_held_a_few_words_after_the_verb_are_the_target(text: str, language: str) -> None:
    assert {a.sector for a in _coerce(text, language).targets} == {"REF"}


# A time and a place told between the verb and its object ("detuvieron el lunes en Tapachula,
# Chiapas, a 40 migrantes") are the arrest's setting; they must not hide whom it holds.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agentes del instituto migratorio detuvieron el jueves en Tenosique, Tabasco, a 52 "
            "migrantes que viajaban en un camión.",
            "es",
        ),
        (
            "Elementos de la Guardia Nacional aseguraron la madrugada del sábado en Comitán, "
            "Chiapas, a 33 migrantes.",
            "es",
        ),
        ("Agentes migratorios detuvieron este viernes, en Palenque, a 18 migrantes.", "es"),
        ("Agentes migratorios detuvieron en Palenque, Chiapas, a 18 migrantes.", "es"),
        (
            "Immigration officers detained on Thursday, in Tenosique, Tabasco, 52 migrants "
            "riding in a truck.",
            "en",
        ),
    ],
)
def test_a_time_and_place_before_the_object_do_not_hide_the_migrants_held(
    text: str, language: str
) -> None:
    record = _coerce(text, language)
    assert {a.sector for a in record.targets} == {"REF"}
    assert "crime" not in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Policías estatales detuvieron ayer en Tuxtla a tres presuntos sicarios.", "es"),
        (
            "Policías detuvieron el martes en Comitán, Chiapas, a dos hombres que llevaban a "
            "migrantes escondidos en una caja.",
            "es",
        ),
        ("Police arrested on Friday, in Comitan, Chiapas, three suspected hitmen.", "en"),
    ],
)
def test_suspects_arrested_after_a_time_and_place_stay_criminals(text: str, language: str) -> None:
    assert {a.sector for a in _coerce(text, language).targets} == {"CRM"}
