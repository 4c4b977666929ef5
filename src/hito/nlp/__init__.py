"""Annotation stage: language, sentences, numbers, dates, stance and factuality."""

from hito.nlp.annotate import annotate
from hito.nlp.dates import parse_dates
from hito.nlp.errors import UnsupportedLanguage
from hito.nlp.factuality import classify_factuality, factuality_cues
from hito.nlp.language import detect_language
from hito.nlp.numbers import parse_number_word, parse_numbers
from hito.nlp.sentences import split_sentences
from hito.nlp.stance import classify_stance

__all__ = [
    "UnsupportedLanguage",
    "annotate",
    "classify_factuality",
    "classify_stance",
    "detect_language",
    "factuality_cues",
    "parse_dates",
    "parse_number_word",
    "parse_numbers",
    "split_sentences",
]
