"""A deployment's mode is the force that moved: of police and troops sent together, the
one the report names first; "efectivos de la Policía" are police. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2012, 3, 6)


def _mode(text: str, language: str) -> str | None:
    return next(r.mode for r in process_text(text, language, DAY)[1] if r.event_type == "MOBILIZE")


def test_police_named_first_make_a_police_deployment() -> None:
    english = (
        "The government sent 800 federal police officers and some soldiers to the state of "
        "Tamaulipas on Monday to reinforce security."
    )
    assert _mode(english, "en") == "police"
    spanish = (
        "El gobierno envió el lunes 800 policías federales y algunos militares al estado de "
        "Tamaulipas para reforzar la seguridad."
    )
    assert _mode(spanish, "es") == "police"


def test_troops_named_first_make_a_troop_deployment() -> None:
    english = (
        "The government sent 800 soldiers and some federal police officers to the state of "
        "Tamaulipas on Monday to reinforce security."
    )
    assert _mode(english, "en") == "troops"


def test_efectivos_of_the_police_are_police() -> None:
    spanish = (
        "Llegaron el domingo a Reynosa 400 efectivos de la Policía Federal para reforzar "
        "el operativo de seguridad."
    )
    assert _mode(spanish, "es") == "police"


def _deployments(text: str, language: str) -> list[str | None]:
    return [r.mode for r in process_text(text, language, DAY)[1] if r.event_type == "MOBILIZE"]


def test_a_counted_force_that_arrives_is_a_deployment_whatever_force_it_is() -> None:
    # Any force noun the lexicon knows deploys as soldiers do, military police included.
    for force in ("soldiers", "military police", "federal police", "marines", "policemen"):
        text = f"About 600 {force} arrived in Nuevo Laredo on Thursday."
        assert _deployments(text, "en"), force
    for force in ("soldados", "policías militares", "policías federales", "marinos"):
        text = f"Unos 600 {force} llegaron a Nuevo Laredo el jueves."
        assert _deployments(text, "es"), force
