"""The annotation stage: a report in, its sentences with stance, factuality, dates and
numbers out."""

from __future__ import annotations

from bisect import bisect_right
from typing import TypeVar

from hito.models import AnnotatedReport, DateMention, NumberMention, Report, Sentence
from hito.nlp.dates import parse_dates
from hito.nlp.errors import UnsupportedLanguage
from hito.nlp.factuality import classify_factuality, credited_headline, written_no_earlier
from hito.nlp.language import SUPPORTED, detect_language
from hito.nlp.numbers import parse_numbers
from hito.nlp.sentences import split_sentences
from hito.nlp.series_year import series_months
from hito.nlp.stance import classify_stance

M = TypeVar("M", DateMention, NumberMention)


def _language(report: Report, language: str | None) -> str:
    chosen = language or report.language
    if chosen is None:
        chosen = detect_language(report.text)
        if chosen is None:
            raise UnsupportedLanguage("language not recognised as English or Spanish")
    chosen = chosen.lower().split("-")[0]
    if chosen not in SUPPORTED:
        raise UnsupportedLanguage(f"language {chosen!r} is not supported (only en, es)")
    return chosen


def _by_sentence(mentions: list[M], spans: list[tuple[int, int]]) -> list[list[M]]:
    """Hand each mention to the sentence it starts in (mentions never cross a line)."""
    starts = [s for s, _ in spans]
    buckets: list[list[M]] = [[] for _ in spans]
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.end <= spans[i][1]:
            buckets[i].append(mention)
    return buckets


def _inside_a_date(number: NumberMention, dates: list[DateMention]) -> bool:
    """Whether the number lies within a date; `dates` are disjoint and sorted by start,
    so only the last one starting at or before the number can hold it."""
    i = bisect_right(dates, number.start, key=lambda d: d.start) - 1
    return i >= 0 and number.end <= dates[i].end


def _alone_on_first_line(text: str, index: int, end: int) -> bool:
    """Is the sentence the report's first line, standing on its own (a headline)?"""
    if index != 0:
        return False
    after = text[end : end + 200].lstrip(" \t")
    return not after or after.startswith("\n")


def annotate(report: Report, language: str | None = None) -> AnnotatedReport:
    """Split the report into sentences and annotate each one.

    Language: the argument, else report.language, else detected; anything but English or
    Spanish raises UnsupportedLanguage. Mention offsets are offsets into report.text, like
    the sentences' own; numbers inside a date ("July 31, 2025") are left out.
    """
    lang = _language(report, language)
    text = report.text
    spans = split_sentences(text, lang)
    # One pass over the whole text per parser is cheaper than one per sentence.
    dates = parse_dates(text, lang, report.published)
    numbers = [n for n in parse_numbers(text, lang) if not _inside_a_date(n, dates)]
    written = report.published or written_no_earlier(text, dates)
    dates_by = _by_sentence(dates, spans)
    if report.published is None:
        dates_by = series_months(text, spans, dates_by, lang)
    numbers_by = _by_sentence(numbers, spans)
    sentences = []
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        factuality = classify_factuality(
            sentence, lang, written, dated=report.published is not None
        )
        if (
            factuality == "asserted"
            and _alone_on_first_line(text, i, end)
            and credited_headline(sentence)
        ):
            # "Police: ...", "...: Sedena": the report relays the source's account.
            factuality = "reported"
        sentences.append(
            Sentence(
                index=i,
                text=sentence,
                start=start,
                end=end,
                stance=classify_stance(sentence, lang),
                factuality=factuality,
                dates=dates_by[i],
                numbers=numbers_by[i],
            )
        )
    return AnnotatedReport(report=report, language=lang, sentences=sentences)
