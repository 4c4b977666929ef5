"""Who deports: the migration force a person is handed over to for deportation, and, where
the report names no one, the authorities of the country the person is deported from
(labelling conventions: GOV generic authorities). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2025, 4, 8)


def _deport_actors(text: str, language: str) -> set[tuple[str, str | None]]:
    record = next(r for r in process_text(text, language, DAY)[1] if r.mode == "deport")
    return {(a.sector, a.country) for a in record.actors}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hondureño sin papeles fue entregado a la policía migratoria en Liberia, Costa "
            "Rica, para su deportación.",
            "es",
        ),
        (
            "A Honduran man without papers was handed over to migration police in Liberia, "
            "Costa Rica, for deportation.",
            "en",
        ),
    ],
)
def test_the_force_handed_a_person_for_deportation_deports_him(text: str, language: str) -> None:
    assert _deport_actors(text, language) == {("COP", "CR")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un nicaragüense buscado por homicidio fue deportado el martes desde Liberia, "
            "Costa Rica.",
            "es",
        ),
        ("Three Nicaraguan migrants were deported on Tuesday from Liberia, Costa Rica.", "en"),
    ],
)
def test_a_deportation_with_no_party_named_is_the_authorities(text: str, language: str) -> None:
    assert _deport_actors(text, language) == {("GOV", "CR")}


def test_a_named_deporter_stays_the_only_actor() -> None:
    text = (
        "El Instituto Nacional de Migración deportó el martes desde Tapachula, Chiapas, a "
        "cuarenta hondureños."
    )
    assert _deport_actors(text, "es") == {("GOV", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hondureño sin papeles fue entregado a la Guardia Nacional en Quetzaltenango, "
            "Guatemala, para su deportación.",
            "es",
        ),
        (
            "A Honduran man without papers was handed over to the National Guard in "
            "Quetzaltenango, Guatemala, for deportation.",
            "en",
        ),
    ],
)
def test_a_receiving_force_of_a_name_other_states_do_not_share_keeps_its_own_state(
    text: str, language: str
) -> None:
    # Guatemala has no National Guard: the one named is Mexico's, as when an act names it.
    assert _deport_actors(text, language) == {("MIL", "MX")}
