"""Parties named only as holding a view of someone or referring to an act (the DEA that
considered a man a broker, a group whose video makes reference to a killing) are no
parties to it. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2025, 6, 18)


def _actors(text: str, language: str, event_type: str) -> set[tuple[str, str | None]]:
    r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == event_type)
    return {(a.sector, a.country) for a in r.actors}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested a man named Rolando Fuentes in Tapachula, Chiapas, on Monday. "
            "Before his arrest, the US Drug Enforcement Administration considered him to be "
            "a major cocaine broker.",
            "en",
        ),
        (
            "La policía detuvo el lunes en Tapachula, Chiapas, a Rolando Fuentes. Antes de su "
            "captura, la DEA lo consideraba un importante traficante de cocaína.",
            "es",
        ),
    ],
)
def test_a_force_that_held_a_view_of_the_suspect_made_no_arrest(text: str, language: str) -> None:
    assert _actors(text, language, "COERCE") == {("COP", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In a video, the Zetas make reference to a lawyer, Ernesto Villa, who was shot "
            "dead in Coban, Guatemala, in July.",
            "en",
        ),
        (
            "En un video, los Zetas hacen referencia a un abogado, Ernesto Villa, que fue "
            "asesinado a tiros en Cobán, Guatemala, en julio.",
            "es",
        ),
    ],
)
def test_a_group_that_refers_to_a_killing_did_not_do_it(text: str, language: str) -> None:
    assert _actors(text, language, "ASSAULT") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The army considers the Sinaloa Cartel to be behind the killing of two farmers "
            "in Culiacan, Sinaloa, on Sunday.",
            "en",
        ),
        (
            "El Ejército considera que el Cártel de Sinaloa está detrás del asesinato de dos "
            "campesinos en Culiacán, Sinaloa, el domingo.",
            "es",
        ),
    ],
)
def test_the_group_a_force_blames_stays_the_actor(text: str, language: str) -> None:
    assert _actors(text, language, "ASSAULT") == {("CRM", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead two police officers believed to be on the payroll of a rival gang in "
            "Ciudad Juarez, Chihuahua, on Friday.",
            "en",
        ),
        (
            "Sicarios asesinaron a tiros a dos policías, considerados cercanos a una banda "
            "rival, en Ciudad Juárez, Chihuahua, el viernes.",
            "es",
        ),
    ],
)
def test_a_force_a_participle_describes_stays_the_target(text: str, language: str) -> None:
    r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
    assert ("COP", "MX") in {(a.sector, a.country) for a in r.targets}
