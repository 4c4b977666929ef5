"""Language identification: English, Spanish, or neither."""

from __future__ import annotations

import re

import py3langid

SUPPORTED = ("en", "es")

_WORD = re.compile(r"[^\W\d_]+")
# Function words decide short texts, where character n-grams are unreliable.
_STOPWORDS = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "were",
            "are",
            "for",
            "on",
            "with",
            "by",
            "at",
            "from",
            "that",
            "this",
            "it",
            "as",
            "an",
            "be",
            "has",
            "have",
            "had",
            "who",
            "after",
            "said",
            "police",
            "they",
            "their",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "que",
            "por",
            "con",
            "para",
            "una",
            "un",
            "se",
            "al",
            "su",
            "sus",
            "es",
            "fue",
            "fueron",
            "ha",
            "han",
            "como",
            "tras",
            "dijo",
            "policía",
        ]
    ),
}
_MIN_LETTERS = 12
_MIN_WORDS = 3
_SHORT_WORDS = 12  # below this many words langid alone is not trusted


def _stopword_votes(words: list[str]) -> dict[str, int]:
    return {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}


def detect_language(text: str) -> str | None:
    """Return "en" or "es" for the text's language, None if neither or too little to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS or sum(map(len, words)) < _MIN_LETTERS:
        return None
    top, _ = py3langid.classify(text)
    votes = _stopword_votes(words)
    if top in SUPPORTED:
        other = "es" if top == "en" else "en"
        # A short text with no function words of its own and several of the other language
        # is misread by the n-gram model; the function words are the better witness there.
        if len(words) < _SHORT_WORDS and votes[other] >= 2 and votes[top] == 0:
            return other
        return str(top)
    if len(words) >= _SHORT_WORDS:
        return None
    # Short Spanish headlines drift to Galician/Portuguese/Catalan, short English ones to
    # anything; fall back to the restricted ranking only when function words agree.
    ranked = py3langid.rank(text)
    best = next(lang for lang, _ in ranked if lang in SUPPORTED)
    other = "es" if best == "en" else "en"
    if votes[best] >= 2 and votes[other] == 0:
        return str(best)
    return None
