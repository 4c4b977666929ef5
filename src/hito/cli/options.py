"""Options shared by the commands: the database, output and event filters."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

err = Console(stderr=True)


def progress_bar(label: str) -> Progress:
    """A count of items done on stderr, shown only on a terminal and cleared when done."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


class DbLocation(click.ParamType):
    """A SQLite file (a Path) or a PostgreSQL URL (kept as text: a Path would fold its
    `//`); `hito.store.Store` opens either."""

    name = "path|url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from hito.store.dialect import is_postgres_url

        if isinstance(value, Path) or not is_postgres_url(str(value)):
            return click.Path(dir_okay=False, path_type=Path).convert(value, param, ctx)
        return str(value)


db_option = click.option(
    "--db",
    "db_path",
    type=DbLocation(),
    envvar="HITO_DB",
    default="hito.db",
    show_default=True,
    help="SQLite database file or postgresql://user@host/dbname URL (or set HITO_DB).",
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
        click.option(
            "--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="From this date."
        ),
        click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Up to this date."),
        click.option(
            "--cross-border/--no-cross-border",
            default=None,
            help="Only (or no) cross-border events.",
        ),
        click.option(
            "--factuality", help="asserted, reported, hedged, historical or hypothetical."
        ),
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
