"""The `hito` command line: a thin layer over the Python API."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from hito import __version__
from hito.models import IngestFailure, Report, StoredEvent

err = Console(stderr=True)

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="HITO_DB",
    default="hito.db",
    show_default=True,
    help="SQLite database file (or set HITO_DB).",
)


def output_options(formats: tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options every read command shares: --format and --out."""

    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "--out",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="Write to this file instead of standard output.",
        )(fn)
        fn = click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            default=formats[0],
            show_default=True,
            help="Output format.",
        )(fn)
        return fn

    return decorator


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Event filters shared by the commands that select events."""
    options = [
        click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT."),
        click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. GT."),
        click.option("--admin1", help="State or department, e.g. Huehuetenango."),
        click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="From this date."),
        click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Up to this date."),
        click.option("--cross-border/--no-cross-border", default=None, help="Only (or no) cross-border events."),
        click.option("--factuality", help="asserted, reported, hedged, historical or hypothetical."),
        click.option("--limit", type=int, default=None, help="At most this many events."),
    ]
    for option in reversed(options):
        fn = option(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from hito.store import EventFilter

        def day(value: dt.datetime | None) -> dt.date | None:
            return value.date() if value else None

        event_type = kwargs.pop("event_type")
        kwargs["flt"] = EventFilter(
            event_type=event_type.upper() if event_type else None,
            country=kwargs.pop("country"),
            admin1=kwargs.pop("admin1"),
            date_from=day(kwargs.pop("date_from")),
            date_to=day(kwargs.pop("date_to")),
            cross_border=kwargs.pop("cross_border"),
            factuality=kwargs.pop("factuality"),
            limit=kwargs.pop("limit"),
        )
        return fn(*args, **kwargs)

    return wrapper


@contextmanager
def opened(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
    else:
        with out.open("w", encoding="utf-8", newline="") as fh:
            yield fh


@click.group()
@click.version_option(__version__, prog_name="hito")
def main() -> None:
    """hito: news reports about border security, turned into sourced, mapped event records."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection.")
@db_option
def ingest(paths: tuple[str, ...], language: str | None, db_path: Path) -> None:
    """Read reports (text, HTML, JSON lines, RSS/Atom files or URLs, folders) into the database.

    Reports already stored (same normalised text) are skipped. A file that cannot be read is
    reported on one line and recorded; the rest of the batch goes on.
    """
    from hito.pipeline import ingest as run_ingest
    from hito.store import Store

    with Store(db_path) as store, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("", total=None)

        def seen(item: Report | IngestFailure) -> None:
            if isinstance(item, IngestFailure):
                progress.console.print(f"[red]error[/red] {item.source}: {item.reason}", highlight=False)
            progress.update(task, advance=1, description=Path(str(getattr(item, "source", "") or "")).name)

        summary = run_ingest(paths, store, on_item=seen, language=language)
    err.print(
        f"{summary.new_reports} new reports, {summary.known_reports} already stored, "
        f"{summary.events} events, {len(summary.failures)} failed",
        highlight=False,
    )


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_options(("jsonl", "json"))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Publication date.")
@click.option("--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection.")
def extract(file: Path, fmt: str, out: Path | None, published: dt.datetime | None, language: str | None) -> None:
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


def _events_table(events: list[StoredEvent]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "date", "type", "mode", "place", "country", "actors", "figures", "factuality"):
        table.add_column(column)
    for e in events:
        r = e.record
        figures = ", ".join(
            f"{name} {getattr(r, name)}"
            for name in ("killed", "injured", "arrested", "personnel", "weapons_seized", "displaced")
            if getattr(r, name) is not None
        )
        table.add_row(
            e.event_id, str(r.date or ""), r.event_type, r.mode or "", r.place or "", r.country or "",
            "; ".join(a.name for a in r.actors), figures, r.factuality + (" ⇄" if r.cross_border else ""),
        )
    return table


@main.command()
@filter_options
@output_options(("table", "jsonl", "csv", "geojson"))
@db_option
def events(flt: Any, fmt: str, out: Path | None, db_path: Path) -> None:
    """List stored events, filtered."""
    from hito.export import write_events
    from hito.store import Store

    with Store(db_path) as store:
        found = store.events(flt)
    if fmt == "table":
        console = Console(file=out.open("w") if out else None, width=200 if out else None)
        console.print(_events_table(found))
        err.print(f"{len(found)} events", highlight=False)
        return
    with opened(out) as fh:
        write_events(fmt, found, fh)


@main.command()
@filter_options
@output_options(("jsonl", "csv", "geojson"))
@db_option
def export(flt: Any, fmt: str, out: Path | None, db_path: Path) -> None:
    """Export events: JSONL in hito's schema, CSV in ACLED's columns, or GeoJSON (RFC 7946)."""
    from hito.export import write_events
    from hito.store import Store

    with Store(db_path) as store:
        found = store.events(flt)
    with opened(out) as fh:
        n = write_events(fmt, found, fh)
    if out is not None:
        err.print(f"{n} events written to {out}", highlight=False)


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
                fh.write(json.dumps({"source": f.source, "reason": f.reason}, ensure_ascii=False) + "\n")
            else:
                fh.write(f"{f.source}: {f.reason}\n")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@db_option
def serve(host: str, port: int, db_path: Path) -> None:
    """Serve the dashboard and the API."""
    from hito.web import serve as run_server

    err.print(f"hito dashboard on http://{host}:{port}  (database {db_path})", highlight=False)
    run_server(db_path, host=host, port=port)


@main.command(name="eval")
@click.argument("dataset", type=click.Choice(["records"]))
@click.option("--data", type=click.Path(exists=True, path_type=Path), required=True, help="File or folder.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write here.")
@click.option("--errors", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every missed and spurious record here (JSON lines), for error analysis.")
def evaluate(dataset: str, data: Path, out: Path | None, errors: Path | None) -> None:
    """Score hito on labelled data and print one JSON object: {dataset, n, scores}."""
    from hito.evaluation.records import evaluate_records
    from hito.pipeline import process

    n, scores, mistakes = evaluate_records(data, lambda report: process(report)[1])
    result = {"dataset": dataset, "n": n, "scores": scores}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    click.echo(text)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for m in mistakes:
                fh.write(json.dumps(m, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
