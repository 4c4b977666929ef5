"""A plan ("will deploy a brigade") and an act the text dates ("troops were deployed there
on January 20") are two incidents; the plan named again ("the leaders of the riot would be
moved") is no plan of its own. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2013, 2, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Guatemalan army will deploy an extra brigade to San Marcos to fight poppy "
            "growers.\n\nThe army has also increased its presence in San Marcos, where "
            "special forces were deployed on January 20.",
            "en",
        ),
        (
            "El Ejército de Guatemala desplegará una nueva brigada en San Marcos para combatir "
            "los cultivos de amapola.\n\nEl Ejército también reforzó su presencia en San "
            "Marcos, donde fueron desplegadas fuerzas especiales el 20 de enero.",
            "es",
        ),
    ],
)
def test_a_plan_and_a_dated_deployment_are_two(text: str, language: str) -> None:
    facts = sorted(
        r.factuality for r in process_text(text, language, DAY)[1] if r.event_type == "MOBILIZE"
    )
    assert len(facts) == 2
    assert "hypothetical" in facts


def test_a_told_riot_named_in_a_plan_is_still_one() -> None:
    text = (
        "Two inmates were killed during a riot on Sunday at the prison of Tapachula, Chiapas.\n\n"
        "The warden said the leaders of the riot would be moved to other prisons."
    )
    riots = [r for r in process_text(text, "en", DAY)[1] if r.event_type == "PROTEST"]
    assert [r.factuality for r in riots] == ["asserted"]
