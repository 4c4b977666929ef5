"""Commands that read stored events: events, export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from hito.cli.app import main
from hito.cli.options import db_option, err, filter_options, opened, output_options
from hito.models import StoredEvent

FIGURE_LABELS = {
    "killed": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "personnel": "personnel",
    "weapons_seized": "weapons",
    "displaced": "displaced",
}


def _events_table(events: list[StoredEvent]) -> Table:
    table = Table(show_lines=False, pad_edge=False)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("place")
    table.add_column("actors")
    table.add_column("figures")
    table.add_column("factuality", no_wrap=True)
    for e in events:
        r = e.record
        figures = ", ".join(
            f"{label} {getattr(r, name)}"
            for name, label in FIGURE_LABELS.items()
            if getattr(r, name) is not None
        )
        place = ", ".join(x for x in (r.place, r.country) if x)
        kind = r.event_type + (f"/{r.mode}" if r.mode else "")
        factuality = r.factuality + (" ⇄" if r.cross_border else "")
        actors = "; ".join(a.name for a in r.actors)
        table.add_row(e.event_id, str(r.date or ""), kind, place, actors, figures, factuality)
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
        # Piped or written to a file, the table keeps its full width instead of 80 columns.
        wide = out is not None or not sys.stdout.isatty()
        console = Console(file=out.open("w") if out else None, width=180 if wide else None)
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
