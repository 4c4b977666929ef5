"""A sentence that tells one particular act inside a span of months ("in recent months they
fired on a navy patrol boat") keeps its act; a tally or trend over the span ("dozens of
killings in recent months") stays no incident. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2012, 3, 14)


def _types(text: str, language: str) -> set[str]:
    return {r.event_type for r in process_text(text, language, DAY)[1]}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The cartel has shown its strength in recent months by firing on a navy patrol "
            "boat near the invented ranch of Los Cedros.",
            "en",
        ),
        (
            "In recent months gunmen have ambushed an army convoy outside Tapachula.",
            "en",
        ),
        (
            "En los últimos meses sicarios dispararon contra una lancha de la Marina cerca del "
            "rancho Los Cedros.",
            "es",
        ),
        (
            "En los últimos meses sicarios emboscaron a un convoy del ejército a las afueras "
            "de Tapachula.",
            "es",
        ),
    ],
)
def test_one_particular_act_inside_a_span_of_months_is_kept(text: str, language: str) -> None:
    assert "ASSAULT" in _types(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of police officers have been ambushed in recent months.", "en"),
        ("Gunmen have killed a number of officers in recent months in Tapachula.", "en"),
        (
            "Over the past months a series of attacks has shaken the towns of the border.",
            "en",
        ),
        ("Decenas de policías han sido emboscados en los últimos meses.", "es"),
        # The personal "a" before a plural is no article.
        ("En los últimos meses los sicarios asesinaron a comerciantes de Tapachula.", "es"),
        (
            "En los últimos meses los sicarios asesinaron a una serie de comerciantes de "
            "Tapachula.",
            "es",
        ),
    ],
)
def test_a_tally_over_a_span_of_months_stays_no_incident(text: str, language: str) -> None:
    assert "ASSAULT" not in _types(text, language)


def _factualities(text: str, language: str, event_type: str) -> set[str]:
    return {
        r.factuality for r in process_text(text, language, DAY)[1] if r.event_type == event_type
    }


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        (
            "The cartel has shown its strength in recent months by firing on a navy patrol "
            "boat near the invented ranch of Los Cedros.",
            "en",
            "ASSAULT",
        ),
        (
            "In recent weeks, gunmen have ambushed an army convoy outside Tapachula.",
            "en",
            "ASSAULT",
        ),
        (
            "En las últimas semanas sicarios emboscaron a un convoy del ejército a las afueras "
            "de Tapachula.",
            "es",
            "ASSAULT",
        ),
        (
            "El alcalde Ramiro Quezada dijo que las autodefensas tomaron Tepalcatepec en "
            "las últimas semanas, sin disparar.",
            "es",
            "MOBILIZE",
        ),
    ],
)
def test_an_act_a_span_of_recent_months_dates_is_background(
    text: str, language: str, event_type: str
) -> None:
    # The span dates the act back from the report: an earlier act, not the news.
    assert _factualities(text, language, event_type) == {"historical"}


@pytest.mark.parametrize(
    ("text", "language", "event_type", "factuality"),
    [
        (
            "Some 500 soldiers were deployed to Tapachula on Monday, after the gang blocked "
            "the highways several times in recent weeks.",
            "en",
            "MOBILIZE",
            "asserted",
        ),
        (
            "La Defensa enviará el próximo mes 300 soldados a Tapachula, donde en las últimas "
            "semanas se han registrado bloqueos.",
            "es",
            "MOBILIZE",
            "hypothetical",
        ),
        (
            "Soldados detuvieron el lunes a tres hombres en Tapachula, ciudad donde en los "
            "últimos meses crecieron los asaltos.",
            "es",
            "COERCE",
            "asserted",
        ),
    ],
)
def test_a_span_of_recent_months_in_another_clause_leaves_the_act(
    text: str, language: str, event_type: str, factuality: str
) -> None:
    assert _factualities(text, language, event_type) == {factuality}
