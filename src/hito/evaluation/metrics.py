"""Counting helpers shared by the scorers: precision/recall/F1 tallies and span matching.

Every scorer reports plain counts next to its ratios, so a reader can tell a 0.0 that
means "nothing predicted" from one that means "everything predicted was wrong".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hito.ingest import content_hash, normalise_text
from hito.models import AnnotatedReport, EventRecord, Report

Span = tuple[int, int]


def ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


@dataclass
class PRF:
    """True positives, false positives and false negatives of one binary or span decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    def add_counts(self, matched: int, predicted: int, gold: int) -> None:
        self.tp += matched
        self.fp += predicted - matched
        self.fn += gold - matched

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: how names are compared across sources."""
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(s.lower().split())


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans as one: nested gold annotations ("a rifle" and "rifle") are one thing."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def match_overlapping(predicted: Sequence[Span], gold: Sequence[Span]) -> int:
    """How many predictions pair one-to-one with a gold span they overlap (text order, greedy)."""
    used: set[int] = set()
    matched = 0
    for p in sorted(predicted):
        hit = next(
            (i for i, g in enumerate(gold) if i not in used and overlaps(p, g)),
            None,
        )
        if hit is not None:
            used.add(hit)
            matched += 1
    return matched


def match_exact(predicted: Iterable[Span], gold: Iterable[Span]) -> int:
    return len(set(predicted) & set(gold))


def process_text(
    text: str,
    language: str,
    published: dt.date | None = None,
    source: str | None = None,
    region: str | None = None,
) -> tuple[AnnotatedReport, list[EventRecord]]:
    """Run the whole pipeline on one text, as `hito ingest` would, without a database."""
    from hito.pipeline import process  # the pipeline pulls in every stage: load it on use

    text = normalise_text(text)  # as ingest stores it (mojibake repaired, spaces, NFC)
    report = Report(
        text=text,
        content_hash=content_hash(text),
        published=published,
        language=language,
        source=source,
        region=region,
    )
    return process(report, language)
