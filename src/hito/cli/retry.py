"""`hito retry`: read the inputs that failed again, and forget the failures that now succeed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option, err
from hito.cli.reports import item_progress, language_option, time_limit_option
from hito.models import IngestFailure, Report
from hito.store import Store


@dataclass
class RetrySummary:
    """What a retry did: inputs read again, reports now stored, failures forgotten."""

    inputs: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # failed sources whose input is gone
    stored: int = 0
    cleared: list[tuple[str, str]] = field(default_factory=list)
    still_failing: list[IngestFailure] = field(default_factory=list)


def plan_retry(store: Store) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """({input to read again: [(source, reason) it should fix]}, [sources with no input])."""
    from hito.ingest.origins import origin_of

    plan: dict[str, list[tuple[str, str]]] = {}
    missing: list[str] = []
    # Oldest first, so inputs are read again in the order they first failed.
    for entry in sorted(store.failure_log(), key=lambda e: (e.first_seen, e.source)):
        origin = origin_of(entry.source)
        if origin is None:
            if entry.source not in missing:
                missing.append(entry.source)
        else:
            plan.setdefault(origin, []).append((entry.source, entry.reason))
    return plan, missing


def retry_failures(
    store: Store,
    language: str | None = None,
    on_item: Callable[[Report | IngestFailure], None] | None = None,
) -> RetrySummary:
    """Read every failed input that still exists again, through the whole pipeline, and
    delete the logged failures it no longer has.

    A failure (source, reason) is cleared when its input was read again and `source` did not
    fail again: the source is stored now, or its input was read without failing as a whole
    (a line `file:3` that is fixed or gone, a file that now reads). When a source fails again
    for another reason, the old reasons are replaced by the new one. Failures whose input is
    gone are kept and listed as missing.
    """
    from hito.store.failures import clear_failures

    plan, missing = plan_retry(store)
    summary = RetrySummary(inputs=list(plan), missing=missing)
    for origin, logged in plan.items():
        _retry_input(store, origin, logged, summary, language, on_item)
    clear_failures(store, summary.cleared)
    return summary


def _retry_input(
    store: Store,
    origin: str,
    logged: list[tuple[str, str]],
    summary: RetrySummary,
    language: str | None,
    on_item: Callable[[Report | IngestFailure], None] | None,
) -> None:
    """Read one input again and add what became of its logged failures to `summary`."""
    from hito.pipeline import ingest

    stored: set[str] = set()
    yielded = False

    def seen(item: Report | IngestFailure) -> None:
        nonlocal yielded
        yielded = True
        if isinstance(item, Report) and store.has_report(item.content_hash):
            stored.add(item.source or "")
        if on_item is not None:
            on_item(item)

    result = ingest([origin], store, on_item=seen, language=language)
    summary.stored += result.new_reports
    summary.still_failing.extend(result.failures)
    failed: dict[str, set[str]] = {}
    for failure in result.failures:
        failed.setdefault(failure.source, set()).add(failure.reason)
    read_whole = yielded and origin not in failed
    for source, reason in logged:
        # A source that failed again keeps today's reason only; one that did not is fixed
        # when it is stored now or its input read without failing as a whole.
        again = failed.get(source)
        fixed = (reason not in again) if again else (source in stored or read_whole)
        if fixed:
            summary.cleared.append((source, reason))


@main.command()
@language_option
@time_limit_option
@click.option("--dry-run", is_flag=True, help="Only list the inputs that would be read again.")
@db_option
def retry(language: str | None, time_limit: float, dry_run: bool, db_path: Path) -> None:
    """Read failed inputs again; forget the failures that now succeed.

    Inputs that still exist (files, folders, URLs; a failed line or entry re-reads its file)
    go through the whole pipeline again; reports already stored are skipped. A failure is
    cleared when its input no longer fails; a source that fails again keeps only its new
    reason. Failures whose file is gone are kept.
    """
    with Store(db_path) as store:
        if dry_run:
            plan, missing = plan_retry(store)
            for origin, logged in plan.items():
                click.echo(f"{origin}\t{len(logged)} failure(s)")
            for source in missing:
                click.echo(f"{source}\tmissing")
            return
        with item_progress(store, "retry", time_limit) as seen:
            summary = retry_failures(store, language, on_item=seen)
    for source in summary.missing:
        err.print(
            f"[yellow]missing[/yellow] {_escape(source)}: kept in the failure log",
            highlight=False,
            soft_wrap=True,
        )
    err.print(
        f"{len(summary.inputs)} inputs read again, {summary.stored} new reports, "
        f"{len(summary.cleared)} failures cleared, {len(summary.still_failing)} still failing, "
        f"{len(summary.missing)} missing",
        highlight=False,
        soft_wrap=True,
    )


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
