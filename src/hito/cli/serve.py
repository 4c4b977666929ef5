"""`hito serve`: the dashboard and the API."""

from __future__ import annotations

from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option, err


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--allow-anonymous/--no-anonymous",
    default=None,
    help="Let callers without a token read (never write). Default: only when the host is a "
    "loopback address such as 127.0.0.1, i.e. for use on this machine.",
)
@click.option(
    "--rate", default=20.0, show_default=True, help="Calls per second per client; 0 = no limit."
)
@click.option("--burst", default=120, show_default=True, help="Calls a client may make at once.")
@click.option(
    "--column-index-from",
    default=50_000,
    show_default=True,
    type=click.IntRange(min=-1),
    help="From this many events on, /events and /stats answer from an in-memory column index "
    "of the store (rebuilt in the background after writes; SQL answers meanwhile); -1: never.",
)
@db_option
def serve(
    host: str,
    port: int,
    allow_anonymous: bool | None,
    rate: float,
    burst: int,
    column_index_from: int,
    db_path: Path,
) -> None:
    """Serve the dashboard and the API."""
    from hito.web import is_loopback
    from hito.web import serve as run_server

    anonymous = is_loopback(host) if allow_anonymous is None else allow_anonymous
    err.print(f"hito dashboard on http://{host}:{port}  (database {db_path})", highlight=False)
    err.print(
        "anonymous reading is "
        + ("on" if anonymous else "off: send Authorization: Bearer <token> (hito token create)"),
        highlight=False,
    )
    run_server(
        db_path,
        host=host,
        port=port,
        allow_anonymous=anonymous,
        rate=rate,
        burst=burst,
        column_index_from=None if column_index_from < 0 else column_index_from,
    )
