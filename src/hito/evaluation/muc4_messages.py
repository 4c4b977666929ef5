"""A message-level MUC-4 model: is the message about a relevant terrorist incident, of
which incident types, and how many incidents? Used only by the MUC-4 adapter
(`hito.evaluation.muc4`), never by the pipeline: MUC's notion of relevance (recent, factual
terrorist acts in nine Latin American countries, not combat between the army and
guerrillas, not political news) is the task's, not hito's.

Logistic regressions, one per label, over the sentence classifier's hashed features
(`hito.nlp.classify.hashed`) of the whole message, scaled to unit length; trained by
`scripts/train_muc4_messages.py` on the MUC-4 dev messages (public domain), tst1 and tst2
held out. A label may also be stacked: its score is then a second logistic regression over
the whole message's logit and the highest logit of any one of its paragraphs, because one
paragraph telling an act makes a message relevant however long the speech, interview or
political report around it is, which dilutes the act in the whole message's features.
A model may also hold a template-level `keep` regression: whether one of the pipeline's
templates names an incident of the key, from the message's relevance and that of the
sentences telling the template's act (`keep_features`).
`src/hito/data/models/muc4-messages.npz`; `HITO_MUC4_MODEL` names another file, or "none"
to score the pipeline's templates alone.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hito.nlp.classify import DIMENSION, hashed

MODEL_NAME = "muc4-messages.npz"
MODEL_ENV = "HITO_MUC4_MODEL"
RELEVANT = "RELEVANT"
# The key's INCIDENT: TYPE set (template-doc-part1 7.3) that the model predicts.
TYPES = ("ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY", "FORCED WORK STOPPAGE")
# How many incidents (non-optional key templates) the message reports, at least.
AT_LEAST = {"AT_LEAST_2": 2, "AT_LEAST_3": 3, "AT_LEAST_4": 4}
LABELS = (RELEVANT, *TYPES, *AT_LEAST)
# What the template-level keep regression reads (`keep_features`), in order.
KEEP_FEATURES = (
    "relevant",  # the message's relevance, as a logit
    "sentences",  # the raw relevance logit of the sentences of the template's record alone
    "sentences_below_0",  # ... once more when negative: a background mention weighs more
    "dated",  # the template has a date of its own
    "type",  # the message's probability of the template's incident type, as a logit
    "first",  # the message's first template
    "count",  # how many templates the pipeline made of the message, up to 4
)


# A paragraph shorter than this many words (a headline, "[TEXT]") tells no act of its own.
MIN_PARAGRAPH_WORDS = 6


def paragraphs(text: str) -> list[str]:
    """The message's paragraphs after its dateline ("LIMA, 3 FEB 89 -- ..."), the whole text
    when it has none long enough."""
    head, sep, body = text.partition("--")
    if not sep or len(head) > 250:  # no dateline: "--" is a dash within the text
        body = text
    found = [p for p in body.split("\n\n") if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    return found or [text]


def _logits(
    weights: npt.NDArray[np.float32], bias: npt.NDArray[np.float32], text: str
) -> npt.NDArray[np.float32]:
    buckets = hashed(text)
    if len(buckets) == 0:
        return bias
    return weights[:, buckets].sum(axis=1) / np.sqrt(len(buckets)) + bias


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)))


def keep_features(
    relevant: float, sentences: float | None, dated: bool, type_p: float, first: bool, count: int
) -> list[float]:
    """The keep regression's inputs (KEEP_FEATURES) for one template; `sentences` None (a
    template of no record's sentences) reads as the message's relevance."""
    rel = _logit(relevant)
    own = rel if sentences is None else sentences
    return [rel, own, min(own, 0.0), float(dated), _logit(type_p), float(first), min(count, 4)]


@dataclass(frozen=True)
class MessageModel:
    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]  # labels x DIMENSION
    bias: npt.NDArray[np.float32]
    # labels x 3: (whole message, best paragraph, intercept) of a stacked label's logit;
    # None, or a row (1, 0, 0), scores the label from the whole message alone.
    stack: npt.NDArray[np.float32] | None = None
    # KEEP_FEATURES weights and an intercept: a template's probability of naming a key's
    # incident; None where the model has no such regression.
    keep: npt.NDArray[np.float32] | None = None

    @classmethod
    def from_bytes(cls, data: bytes) -> MessageModel:
        with np.load(io.BytesIO(data)) as z:
            labels = tuple(str(x) for x in z["labels"])
            weights = z["weights"].astype(np.float32)
            bias = z["bias"].astype(np.float32)
            stack = z["stack"].astype(np.float32) if "stack" in z.files else None
            keep = z["keep"].astype(np.float32) if "keep" in z.files else None
        if weights.shape != (len(labels), DIMENSION):
            raise ValueError(f"model weights {weights.shape} do not fit {len(labels)} labels")
        if stack is not None and stack.shape != (len(labels), 3):
            raise ValueError(f"model stack {stack.shape} does not fit {len(labels)} labels")
        if keep is not None and keep.shape != (len(KEEP_FEATURES) + 1,):
            raise ValueError(f"model keep {keep.shape} does not fit {len(KEEP_FEATURES)} features")
        return cls(labels, weights, bias, stack, keep)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        arrays: dict[str, npt.NDArray[Any]] = {
            "labels": np.array(self.labels),
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
        }
        if self.stack is not None:
            arrays["stack"] = self.stack.astype(np.float32)
        if self.keep is not None:
            arrays["keep"] = self.keep.astype(np.float32)
        np.savez_compressed(buf, **arrays)  # type: ignore[arg-type]
        return buf.getvalue()

    def logits(self, text: str) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """Each label's logit for the whole message and the highest for any one paragraph."""
        whole = _logits(self.weights, self.bias, text)
        best = np.max([_logits(self.weights, self.bias, p) for p in paragraphs(text)], axis=0)
        return whole, best

    def relevance_logit(self, text: str) -> float:
        """The raw (unstacked) RELEVANT logit of `text` alone: a record's sentences."""
        return float(_logits(self.weights, self.bias, text)[self.labels.index(RELEVANT)])

    def keep_probability(self, features: list[float]) -> float | None:
        """Probability that a template with these `keep_features` names a key's incident;
        None where the model has no keep regression."""
        if self.keep is None:
            return None
        z = float(np.dot(self.keep[:-1], np.array(features, dtype=np.float32)) + self.keep[-1])
        return 1.0 / (1.0 + float(np.exp(-z)))

    def scores(self, text: str) -> dict[str, float]:
        """Probability of each label for the message `text`."""
        if self.stack is None:
            logits = _logits(self.weights, self.bias, text)
        else:
            whole, best = self.logits(text)
            logits = self.stack[:, 0] * whole + self.stack[:, 1] * best + self.stack[:, 2]
        probs = 1.0 / (1.0 + np.exp(-logits))
        return dict(zip(self.labels, (float(p) for p in probs), strict=True))


@lru_cache(maxsize=4)
def _load(override: str | None) -> MessageModel | None:
    if override == "none":
        return None
    if override:
        return MessageModel.from_bytes(Path(override).read_bytes())
    resource = resources.files("hito").joinpath("data", "models", MODEL_NAME)
    if not resource.is_file():
        return None
    return MessageModel.from_bytes(resource.read_bytes())


def load_message_model() -> MessageModel | None:
    """The packaged model (or the one HITO_MUC4_MODEL names); None when there is none."""
    return _load(os.environ.get(MODEL_ENV) or None)
