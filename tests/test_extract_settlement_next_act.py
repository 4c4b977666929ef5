"""The settlement named in the sentence right after an act, where that sentence tells an
act of another kind (an arrest pointed back at), is that act's place, not this one's: a
protest next to "este último detenido en el poblado de X" stays where it was told.
Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2024, 4, 30)


def _records(text: str, language: str) -> list[tuple[str, str | None]]:
    return sorted((r.event_type, r.place) for r in process_text(text, language, DAY)[1])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Guachochi, Chih. Soldados y policías estatales detuvieron este martes a 12 "
            "policías comunitarios en Guachochi. Familiares de los detenidos realizaron una "
            "protesta frente a la presidencia municipal. Según el alcalde, los "
            "12 detenidos fueron trasladados a Chihuahua, entre ellos Ramiro Solís Vega y "
            "Tomás Ruiz, este último detenido en el poblado de Samachique.",
            "es",
        ),
        (
            "GUACHOCHI, Chihuahua - Soldiers and state police arrested 12 community police "
            "officers in Guachochi on Tuesday. Relatives of the detainees held a protest "
            "outside the town hall. According to the mayor, the 12 detainees were taken to "
            "Chihuahua, among them Ramiro Solis Vega and Tomas Ruiz, the latter arrested in "
            "the village of Samachique.",
            "en",
        ),
    ],
)
def test_a_settlement_told_with_another_act_next_is_not_the_protests(
    text: str, language: str
) -> None:
    protests = [place for kind, place in _records(text, language) if kind == "PROTEST"]
    assert protests and "Samachique" not in protests
