"""The stages in order: one report to records, and paths to a database."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hito.extract import extract_records
from hito.ingest import read_paths
from hito.models import AnnotatedReport, EventRecord, IngestFailure, Report
from hito.nlp import UnsupportedLanguage, annotate
from hito.store import Store


def process(
    report: Report, language: str | None = None
) -> tuple[AnnotatedReport, list[EventRecord]]:
    """Annotate one report and extract its records; touches no database."""
    annotated = annotate(report, language)
    return annotated, extract_records(annotated)


@dataclass
class IngestSummary:
    new_reports: int = 0
    known_reports: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    on_item: Callable[[Report | IngestFailure], None] | None = None,
    language: str | None = None,
) -> IngestSummary:
    """Read, process and store every report under `paths`. A bad item is recorded as a
    failure with its reason and the batch goes on; each report is stored whole or not at all."""
    summary = IngestSummary()
    for item in read_paths(paths):
        if isinstance(item, Report):
            if store.has_report(item.content_hash):
                summary.known_reports += 1
            else:
                try:
                    annotated, records = process(item, language)
                except UnsupportedLanguage as exc:
                    _fail(store, summary, item, exc.reason)
                except Exception as exc:  # one report's bug must not stop the batch
                    _fail(store, summary, item, f"processing failed: {type(exc).__name__}: {exc}")
                else:
                    # Fusion runs in the same transaction: records of an incident already
                    # stored join its event (docs/fusion.md).
                    summary.events += len(store.save_report(annotated, records, fuse=True))
                    summary.new_reports += 1
        else:
            store.record_failure(item)
            summary.failures.append(item)
        if on_item is not None:
            on_item(item)
    return summary


def _fail(store: Store, summary: IngestSummary, report: Report, reason: str) -> None:
    failure = IngestFailure(report.source or report.content_hash[:12], reason)
    store.record_failure(failure)
    summary.failures.append(failure)
