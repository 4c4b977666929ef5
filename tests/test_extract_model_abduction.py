"""The sentence classifier may call a kidnapping only a sentence that tells someone taken.

Its ABDUCTION reading replaces the lexicon's vaguer mode (a clash, a bare killing) only where
a word of the sentence says a person was kidnapped, taken, seized or went missing: a clash
with a rebel group, or a killing of a trafficker, is no kidnapping however the model reads
the names around it, and the record would imply kidnapped civilians. The model is stubbed to
read every sentence as an abduction, so the test holds whatever the shipped weights say.
Invented texts, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract import mentions
from hito.nlp.classify import LABELS, Prediction

DAY = dt.date(1990, 3, 6)


def _abduction_read(text: str) -> Prediction:
    probabilities = tuple(
        0.9 if label == "ABDUCTION" else 0.1 / (len(LABELS) - 1) for label in LABELS
    )
    return Prediction("ABDUCTION", 0.9, "asserted", 0.9, LABELS, probabilities)


@pytest.fixture
def model_reads_abduction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "classify_sentence", _abduction_read)


def _assaults(text: str, language: str) -> list[tuple[str | None, set[str]]]:
    return [
        (r.mode, {t.sector for t in r.targets})
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


@pytest.mark.usefixtures("model_reads_abduction")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Troops clashed with rebels of the northern front near San Miguel on Monday.", "en"),
        ("A drug lord and two of his guards were killed in San Miguel on Monday.", "en"),
        (
            "Soldados y guerrilleros del frente norte se enfrentaron el lunes cerca de San Miguel.",
            "es",
        ),
        (
            "Un narcotraficante y dos de sus escoltas fueron asesinados el lunes en San Miguel.",
            "es",
        ),
        # Kidnappers named as the ones killed: no one is taken in this act.
        ("Three kidnappers were killed by soldiers in San Miguel on Monday.", "en"),
        ("Tres secuestradores fueron abatidos por soldados el lunes en San Miguel.", "es"),
    ],
)
@pytest.mark.parametrize("capitals", [False, True])
def test_the_model_reads_no_kidnapping_where_no_one_is_taken(
    text: str, language: str, capitals: bool
) -> None:
    if capitals:
        text = text.upper()
    assaults = _assaults(text, language)
    assert assaults
    assert all(mode != "abduct" for mode, _ in assaults)
    assert all("CVL" not in sectors for _, sectors in assaults)


@pytest.mark.usefixtures("model_reads_abduction")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armed men attacked the mayor's house in San Miguel and carried off his son.", "en"),
        ("Hombres armados atacaron la casa del alcalde en San Miguel y se lo llevaron.", "es"),
    ],
)
def test_the_model_still_reads_a_taking_told_in_other_words(text: str, language: str) -> None:
    assert [mode for mode, _ in _assaults(text, language)] == ["abduct"]
