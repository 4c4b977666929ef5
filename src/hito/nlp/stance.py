"""Fact or opinion: does a sentence report something, or argue, judge and exhort?

Cue lexicons with weights; a sentence is opinion at a score of 2. One weak evaluative word
("a reminder", "an urgent need") is not enough, because slanted reporting still reports.
Attribution ("said", "según") cancels the cues: a quoted opinion is a reported fact.
"""

from __future__ import annotations

import re
from typing import Literal

from hito.nlp.gate import Gate

Stance = Literal["fact", "opinion"]
_THRESHOLD = 2

_CUES: dict[str, list[tuple[re.Pattern[str], int]]] = {
    "en": [
        # Modal obligation, the author's voice telling someone what to do or think; not a
        # note on how to read a figure ("this toll should be seen with caution").
        (
            re.compile(
                r"\b(?:must|should|ought\s+to|has\s+to|have\s+to|needs\s+to)\b"
                r"(?!\s+be\s+(?:seen|read|viewed|compared|noted)\s+(?:with|against|alongside|in\s+(?:the\s+)?(?:light|context))\b)",
                re.I,
            ),
            2,
        ),
        # Evaluative framing.
        (
            re.compile(
                r"\b(?:lesson|shameful|disgrace(?:ful)?|unacceptable|outrageous|"
                r"deplorable|appalling|inexcusable|scandalous)\b",
                re.I,
            ),
            2,
        ),
        (
            re.compile(
                r"\b(?:is|are|seems)\s+(?:clear|obvious|evident)\b|\bit\s+is\s+time\b", re.I
            ),
            2,
        ),
        (
            re.compile(
                r"\b(?:clearly|obviously|undeniably|urgent(?:ly)?|reckless|failed|failure)\b", re.I
            ),
            1,
        ),
        # First-person plural: the writer speaking for a community.
        (re.compile(r"\b(?:we|our|ours|ourselves|us)\b", re.I), 1),
        (re.compile(r"\blet(?:'s|\s+us)\b", re.I), 2),
        # A question asks; only a rhetorical one argues. Headlines ask to report ("Who were
        # the two men shot dead in ...?"), so a question alone is not enough.
        (re.compile(r"\?\s*$"), 1),
        (
            re.compile(
                r"\b(?:how\s+long|how\s+many\s+more|what\s+kind\s+of|when\s+will|isn't\s+it"
                r"|aren't\s+we|why\s+(?:should|must|do\s+we|does\s+no\s*one))\b[^?]*\?",
                re.I,
            ),
            1,
        ),
        (re.compile(r"\b(?:patriots?|anything\s+less)\b", re.I), 1),
        # A copula that judges an event rather than telling it ("was far more than a skirmish",
        # "is a striking example of").
        (
            re.compile(
                r"\b(?:was|is|were|are)\s+(?:more\s+than(?:\s+just)?|nothing\s+(?:less|more)\s+than|"
                r"(?:a|an)\s+(?:\w+\s+)?(?:example|symbol|symptom|testament)\s+of)\b",
                re.I,
            ),
            1,
        ),
    ],
    "es": [
        (
            re.compile(
                r"\b(?:debe|deben|debería|deberían|debemos|tiene\s+que|tienen\s+que|"
                r"tenemos\s+que|hay\s+que|urge)\b",
                re.I,
            ),
            2,
        ),
        (
            re.compile(
                r"\b(?:es|resulta|parece)\s+(?:inaceptable|vergonzoso|lamentable|"
                r"indignante|intolerable|evidente|claro|necesario|urgente|hora)\b",
                re.I,
            ),
            2,
        ),
        (
            re.compile(
                r"\b(?:vergonzos[oa]s?|lamentables?|inaceptables?|indignantes?|"
                r"lecci[oó]n|deplorables?)\b",
                re.I,
            ),
            1,
        ),
        (
            re.compile(
                r"\b(?:nosotros|nuestr[oa]s?|podemos|necesitamos|exigimos|queremos|"
                r"somos|estamos)\b",
                re.I,
            ),
            1,
        ),
        (re.compile(r"¿|\?\s*$"), 1),
        (
            re.compile(
                r"\b(?:hasta\s+cu[aá]ndo|cu[aá]nt[oa]s\s+m[aá]s|acaso|c[oó]mo\s+es\s+posible"
                r"|qu[eé]\s+clase\s+de|d[oó]nde\s+est[aá]\s+el\s+estado)\b[^?]*\?",
                re.I,
            ),
            1,
        ),
        (re.compile(r"\b(?:urgente|fracaso|irresponsable)\b", re.I), 1),
        (
            re.compile(
                r"\b(?:fue|es|son|fueron)\s+(?:m[aá]s\s+que|(?:un|una)\s+(?:\w+\s+)?"
                r"(?:ejemplo|reflejo|s[ií]ntoma|muestra)\s+de)\b",
                re.I,
            ),
            1,
        ),
    ],
}
_ATTRIBUTION = {
    "en": re.compile(
        r"\b(?:said|says|told|according\s+to|stated|added|explained|argued|warned|claimed|"
        r"insisted|wrote|asked)\b|[“\"]",
        re.I,
    ),
    "es": re.compile(
        r"\b(?:dijo|dijeron|afirmó|señaló|señalaron|según|declaró|indicó|aseguró|advirtió|"
        r"expresó|manifestó|sostuvo|agregó|añadió|de\s+acuerdo\s+con|preguntó)\b|[“\"«]",
        re.I,
    ),
}


# The cues a sentence may hold, read off it in one cheap pass (hito.nlp.gate).
_GATES = {lang: Gate(pattern for pattern, _ in cues) for lang, cues in _CUES.items()}


def stance_score(sentence: str, language: str) -> int:
    """Sum of opinion cue weights, zero when the sentence attributes what it says."""
    cues = _CUES.get(language, _CUES["en"])
    may = _GATES.get(language, _GATES["en"]).candidates(sentence)
    score = sum(
        weight for n, (pattern, weight) in enumerate(cues) if n in may and pattern.search(sentence)
    )
    attribution = _ATTRIBUTION.get(language, _ATTRIBUTION["en"])
    if score and attribution.search(sentence):
        return 0
    return score


def classify_stance(sentence: str, language: str) -> Stance:
    """Return "opinion" for commentary, judgement and calls to action, else "fact"."""
    return "opinion" if stance_score(sentence, language) >= _THRESHOLD else "fact"
