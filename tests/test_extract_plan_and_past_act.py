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


@pytest.mark.parametrize(
    ("text", "language", "factuality"),
    [
        (
            "The state police promised protection to the drivers and deployed 200 officers to "
            "the bus terminals of Tapachula, Chiapas, on Monday.",
            "en",
            "asserted",
        ),
        (
            "La Policía estatal prometió protección a los choferes y desplegó a 200 agentes en "
            "las terminales de autobuses de Tapachula, Chiapas, el lunes.",
            "es",
            "asserted",
        ),
        # Deploying is what was promised: still a plan.
        (
            "The state police promised to deploy 200 officers to the bus terminals of "
            "Tapachula, Chiapas.",
            "en",
            "hypothetical",
        ),
        (
            "La Policía estatal prometió que desplegará a 200 agentes en las terminales de "
            "autobuses de Tapachula, Chiapas.",
            "es",
            "hypothetical",
        ),
    ],
)
def test_a_deployment_done_beside_a_promise_is_no_plan(
    text: str, language: str, factuality: str
) -> None:
    deployments = [r for r in process_text(text, language, DAY)[1] if r.event_type == "MOBILIZE"]
    assert [r.factuality for r in deployments] == [factuality]
