"""Forces sent to the scene after an attack, to cordon it off or hunt the attackers, are a
deployment of their own; forces that lead straight into a clash are only the clash.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def types(text: str, language: str) -> list[str]:
    return sorted(r.event_type for r in pipeline_records(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen of the Gulf Cartel shot dead two police officers in Reynosa, Tamaulipas, on "
            "Sunday. Dozens of police officers arrived at the scene and cordoned off the streets "
            "to hunt down the Gulf Cartel gunmen.",
            "en",
        ),
        (
            "Sicarios del Cártel del Golfo asesinaron a dos policías en Reynosa, Tamaulipas, el "
            "domingo. Al lugar arribaron policías y militares, quienes acordonaron la zona para "
            "ubicar a los agresores del Cártel del Golfo.",
            "es",
        ),
    ],
)
def test_forces_that_answer_an_attack_are_a_deployment(text: str, language: str) -> None:
    assert types(text, language) == ["ASSAULT", "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers deployed in Reynosa, Tamaulipas, on Sunday clashed with Gulf Cartel gunmen, "
            "killing three.",
            "en",
        ),
    ],
)
def test_a_deployment_that_leads_into_a_clash_is_the_clash(text: str, language: str) -> None:
    assert types(text, language) == ["ASSAULT"]
