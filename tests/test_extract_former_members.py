"""People named as former members of a force ("former soldiers", "ex policías") are not
that force: they act, or are arrested, on their own account. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.actors import find_actors

DAY = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested three former Guatemalan soldiers in Tenosique, Tabasco.", "en"),
        ("La policía detuvo a tres ex militares guatemaltecos en Tenosique, Tabasco.", "es"),
    ],
)
def test_former_soldiers_are_no_mention_of_the_army(text: str, language: str) -> None:
    assert {m.actor.sector for m in find_actors(text, language)} == {"COP"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Eleven people were arrested in Tenosique, Tabasco, on Saturday; some of them were "
            "former Guatemalan soldiers.",
            "en",
        ),
        (
            "Once personas fueron detenidas el sábado en Tenosique, Tabasco; algunas de ellas "
            "eran ex militares guatemaltecos.",
            "es",
        ),
    ],
)
def test_an_arrest_of_former_soldiers_has_no_military_actor(text: str, language: str) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")
    assert all(a.sector != "MIL" for a in record.actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A former municipal police officer was shot dead in Tapachula, Chiapas, on Monday.", "en"),
        ("Un ex policía municipal fue asesinado a balazos el lunes en Tapachula, Chiapas.", "es"),
    ],
)
def test_a_former_officer_killed_is_no_police_party(text: str, language: str) -> None:
    record = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
    assert all(a.sector != "COP" for a in record.actors + record.targets)


def test_a_force_named_as_a_topic_is_no_party() -> None:
    text = "The journalist was killed in Veracruz after reporting on police corruption."
    assert all(m.actor.sector != "COP" for m in find_actors(text, "en"))
