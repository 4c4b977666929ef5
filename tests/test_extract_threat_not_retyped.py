"""A threat to kill stays a threat: the sentence classifier has no class for threats (its
classes are ACLED's acts), so its high odds of an attack over "threatened to murder" are no
evidence that anyone was attacked, and the cascade must not retype the threat. Capitals and
normal case read alike. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(1990, 3, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armed men threatened to murder a judge in Tapachula.", "en"),
        ("Gunmen threatened to kill the mayor of San Miguel on Monday, police said.", "en"),
        (
            "Un escuadrón de la muerte amenazó con asesinar a cinco dirigentes sindicales "
            "en Tapachula.",
            "es",
        ),
        ("Los sicarios amenazaron con matar a tres periodistas de San Miguel.", "es"),
    ],
)
@pytest.mark.parametrize("capitals", [False, True])
def test_a_threat_to_kill_is_no_assault(text: str, language: str, capitals: bool) -> None:
    if capitals:
        text = text.upper()
    types = {r.event_type for r in process_text(text, language, DAY)[1]}
    assert types == {"THREATEN"}


def test_an_attack_told_beside_a_threat_is_still_read() -> None:
    text = "Armed men threatened the villagers of San Miguel and then shot dead two farmers."
    types = {r.event_type for r in process_text(text, "en", DAY)[1]}
    assert "ASSAULT" in types
