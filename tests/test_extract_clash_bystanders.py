"""A two-sided fight has its sides as actors and no target (labelling conventions):
residents who tell of a clash, or are caught in its crossfire, are no party. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A gunfight between rival armed groups in Motozintla, Chiapas, killed at least four "
            "people on Saturday, although residents and a local priest said they had counted "
            "eleven bodies.",
            "en",
        ),
        (
            "A clash between the two cartels in Chicomuselo, Chiapas, left eleven people dead on "
            "Monday, among them several residents caught in the crossfire.",
            "en",
        ),
        (
            "Un enfrentamiento entre bandas rivales en Motozintla, Chiapas, dejó al menos tres "
            "muertos el domingo, aunque vecinos y un párroco aseguraron haber contado nueve "
            "cuerpos.",
            "es",
        ),
        (
            "Un enfrentamiento entre los dos cárteles en Chicomuselo, Chiapas, dejó once muertos "
            "el lunes, entre ellos varios pobladores que quedaron en el fuego cruzado.",
            "es",
        ),
    ],
)
def test_residents_beside_a_clash_are_no_target(text: str, language: str) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
    assert record.targets == []


def test_civilians_attacked_outside_a_clash_stay_targets() -> None:
    text = "Armed men shot dead three residents of Motozintla, Chiapas, on Monday."
    record = next(r for r in process_text(text, "en", DAY)[1] if r.event_type == "ASSAULT")
    assert {a.sector for a in record.targets} == {"CVL"}
