"""`hito purge`: remove reports and everything derived from them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option


@main.command()
@click.option(
    "--report",
    "reports",
    multiple=True,
    required=True,
    metavar="ID",
    help="Content hash of a report, or a unique prefix of at least 6 characters (repeat for "
    "several).",
)
@click.option("--dry-run", is_flag=True, help="Only show what would be removed.")
@click.option("--json", "as_json", is_flag=True, help="Print what was removed as JSON.")
@db_option
def purge(reports: tuple[str, ...], dry_run: bool, as_json: bool, db_path: Path) -> None:
    """Remove reports with their sentences and records, in one transaction.

    An event that only these reports told is deleted and listed by `hito deleted` (reason
    "purged"); an event other reports also tell is recomputed from what they say. Purging a
    report again changes nothing.
    """
    from hito.store import Store
    from hito.store.purge import PurgeError, purge_reports

    with Store(db_path) as store:
        try:
            result = purge_reports(store, reports, dry_run=dry_run)
        except PurgeError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    verb = "would remove" if dry_run else "removed"
    for r in result.reports:
        title = f"  {r.title}" if r.title else ""
        click.echo(
            f"{verb} report {r.content_hash[:12]}: {r.sentences} sentences, "
            f"{r.mentions} records{title}"
        )
    for event_id in result.deleted_events:
        click.echo(f"{verb} event {event_id}")
    for event_id in result.recomputed_events:
        click.echo(f"{'would recompute' if dry_run else 'recomputed'} event {event_id}")
    for content_hash in result.already_purged:
        click.echo(f"report {content_hash[:12]} was purged before: nothing to do")
