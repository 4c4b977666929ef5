"""Commands that read stored events: events, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from hito.cli.app import main
from hito.cli.options import db_option, err, filter_options, opened, output_options
from hito.models import StoredEvent


def _events_table(events: list[StoredEvent]) -> Table:
    table = Table(show_lines=False)
    for column in (
        "id",
        "date",
        "type",
        "mode",
        "place",
        "country",
        "actors",
        "figures",
        "factuality",
    ):
        table.add_column(column)
    for e in events:
        r = e.record
        figures = ", ".join(
            f"{name} {getattr(r, name)}"
            for name in (
                "killed",
                "injured",
                "arrested",
                "personnel",
                "weapons_seized",
                "displaced",
            )
            if getattr(r, name) is not None
        )
        table.add_row(
            e.event_id,
            str(r.date or ""),
            r.event_type,
            r.mode or "",
            r.place or "",
            r.country or "",
            "; ".join(a.name for a in r.actors),
            figures,
            r.factuality + (" ⇄" if r.cross_border else ""),
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
