"""Hostile report texts: the annotators must give an answer, and in time linear in the text.

Each text here is 100,000 characters (MAX_REPORT_CHARS, the most a report is processed)
of one pattern that once made a rule scan back to the start of its line, or try every
sub-run of a run of number words, for every match.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from hito.ingest.build import make_report
from hito.ingest.limits import MAX_REPORT_CHARS
from hito.models import Report
from hito.nlp import annotate, parse_dates, parse_numbers, split_sentences

PUBLISHED = dt.date(2025, 7, 31)
# Far above the few hundred milliseconds these take; far below the minutes they took.
# CPU time of this thread, not wall time: other work on the machine must not fail them.
BUDGET_S = 8.0

PATTERNS = {
    "titles": ("Mr. ", "en"),
    "initials": ("U.S. ", "en"),
    "spanish initials": ("EE.UU. ", "es"),
    "digits": ("1 ", "en"),
    "number words": ("seven hundred ", "en"),
    "spanish number words": ("tres mil ", "es"),
    "month names": ("May ", "en"),
    "dates": ("on March 3, 2025 ", "en"),
    "relative dates": ("hace tres días ", "es"),
    "no punctuation": ("police arrested men in town ", "en"),
    "one letter lines": ("a\n", "es"),
    "dots": (". ", "en"),
    "emoji": ("🔥👮\u200d♂️ ", "en"),
    "right to left": ("שלום عربي \u202e ", "es"),
    "quotes": ('"', "en"),
}


def _text(pattern: str) -> str:
    return (pattern * (MAX_REPORT_CHARS // len(pattern) + 1))[:MAX_REPORT_CHARS]


@pytest.mark.parametrize("name", list(PATTERNS))
def test_annotating_a_hostile_report_is_fast(name: str) -> None:
    pattern, language = PATTERNS[name]
    report = make_report(_text(pattern), source=name, published=PUBLISHED)
    started = time.thread_time()
    annotated = annotate(report, language)
    assert time.thread_time() - started < BUDGET_S
    assert all(0 <= s.start < s.end <= len(report.text) for s in annotated.sentences)


def test_sentence_splitting_is_linear_in_the_line() -> None:
    # "Mr." never ends a sentence, so this is one line of 25,000 candidate boundaries.
    text = _text("Mr. ")
    started = time.thread_time()
    spans = split_sentences(text, "en")
    assert time.thread_time() - started < 2.0
    assert spans == [(0, len(text.rstrip()))]


def test_a_run_of_numbers_is_split_not_searched_cubically() -> None:
    started = time.thread_time()
    found = parse_numbers("1 " * 20_000, "en")
    assert time.thread_time() - started < 2.0
    assert len(found) == 20_000 and all(m.value == 1 for m in found)


def test_huge_digit_strings_give_no_infinite_count() -> None:
    assert parse_numbers("They seized " + "9" * 400 + " rifles.", "en") == []
    assert parse_numbers("Incautaron " + "9" * 400 + " fusiles.", "es") == []
    assert [m.value for m in parse_numbers("They seized 1e309 rifles and 12 pistols.", "en")] == [
        12
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It happened yesterday.", dt.date.min),
        ("They will meet next Monday.", dt.date.max),
        ("Two years ago the road was closed.", dt.date(1, 3, 1)),
        ("Hace tres años cerraron el paso.", dt.date(1, 1, 5)),
        ("It happened on 0000-01-01 and on 31/12/9999.", PUBLISHED),
    ],
)
def test_dates_at_the_ends_of_the_calendar_give_nothing_instead_of_raising(
    text: str, published: dt.date
) -> None:
    for language in ("en", "es"):
        for d in parse_dates(text, language, published):
            assert dt.date.min <= d.date <= dt.date.max


def test_a_text_full_of_dates_is_annotated_in_linear_time() -> None:
    # 8,000 dates: every date checked against every date taken before it was quadratic,
    # and so was every number checked against every date.
    # annotate is a library function: no MAX_REPORT_CHARS cut here.
    report = Report(text="on March 3, 2025, 12 men " * 8_000, content_hash="", published=PUBLISHED)
    started = time.thread_time()
    annotated = annotate(report, "en")
    assert time.thread_time() - started < 3.0
    assert sum(len(s.dates) for s in annotated.sentences) == 8_000
    assert sum(len(s.numbers) for s in annotated.sentences) == 8_000
