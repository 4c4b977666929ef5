"""Spanish headlines that count their victims or detainees without a figure noun: a weapon
before the object ("asesinan a navajazos al velador"), a singular passive of a manner of
killing ("fue estrangulada"), "ambos murieron", and "sorprenden a dos" for a catch in the
act. Every headline here is invented for the test."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def _figure(text: str, field: str) -> int:
    return max((getattr(r, field) or 0 for r in pipeline_records(text, "es")), default=0)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Asesinan a navajazos al velador de una bodega en Apizaco", 1),
        ("Matan a cuchilladas a comerciante frente a su local en Tehuacán", 1),
        ("Rosaura fue estrangulada dentro de su casa en Tepeaca", 1),
        ("Atacan a balazos a dos primos en Uruapan; ambos murieron en el hospital", 2),
        # People named by what they were doing: a passer-by, a cyclist.
        ("Sujetos armados terminan con la vida de un transeúnte en Salvatierra", 1),
    ],
)
def test_killed(text: str, killed: int) -> None:
    assert _figure(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Sorprenden a tres presuntos ladrones de autopartes en calles de Navojoa", 3),
        ("Policías sorprenden a dos narcomenudistas con droga en Guasave", 2),
    ],
)
def test_caught_in_the_act(text: str, arrested: int) -> None:
    assert _figure(text, "arrested") == arrested


@pytest.mark.parametrize(
    "text",
    [
        # Without the personal "a" nothing is caught; wounded both is no death.
        "Sorprende la granizada a dos comunidades de la sierra de Zongolica",
        "Atacan a balazos a dos hermanos en Silao y ambos resultaron heridos",
    ],
)
def test_no_figure(text: str) -> None:
    assert _figure(text, "arrested") == 0 and _figure(text, "killed") == 0
