"""`hito watch`: the live monitor."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from hito.cli.app import main
from hito.cli.options import err

if TYPE_CHECKING:
    from hito.store import Store
    from hito.watch import WatchConfig


def _log_to_stderr(quiet: bool) -> None:
    """One line per poll on standard error (the handler of an earlier call is replaced)."""
    logger = logging.getLogger("hito.watch")
    for old in [h for h in logger.handlers if getattr(h, "_hito_watch", False)]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%S%z")
    )
    handler._hito_watch = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    logger.propagate = False


def _print_status(store: Store, config: WatchConfig) -> None:
    from hito.store import watch_state as state

    now = time.time()
    for spec in config.sources:
        cursor = state.source_cursor(store, spec.name, spec.location)
        if cursor.last_poll is None:
            click.echo(f"{spec.name}: never polled ({spec.kind} {spec.location})")
            continue
        due = (
            "now" if (cursor.next_poll or 0) <= now else f"in {(cursor.next_poll or 0) - now:.0f}s"
        )
        click.echo(
            f"{spec.name}: last poll {cursor.last_poll} {cursor.last_status},"
            f" {cursor.errors} errors in a row, next poll {due}"
        )
    alerts = state.list_alerts(store, limit=5)
    click.echo(f"latest alerts: {', '.join(a.alert_id for a in alerts) or 'none'}")


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="The watch config (TOML): sources, watches, delivery.",
)
@click.option("--once", is_flag=True, help="Poll the sources that are due once, alert, exit.")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="HITO_DB",
    default=None,
    help="SQLite database file (default: the config's settings.db, else ./hito.db).",
)
@click.option("--quiet", is_flag=True, help="Log errors only, not one line per poll.")
@click.option(
    "--status", is_flag=True, help="Print where each source stands (last poll, errors), exit."
)
def watch(config_path: Path, once: bool, db_path: Path | None, quiet: bool, status: bool) -> None:
    """Poll feeds, JSON endpoints and folders on their own schedules, store new reports, and
    alert on the watched areas (terminal, log file, webhooks, /alerts.atom).

    The cursor of every source is in the database: stop and start it at will.
    """
    from hito.store import Store
    from hito.watch import ConfigError, Watcher, load_config

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    if not config.sources and not config.watches:
        raise click.ClickException(f"{config_path}: no [[source]] and no [[watch]]")
    path = db_path or config.settings.db or Path("hito.db")
    _log_to_stderr(quiet)
    with Store(path) as store:
        if status:
            _print_status(store, config)
            return
        watcher = Watcher(store, config)
        if once:
            result = watcher.tick()
            err.print(
                f"{len(result.polls)} polls, {result.new_reports} new reports,"
                f" {len(result.alerts)} alerts, {result.delivery.sent} deliveries"
                f" ({result.delivery.retry} to retry, {result.delivery.failed} failed)",
                highlight=False,
            )
            return
        stop = threading.Event()

        def _stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, _stop)
        err.print(
            f"watching {len(config.sources)} sources for {len(config.watches)} watches"
            f" (database {path}); Ctrl-C stops",
            highlight=False,
        )
        with contextlib.suppress(KeyboardInterrupt):
            watcher.run(stop)
