"""The sentence classifier: packaged model, clear cases in both languages, the cascade, and
the training script on a tiny invented set. Every sentence here was written for this test."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from hito.nlp.classify import (
    CLASS_TYPES,
    FACTUALITY_LABELS,
    LABELS,
    MODEL_NAME,
    SentenceClassifier,
    classify_sentence,
    features,
    fold,
    hashed,
    load_classifier,
)

ROOT = Path(__file__).resolve().parent.parent


def test_model_ships_in_the_package_and_is_small() -> None:
    resource = resources.files("hito").joinpath("data", "models", MODEL_NAME)
    assert resource.is_file()
    assert len(resource.read_bytes()) < 4 * 1024 * 1024
    model = load_classifier()
    assert model is not None
    assert model.labels == LABELS
    assert model.fact_labels == FACTUALITY_LABELS


def test_every_event_class_maps_to_a_hito_type() -> None:
    assert set(CLASS_TYPES) == set(LABELS) - {"NONE"}


def test_features_ignore_case_and_accents() -> None:
    assert fold("Detuvieron a DOS policías") == "detuvieron a dos policias"
    assert features("SOLDIERS CLASHED") == features("soldiers clashed")
    assert list(hashed("Balacera en Tapachula")) == list(hashed("BALACERA EN TAPACHULA"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police arrested four men and charged them with extortion on Tuesday.", "ARREST"),
        ("Agentes de la policía detuvieron a cuatro hombres acusados de extorsión.", "ARREST"),
        ("A roadside bomb exploded under a military truck, wounding three soldiers.", "EXPLOSION"),
        ("Gunmen kidnapped a shopkeeper from his home and demanded a ransom.", "ABDUCTION"),
        ("Hombres armados secuestraron a un comerciante y exigieron un rescate.", "ABDUCTION"),
        ("The city council approved the budget for next year's street lighting.", "NONE"),
        ("El ayuntamiento aprobó el presupuesto para el alumbrado del próximo año.", "NONE"),
    ],
)
def test_clear_cases(text: str, label: str) -> None:
    prediction = classify_sentence(text)
    assert prediction is not None
    assert prediction.label == label


def test_upper_and_lower_case_read_alike() -> None:
    text = "Troops and gunmen exchanged fire for two hours outside the town."
    a, b, c = (classify_sentence(t) for t in (text, text.upper(), text.lower()))
    assert a is not None and b is not None and c is not None
    assert a.label == b.label == c.label
    assert abs(a.confidence - b.confidence) < 1e-6


def test_probabilities_sum_to_one() -> None:
    prediction = classify_sentence("Protesters blocked the highway for six hours.")
    assert prediction is not None
    assert sum(prediction.probabilities) == pytest.approx(1.0, abs=1e-4)
    assert 0.0 <= prediction.factuality_confidence <= 1.0
    assert prediction.factuality in FACTUALITY_LABELS


def test_a_model_without_a_factuality_head_still_predicts(tmp_path: Path) -> None:
    weights = np.zeros((1 << 16, 2), dtype=np.float16)
    path = tmp_path / "m.npz"
    np.savez(path, weights=weights, bias=np.array([1.0, 0.0]), labels=np.array(["NONE", "ARREST"]))
    model = SentenceClassifier.from_bytes(path.read_bytes())
    prediction = model.predict("anything at all")
    assert prediction.label == "NONE"
    assert prediction.factuality == "asserted"


def _line(text: str, lang: str, label: str, factuality: str = "asserted") -> str:
    row = {"text": text, "lang": lang, "label": label, "factuality": factuality}
    return json.dumps({**row, "stance": "fact", "note": ""})


def test_training_script_runs_on_a_tiny_set_and_reports_bad_lines(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    sentences = tmp_path / "sentences"
    sentences.mkdir()
    lines = [
        _line("Police arrested two men in the market.", "en", "ARREST"),
        _line("Officers detained a driver at the checkpoint.", "en", "ARREST"),
        _line("The mayor opened a new library.", "en", "NONE"),
        _line("The festival will start on Friday.", "en", "NONE", "hypothetical"),
        "not json",
        _line("Something odd.", "en", "NOT_A_LABEL"),
    ]
    (sentences / "en-tiny.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.npz"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "train_classifier.py"),
            "--exclude",
            "gold",
            "--exclude",
            "plover",
            "--exclude",
            "muc4",
            "--exclude",
            "sentences",
            "--sentences",
            str(sentences),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "en-tiny.jsonl:5: not JSON" in result.stderr
    assert "label 'NOT_A_LABEL'" in result.stderr
    model = SentenceClassifier.from_bytes(out.read_bytes())
    assert model.labels == LABELS
    assert model.predict("Police arrested three men.").label == "ARREST"
