"""Find the words that say an incident happened, sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hito.extract.lexicon import trigger_patterns
from hito.models import Sentence


@dataclass(frozen=True)
class Trigger:
    event_type: str
    mode: str | None
    weak: bool
    start: int  # offsets inside the sentence text
    end: int
    text: str


def _negated_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans the annotator read as an explicit none ("no arrests", "sin detenidos")."""
    return [
        (n.start - sentence.start, n.end - sentence.start)
        for n in sentence.numbers
        if n.value == 0
    ]


# "during the firefight", "tras el enfrentamiento": a definite noun after a preposition of
# time points back at an incident told elsewhere; the clause around it tells something else.
_BACK_REFERENCE = re.compile(
    r"\b(?:during|after|before|since|following|amid|in the wake of|durante|tras|despu[eé]s de|antes de"
    r"|luego de|a ra[ií]z de|desde)\s+(?:the|this|that|el|la|los|las|este|esta|dicho|dicha|aquel|aquella)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def find_triggers(sentence: Sentence, language: str) -> list[Trigger]:
    """Every trigger in the sentence, in text order. Left out: negated ones ("no arrests"),
    which state a figure of zero, and back references ("during the firefight")."""
    negated = _negated_spans(sentence)
    hits: list[Trigger] = []
    for pattern in trigger_patterns(language):
        for m in pattern.regex.finditer(sentence.text):
            if any(s <= m.start() < e for s, e in negated):
                continue
            if _BACK_REFERENCE.search(sentence.text[: m.start()]):
                continue
            hits.append(
                Trigger(pattern.event_type, pattern.mode, pattern.weak, m.start(), m.end(), m.group(0))
            )
    hits.sort(key=lambda t: (t.start, -t.end))
    return hits
