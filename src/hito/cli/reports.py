"""Commands that read reports: ingest, extract, failed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.markup import escape

from hito.cli.app import main
from hito.cli.options import db_option, err, opened, output_options, progress_bar
from hito.ingest.limits import DEFAULT_TIME_LIMIT_S, is_cut_notice, one_line
from hito.models import IngestFailure, Report

if TYPE_CHECKING:
    from hito.store import Store

language_option = click.option(
    "--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection."
)
time_limit_option = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT_S,
    show_default=True,
    metavar="SECONDS",
    help="Give up on an input that takes longer than this to read and process, record it "
    "as failed and go on (0: no limit).",
)


def failure_line(source: str, reason: str) -> str:
    """The one line a failure is shown as (rich markup; names and reasons are escaped)."""
    label = "[yellow]partly read[/yellow]" if is_cut_notice(reason) else "[red]error[/red]"
    return f"{label} {escape(source)}: {escape(reason)}"


@contextmanager
def item_progress(
    store: Store, verb: str, time_limit: float
) -> Iterator[Callable[[Report | IngestFailure], None]]:
    """A progress line on a terminal, one line per failure, and the per-item time limit;
    yields the `on_item` callback to give the pipeline."""
    from hito import pipeline
    from hito.ingest import sources
    from hito.ingest.limits import time_limit as limit_time
    from hito.store.failures import latest_reason

    with (
        progress_bar(verb) as progress,
        limit_time(time_limit, [pipeline.process, sources._guarded]) as next_item,
    ):
        task = progress.add_task("", total=None)

        def seen(item: Report | IngestFailure) -> None:
            if isinstance(item, IngestFailure):
                progress.console.print(
                    failure_line(item.source, item.reason), highlight=False, soft_wrap=True
                )
            elif item.source and not store.has_report(item.content_hash):
                # Read, but annotation or extraction failed: the pipeline logged why.
                reason = latest_reason(store, item.source) or "could not be processed"
                progress.console.print(
                    failure_line(item.source, reason), highlight=False, soft_wrap=True
                )
            progress.update(task, advance=1, description=escape(_short(item)))
            next_item()

        yield seen


def _short(item: Any) -> str:
    return Path(str(getattr(item, "source", "") or "")).name


@main.command()
@click.argument("paths", nargs=-1, required=True)
@language_option
@time_limit_option
@db_option
def ingest(paths: tuple[str, ...], language: str | None, time_limit: float, db_path: Path) -> None:
    """Read reports (text, HTML, JSON lines, RSS/Atom files or URLs, folders) into the database.

    Reports already stored (same normalised text) are skipped. An input that cannot be read
    or processed is reported on one line and recorded (see `hito failed`, `hito retry`); the
    rest of the batch goes on. A report's text is processed up to 100,000 characters.
    """
    from hito.pipeline import ingest as run_ingest
    from hito.store import Store

    with Store(db_path) as store, item_progress(store, "ingest", time_limit) as seen:
        summary = run_ingest(paths, store, on_item=seen, language=language)
    err.print(
        f"{summary.new_reports} new reports, {summary.known_reports} already stored, "
        f"{summary.events} events, {len(summary.failures)} failed",
        highlight=False,
        soft_wrap=True,
    )


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_options(("jsonl", "json"))
@click.option(
    "--published", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Publication date."
)
@language_option
def extract(
    file: Path, fmt: str, out: Path | None, published: dt.datetime | None, language: str | None
) -> None:
    """Print the event records of one report (touches no database)."""
    from hito.ingest import read_paths
    from hito.nlp import UnsupportedLanguage
    from hito.pipeline import process

    records = []
    for item in read_paths([file]):
        if isinstance(item, IngestFailure):
            if not is_cut_notice(item.reason):
                raise click.ClickException(f"{item.source}: {item.reason}")
            err.print(failure_line(item.source, item.reason), highlight=False, soft_wrap=True)
            continue
        if published is not None:
            item.published = published.date()
        try:
            _, found = process(item, language)
        except UnsupportedLanguage as exc:
            raise click.ClickException(f"{item.source}: {exc.reason}") from exc
        except Exception as exc:  # one line, as `hito ingest` records it, not a traceback
            raise click.ClickException(
                one_line(f"{item.source}: processing failed: {type(exc).__name__}: {exc}")
            ) from exc
        records.extend(found)
    with opened(out) as fh:
        if fmt == "json":
            json.dump([r.schema_dict() for r in records], fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            for r in records:
                fh.write(json.dumps(r.schema_dict(), ensure_ascii=False) + "\n")


@main.command()
@output_options(("table", "jsonl"))
@db_option
def failed(fmt: str, out: Path | None, db_path: Path) -> None:
    """List the inputs that could not be processed, with the reason.

    Most recent first. JSON lines also give how often and when each failure was seen; `hito
    retry` reads the inputs again.
    """
    from hito.store import Store

    with Store(db_path) as store:
        failures = store.failure_log()
    with opened(out) as fh:
        for f in failures:
            if fmt == "jsonl":
                row = {
                    "source": f.source,
                    "reason": f.reason,
                    "count": f.count,
                    "first_seen": f.first_seen.isoformat(),
                    "last_seen": f.last_seen.isoformat(),
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                fh.write(f"{f.source}: {f.reason}\n")
