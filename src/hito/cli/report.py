"""`hito report`: a situation report (HTML and PDF) for a place and a period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from hito.cli.app import main
from hito.cli.options import db_option, err, filter_options

DEFAULT_INCIDENTS = 500


def event_query(flt: Any) -> Any:
    """The CLI's EventFilter as the query the report reads."""
    from hito.store.queries import EventQuery

    return EventQuery(
        types=(flt.event_type,) if flt.event_type else (),
        countries=(flt.country.upper(),) if flt.country else (),
        admin1=(flt.admin1,) if flt.admin1 else (),
        date_from=flt.date_from,
        date_to=flt.date_to,
        cross_border=flt.cross_border,
        factualities=(flt.factuality,) if flt.factuality else (),
    )


@main.command()
@filter_options
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the report into (made if missing).",
)
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--title", default=None, help="Title instead of 'Situation report'.")
@click.option("--no-pdf", is_flag=True, help="Write the HTML only.")
@db_option
def report(
    flt: Any, out_dir: Path, lang: str, title: str | None, no_pdf: bool, db_path: Path
) -> None:
    """Write a situation report: key figures, a map, trend charts and every incident with its
    sources, as HTML and PDF (printed by headless Chromium). --limit caps the incidents
    listed (default 500); the figures always cover every matching event."""
    from hito.report import PdfError, write_report
    from hito.store import Store

    if isinstance(db_path, Path) and not db_path.exists():
        raise click.ClickException(f"no database at {db_path}")
    with Store(db_path) as store:
        try:
            files = write_report(
                store,
                event_query(flt),
                out_dir,
                lang=lang,
                title=title,
                pdf=not no_pdf,
                max_incidents=flt.limit or DEFAULT_INCIDENTS,
            )
        except PdfError as exc:
            raise click.ClickException(f"{exc} (use --no-pdf for the HTML only)") from exc
    click.echo(files.html)
    if files.pdf:
        click.echo(files.pdf)
    err.print(f"{files.events} events in the report", highlight=False)
