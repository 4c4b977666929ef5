"""Forces that find the dead or a grave are no party to the killing they find ("police
found three bodies", "la fosa fue localizada por policías"): they answered it. Invented
texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.models import EventRecord

DAY = dt.date(2025, 6, 18)

_STATE = {"COP", "MIL", "GOV", "JUD"}


def _assault(text: str, language: str) -> EventRecord:
    return next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hours later, officers located another eleven bodies in a house on the edge of "
            "Tuxtla Gutierrez.",
            "en",
        ),
        (
            "Hours later, a grave with eleven bodies was found by state police near Tuxtla "
            "Gutierrez.",
            "en",
        ),
        (
            "Horas después, cerca de Uruapan, agentes de la Guardia Civil encontraron otros "
            "tres cuerpos semienterrados.",
            "es",
        ),
        (
            "Horas después, la fosa donde estaban tres cuerpos fue encontrada por policías "
            "estatales cerca de Uruapan.",
            "es",
        ),
    ],
)
def test_a_force_that_finds_the_dead_is_no_party(text: str, language: str) -> None:
    record = _assault(text, language)
    assert not {a.sector for a in record.actors + record.targets} & _STATE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two farmers were shot dead by police at a checkpoint near Uruapan on Sunday.",
            "en",
        ),
        (
            "Dos campesinos fueron asesinados a tiros por policías estatales en un retén cerca "
            "de Uruapan el domingo.",
            "es",
        ),
    ],
)
def test_a_force_after_by_in_a_killing_stays_its_actor(text: str, language: str) -> None:
    assert "COP" in {a.sector for a in _assault(text, language).actors}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Esa Secretaría de Seguridad Pública sonorense confirmó ayer el hallazgo de tres "
            "cadáveres en una fosa de Cajeme.",
            "es",
        ),
        (
            "Sonora state police confirmed on Friday the discovery of three bodies in a grave "
            "outside Cajeme.",
            "en",
        ),
    ],
)
def test_a_force_that_confirms_a_finding_is_no_party_to_the_killing(
    text: str, language: str
) -> None:
    assert not {a.sector for a in _assault(text, language).actors} & _STATE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police could not prevent the attack on the town hall of Cajeme on Friday.", "en"),
        ("Soldiers failed to prevent the killing of two farmers outside Cajeme.", "en"),
        ("Los policías no pudieron evitar el ataque contra la alcaldía de Cajeme.", "es"),
        ("Los soldados no evitaron el asesinato de dos campesinos cerca de Cajeme.", "es"),
    ],
)
def test_a_force_that_could_not_prevent_the_act_is_not_its_doer(text: str, language: str) -> None:
    assert not {a.sector for a in _assault(text, language).actors} & _STATE
