"""`hito serve`: the dashboard and the API."""

from __future__ import annotations

from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option, err


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@db_option
def serve(host: str, port: int, db_path: Path) -> None:
    """Serve the dashboard and the API."""
    from hito.web import serve as run_server

    err.print(f"hito dashboard on http://{host}:{port}  (database {db_path})", highlight=False)
    run_server(db_path, host=host, port=port)
