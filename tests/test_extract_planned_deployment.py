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


def _mobilisations(text: str, language: str) -> list[tuple[str, str | None, str]]:
    return [
        (r.factuality, r.place, r.mode or "")
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "MOBILIZE"
    ]


def test_a_force_to_be_set_up_somewhere_is_a_planned_mobilisation() -> None:
    english = (
        "After a strike by nurses in Reynosa, Tamaulipas, the governor said he will create a "
        "permanent body of state police and soldiers to guard the clinics of the city."
    )
    assert _mobilisations(english, "en") == [("hypothetical", "Reynosa", "police")]
    spanish = (
        "Tras un paro de enfermeras en Reynosa, Tamaulipas, el gobernador dijo que creará un "
        "cuerpo permanente de policías estatales y militares para resguardar las clínicas."
    )
    assert _mobilisations(spanish, "es") == [("hypothetical", "Reynosa", "police")]


def test_a_unit_to_be_based_at_a_port_is_a_planned_mobilisation() -> None:
    english = "The navy plans to form a marine battalion based at Coatzacoalcos next year."
    assert [f for f, _, _ in _mobilisations(english, "en")] == ["hypothetical"]
    spanish = (
        "La Marina planea conformar un batallón naval con sede en Coatzacoalcos el año próximo."
    )
    assert [f for f, _, _ in _mobilisations(spanish, "es")] == ["hypothetical"]


def test_an_office_of_analysts_is_no_force() -> None:
    english = "The two governments plan to create a joint analysis unit in Tapachula, Chiapas."
    assert _mobilisations(english, "en") == []
    spanish = "Los dos gobiernos planean crear una unidad binacional de análisis en Tapachula."
    assert _mobilisations(spanish, "es") == []


def test_a_force_created_for_a_struggle_in_general_is_no_deployment() -> None:
    english = (
        "The president signed decrees against the cartels of Reynosa and said he would create "
        "a special army unit to fight them."
    )
    assert _mobilisations(english, "en") == []
    spanish = (
        "El presidente firmó decretos contra los cárteles de Reynosa y dijo que creará una "
        "fuerza militar especial para combatirlos."
    )
    assert _mobilisations(spanish, "es") == []
