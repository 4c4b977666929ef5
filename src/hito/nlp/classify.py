"""The trained sentence classifier: what kind of incident a sentence reports, if any, and
how it presents it (docs/classifier.md).

A linear model over hashed word features, read from src/hito/data/models/ and run with
numpy alone. Features are case- and accent-folded, so the ALL-CAPS wires of MUC-4 and the
lower-cased text of IndiaPoliceEvents look like any other news to it. The same
`features` function is used by scripts/train_classifier.py, which is what keeps the
weights and the inference in step: change one and the model must be retrained.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from io import BytesIO
from pathlib import Path

import numpy as np
import numpy.typing as npt

# Incident classes, in the taxonomy of training/README.md (ACLED sub-event types that map
# onto a hito event type and mode).
LABELS: tuple[str, ...] = (
    "NONE",
    "ARMED_CLASH",
    "ATTACK",
    "ABDUCTION",
    "EXPLOSION",
    "GRENADE",
    "PROPERTY_DESTRUCTION",
    "SEXUAL_VIOLENCE",
    "MOB_VIOLENCE",
    "ARREST",
    "SEIZURE",
    "DISRUPTED_WEAPONS",
    "DEPLOYMENT",
    "PEACEFUL_PROTEST",
    "PROTEST_WITH_INTERVENTION",
    "VIOLENT_DEMONSTRATION",
    "BLOCKADE",
    "DISPLACEMENT",
)
FACTUALITY_LABELS: tuple[str, ...] = (
    "asserted",
    "reported",
    "hedged",
    "historical",
    "hypothetical",
    "negated",
)
# Each class as hito codes it: PLOVER event type and mode (None: the mode is left to the
# trigger lexicon).
CLASS_TYPES: dict[str, tuple[str, str | None]] = {
    "ARMED_CLASH": ("ASSAULT", "firearms"),
    "ATTACK": ("ASSAULT", None),
    "ABDUCTION": ("ASSAULT", "abduct"),
    "EXPLOSION": ("ASSAULT", "explosives"),
    "GRENADE": ("ASSAULT", "explosives"),
    "PROPERTY_DESTRUCTION": ("ASSAULT", "destroy"),
    "SEXUAL_VIOLENCE": ("ASSAULT", "sexual"),
    "MOB_VIOLENCE": ("ASSAULT", "beat"),
    "ARREST": ("COERCE", "arrest"),
    "SEIZURE": ("COERCE", "seize"),
    "DISRUPTED_WEAPONS": ("COERCE", "seize"),
    "DEPLOYMENT": ("MOBILIZE", None),
    "PEACEFUL_PROTEST": ("PROTEST", "demo"),
    "PROTEST_WITH_INTERVENTION": ("PROTEST", "demo"),
    "VIOLENT_DEMONSTRATION": ("PROTEST", "riot"),
    "BLOCKADE": ("PROTEST", "obstruct"),
    "DISPLACEMENT": ("DISPLACE", None),
}

DIMENSION = 1 << 16
MODEL_NAME = "sentence-classifier.npz"
# Set to a path to score with another model (a cross-validation fold, a candidate), or to
# "none" to run the rules alone.
MODEL_ENV = "HITO_CLASSIFIER_MODEL"

_TOKEN = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: "Detuvieron a DOS" and "detuvieron a dos" are one text."""
    # Decomposed, a letter's accent is a separate mark that the ASCII codec drops.
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")


def tokens(text: str) -> list[str]:
    # Every figure is the same word to the model: "3 killed" and "12 killed" say one thing.
    return [_DIGITS.sub("0", t) for t in _TOKEN.findall(fold(text))]


def features(text: str) -> list[str]:
    """Words, word pairs and word stems (the first five letters, which carry most of the
    inflection-free meaning in both languages)."""
    toks = tokens(text)
    out = [f"w:{t}" for t in toks]
    out.extend(f"b:{a} {b}" for a, b in itertools.pairwise(toks))
    out.extend(f"p:{t[:5]}" for t in toks if len(t) > 5)
    return out


@lru_cache(maxsize=1 << 16)
def _bucket(feature: str) -> int:
    # Most words and word pairs recur from sentence to sentence: hash each once.
    return zlib.crc32(feature.encode("ascii")) & (DIMENSION - 1)


def hashed(text: str) -> npt.NDArray[np.int64]:
    """Distinct hash buckets of the sentence's features."""
    buckets = {_bucket(f) for f in features(text)}
    return np.fromiter(sorted(buckets), dtype=np.int64, count=len(buckets))


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float
    factuality: str
    factuality_confidence: float
    labels: tuple[str, ...]
    probabilities: tuple[float, ...]

    def probability(self, label: str) -> float:
        return self.probabilities[self.labels.index(label)] if label in self.labels else 0.0


class SentenceClassifier:
    """Two softmax heads over one feature vector: incident class and factuality."""

    def __init__(
        self,
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
        labels: tuple[str, ...],
        fact_weights: npt.NDArray[np.float32] | None = None,
        fact_bias: npt.NDArray[np.float32] | None = None,
        fact_labels: tuple[str, ...] = FACTUALITY_LABELS,
    ) -> None:
        self.labels = labels
        self.fact_labels = fact_labels if fact_weights is not None else ()
        # One gather over both heads' columns is the cost of a prediction: keep them together.
        if fact_weights is not None and fact_bias is not None:
            self.weights = np.ascontiguousarray(np.hstack([weights, fact_weights]))
            self.bias = np.concatenate([bias, fact_bias])
        else:
            self.weights, self.bias = weights, bias
        self._split = len(labels)

    @classmethod
    def from_bytes(cls, data: bytes) -> SentenceClassifier:
        with np.load(BytesIO(data), allow_pickle=False) as npz:
            has_fact = "fact_weights" in npz.files
            return cls(
                npz["weights"].astype(np.float32),
                npz["bias"].astype(np.float32),
                tuple(str(x) for x in npz["labels"]),
                npz["fact_weights"].astype(np.float32) if has_fact else None,
                npz["fact_bias"].astype(np.float32) if has_fact else None,
                tuple(str(x) for x in npz["fact_labels"]) if has_fact else FACTUALITY_LABELS,
            )

    def predict(self, text: str) -> Prediction:
        idx = hashed(text)
        scores = self.bias
        if len(idx):
            # Binary features scaled to unit length, as at training time.
            scores = self.weights[idx].sum(axis=0) / np.float32(np.sqrt(len(idx))) + self.bias
        head = scores[: self._split]
        e = np.exp(head - head.max())
        probs = e / e.sum()
        best = int(probs.argmax())
        fact, fact_conf = "asserted", 0.0
        if self.fact_labels:
            tail = scores[self._split :]
            f = np.exp(tail - tail.max())
            j = int(f.argmax())
            fact, fact_conf = self.fact_labels[j], float(f[j] / f.sum())
        return Prediction(
            self.labels[best],
            float(probs[best]),
            fact,
            fact_conf,
            self.labels,
            tuple(probs.tolist()),
        )


@lru_cache(maxsize=4)
def _load(override: str | None) -> SentenceClassifier | None:
    if override == "none":
        return None
    if override:
        return SentenceClassifier.from_bytes(Path(override).read_bytes())
    resource = resources.files("hito").joinpath("data", "models", MODEL_NAME)
    if not resource.is_file():
        return None
    return SentenceClassifier.from_bytes(resource.read_bytes())


def load_classifier() -> SentenceClassifier | None:
    """The packaged model (or the one HITO_CLASSIFIER_MODEL names); None when there is none,
    and the cascade then runs on its rules alone."""
    return _load(os.environ.get(MODEL_ENV) or None)


@lru_cache(maxsize=4096)
def classify_sentence(text: str) -> Prediction | None:
    model = load_classifier()
    return model.predict(text) if model is not None else None
