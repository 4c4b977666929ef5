"""`hito trends`: weekly counts by type against an area's 4- and 52-week averages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from hito.cli.app import main
from hito.cli.options import db_option, opened, output_options

_WEEK_STARTS = {"mon": 0, "sat": 5, "sun": 6}


def _change(value: float | None, count: int) -> str:
    if value is None:
        return "new" if count else "-"
    return f"{value:+.0f}%"


def _table(trends: object) -> Table:
    from hito.watch.trends import TrendTable

    assert isinstance(trends, TrendTable)
    to_date = " (to date)" if trends.partial else ""
    table = Table(
        title=f"{trends.area}: week of {trends.latest_week.isoformat()}{to_date}",
        caption=(
            f"averages over the {trends.weeks4} and {trends.weeks52} weeks before the latest"
            " (from the start of coverage)"
        ),
    )
    table.add_column("type")
    for week in trends.weeks:
        table.add_column(week.strftime("%m-%d"), justify="right")
    for name in ("4-wk avg", "52-wk avg", "vs 4-wk", "vs 52-wk"):
        table.add_column(name, justify="right")
    for row in trends.rows:
        table.add_row(
            row.event_type,
            *(str(c) for c in row.counts),
            f"{row.avg4:.1f}",
            f"{row.avg52:.1f}",
            _change(row.change4, row.latest),
            _change(row.change52, row.latest),
            style="bold" if row.event_type == "ALL" else None,
        )
    return table


@main.command()
@click.option(
    "--area",
    required=True,
    help="GT, MX/Chiapas, bbox:W,S,E,N, near:PLACE[:KM] (default 20 km), or a watch's name"
    " with --config.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A watch config whose watch names --area may use.",
)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Default: today.")
@click.option("--weeks", type=click.IntRange(1, 104), default=4, show_default=True)
@click.option("--type", "types", multiple=True, help="Only these event types (repeatable).")
@click.option(
    "--week-start",
    type=click.Choice(sorted(_WEEK_STARTS)),
    default="mon",
    show_default=True,
    help="mon: ISO weeks; sat: ACLED's Saturday-Friday weeks.",
)
@output_options(("table", "json"))
@db_option
def trends(
    area: str,
    config_path: Path | None,
    until: dt.datetime | None,
    weeks: int,
    types: tuple[str, ...],
    week_start: str,
    fmt: str,
    out: Path | None,
    db_path: Path,
) -> None:
    """Weekly event counts by type in an area, against its 4-week and 52-week averages."""
    from hito.store import Store
    from hito.watch import ConfigError, load_config, parse_area_spec, weekly_trends

    try:
        named = {}
        if config_path is not None:
            named = {w.name: w.area for w in load_config(config_path).watches}
        chosen = named[area] if area in named else parse_area_spec(area)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    with Store(db_path) as store:
        table = weekly_trends(
            store,
            chosen,
            until=until.date() if until else dt.date.today(),
            weeks=weeks,
            types=types or None,
            first_weekday=_WEEK_STARTS[week_start],
        )
    if fmt == "json":
        with opened(out) as fh:
            fh.write(json.dumps(table.as_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    console = Console(file=out.open("w", encoding="utf-8") if out else None)
    if not console.is_terminal:
        console.width = 200  # a file or a pipe: do not squeeze the columns
    console.print(_table(table))
