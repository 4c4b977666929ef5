"""A deployment to a whole state only announced is a record of its own, not the lead-in to an
assault the same force fought in one town. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2011, 10, 7)


def _types(text: str, language: str) -> list[tuple[str, str]]:
    return [(r.event_type, r.factuality) for r in process_text(text, language, DAY)[1]]


def test_troops_planned_for_a_state_stay_a_planned_mobilisation() -> None:
    english = (
        "Federal police killed four gunmen in a shootout in the Mexican city of Tampico on "
        "Friday. The government announced plans to send more federal police to Tamaulipas state."
    )
    assert ("MOBILIZE", "hypothetical") in _types(english, "en")
    spanish = (
        "La Policía Federal abatió a cuatro pistoleros en un enfrentamiento en Tampico el "
        "viernes. El gobierno anunció que enviará más policías federales al estado de Tamaulipas."
    )
    assert ("MOBILIZE", "hypothetical") in _types(spanish, "es")
