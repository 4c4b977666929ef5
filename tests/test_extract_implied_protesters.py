"""A protest whose report names its people only by trade or number ("hundreds of truck
drivers", "miles de personas") has civilian protesters of the place as its actors
(labelling conventions: protesters are CVL). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.implied import implied_protesters
from hito.models import Actor

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Hundreds of minibus drivers blocked the Inter-American Highway at La Mesilla, "
            "Huehuetenango, on Monday to protest against extortion.",
            "en",
            "GT",
        ),
        (
            "Miles de personas marcharon el domingo por el centro de Comitán, Chiapas, para "
            "exigir el fin de la violencia.",
            "es",
            "MX",
        ),
    ],
)
def test_a_protest_with_no_party_named_has_civilian_protesters(
    text: str, language: str, country: str
) -> None:
    protest = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "PROTEST")
    assert {(a.sector, a.country) for a in protest.actors} == {("CVL", country)}


def test_named_protesters_are_kept() -> None:
    teachers = [Actor(name="teachers", sector="EDU", country="MX")]
    assert implied_protesters("PROTEST", teachers, "MX") == teachers
    assert implied_protesters("ASSAULT", [], "MX") == []
