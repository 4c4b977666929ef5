"""Commands that read reports: ingest, extract, failed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from hito.cli.app import main
from hito.cli.options import db_option, err, opened, output_options
from hito.models import IngestFailure, Report


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection."
)
@db_option
def ingest(paths: tuple[str, ...], language: str | None, db_path: Path) -> None:
    """Read reports (text, HTML, JSON lines, RSS/Atom files or URLs, folders) into the database.

    Reports already stored (same normalised text) are skipped. A file that cannot be read is
    reported on one line and recorded; the rest of the batch goes on.
    """
    from hito.pipeline import ingest as run_ingest
    from hito.store import Store

    with (
        Store(db_path) as store,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("", total=None)

        def seen(item: Report | IngestFailure) -> None:
            if isinstance(item, IngestFailure):
                progress.console.print(
                    f"[red]error[/red] {item.source}: {item.reason}", highlight=False
                )
            progress.update(
                task, advance=1, description=Path(str(getattr(item, "source", "") or "")).name
            )

        summary = run_ingest(paths, store, on_item=seen, language=language)
    err.print(
        f"{summary.new_reports} new reports, {summary.known_reports} already stored, "
        f"{summary.events} events, {len(summary.failures)} failed",
        highlight=False,
    )


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_options(("jsonl", "json"))
@click.option(
    "--published", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Publication date."
)
@click.option(
    "--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection."
)
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
            raise click.ClickException(f"{item.source}: {item.reason}")
        if published is not None:
            item.published = published.date()
        try:
            _, found = process(item, language)
        except UnsupportedLanguage as exc:
            raise click.ClickException(f"{file}: {exc.reason}") from exc
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
    """List the inputs that could not be processed, with the reason."""
    from hito.store import Store

    with Store(db_path) as store:
        failures = store.failures()
    with opened(out) as fh:
        for f in failures:
            if fmt == "jsonl":
                fh.write(
                    json.dumps({"source": f.source, "reason": f.reason}, ensure_ascii=False) + "\n"
                )
            else:
                fh.write(f"{f.source}: {f.reason}\n")
