"""Fusion commands: fuse, merge, split, keep-apart, deleted, history, figures, eval-fusion."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from hito.cli.app import main
from hito.cli.options import db_option, err, opened, output_options


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


@main.command()
@click.option("--days", type=click.IntRange(min=0), default=None, help="Merge window in days.")
@click.option("--km", type=click.FloatRange(min=0), default=None, help="Merge distance in km.")
@click.option(
    "--threshold", type=click.FloatRange(0, 1), default=None, help="Least similarity to merge."
)
@click.option(
    "--rebuild", is_flag=True, help="Re-fuse every stored record (ids are kept where possible)."
)
@db_option
def fuse(
    days: int | None, km: float | None, threshold: float | None, rebuild: bool, db_path: Path
) -> None:
    """Merge the records of one incident told by several reports into one event.

    `hito ingest` already fuses each new report; this fuses records stored without fusion.
    --days, --km and --threshold change the database's settings for every later ingest
    (xSub's windows are 1 or 2 days by 1 or 5 km; the default is 1 day, 5 km); add --rebuild
    to apply them to the events already stored.
    """
    from hito.fuse import FusionConfig
    from hito.store import Store

    with Store(db_path) as store:
        current = store.fusion_config()
        wanted = FusionConfig(
            days=current.days if days is None else days,
            km=current.km if km is None else km,
            threshold=current.threshold if threshold is None else threshold,
            undated_days=current.undated_days,
        )
        if wanted != current:
            store.set_fusion_config(wanted)
            err.print(f"fusion settings: {wanted.as_dict()}", highlight=False)
        summary = store.refuse() if rebuild else store.fuse_pending()
    err.print(
        f"{summary.records} records fused, {summary.merged} events merged away, "
        f"{summary.events} events updated",
        highlight=False,
    )


@main.command()
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--note", default=None, help="Why (kept in the history).")
@db_option
def merge(event_ids: tuple[str, ...], note: str | None, db_path: Path) -> None:
    """Merge events by hand into the first one given.

    The others become tombstones (listed by `hito deleted`). The decision is kept: re-fusing
    never separates these reports again.
    """
    from hito.store import FusionError, Store

    with Store(db_path) as store:
        try:
            into = store.merge_events(list(event_ids), note)
        except FusionError as exc:
            raise _fail(exc) from exc
    click.echo(into)


@main.command()
@click.argument("event_id")
@click.option(
    "--mention",
    "mentions",
    multiple=True,
    required=True,
    help="Content hash (or its first 6+ characters) of a report to move out; repeatable.",
)
@click.option("--note", default=None, help="Why (kept in the history).")
@db_option
def split(event_id: str, mentions: tuple[str, ...], note: str | None, db_path: Path) -> None:
    """Move the records of some reports out of an event into a new event; prints its id.

    The decision is kept: fusion never puts these reports back together.
    """
    from hito.store import FusionError, Store

    with Store(db_path) as store:
        try:
            new_id = store.split_event(event_id, list(mentions), note)
        except FusionError as exc:
            raise _fail(exc) from exc
    click.echo(new_id)


@main.command(name="keep-apart")
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--note", default=None, help="Why (kept in the history).")
@db_option
def keep_apart(event_ids: tuple[str, ...], note: str | None, db_path: Path) -> None:
    """Record that these events tell different incidents: fusion never merges them."""
    from hito.store import FusionError, Store

    with Store(db_path) as store:
        try:
            store.keep_apart(list(event_ids), note)
        except FusionError as exc:
            raise _fail(exc) from exc


def _row(obj: Any) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, dt.date) else v
        for k, v in dataclasses.asdict(obj).items()
    }


@main.command()
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    default=None,
    help="Only deletions at or after this date (UTC).",
)
@output_options(("table", "jsonl"))
@db_option
def deleted(since: dt.datetime | None, fmt: str, out: Path | None, db_path: Path) -> None:
    """List deleted event ids (merged into another event) and their successors.

    With `hito export` of the events updated since the same date, this keeps a copy of the
    data in sync, as ACLED's deleted-events list does.
    """
    from hito.store import Store

    with Store(db_path) as store:
        gone = store.deleted(since.replace(tzinfo=dt.UTC) if since else None)
    with opened(out) as fh:
        for t in gone:
            if fmt == "jsonl":
                fh.write(json.dumps(_row(t), ensure_ascii=False) + "\n")
            else:
                when = t.deleted_at.isoformat(timespec="seconds")
                fh.write(f"{t.event_id}\t{when}\t{t.successor or '-'}\t{t.reason}\n")


@main.command()
@click.argument("event_id", required=False)
@output_options(("table", "jsonl"))
@db_option
def history(event_id: str | None, fmt: str, out: Path | None, db_path: Path) -> None:
    """Show merges, attachments and splits (of one event when an id is given)."""
    from hito.store import Store

    with Store(db_path) as store:
        entries = store.history(event_id)
    with opened(out) as fh:
        for h in entries:
            if fmt == "jsonl":
                fh.write(json.dumps(_row(h), ensure_ascii=False) + "\n")
                continue
            who = "by hand" if h.manual else "fusion"
            others = ", ".join(h.others) or "-"
            fh.write(
                f"{h.at.isoformat(timespec='seconds')}\t{h.action}\t{h.event_id}\t{others}\t"
                f"{len(h.records)} records\t{who}{'  ' + h.note if h.note else ''}\n"
            )


@main.command()
@click.argument("event_id")
@db_option
def figures(event_id: str, db_path: Path) -> None:
    """Print an event's figures as low, best and high with the number of reports (JSON)."""
    from hito.store import Store

    with Store(db_path) as store:
        live = store.resolve_event_id(event_id)
        if live is None:
            raise click.ClickException(f"no event {event_id}")
        found = store.figures(live)
    click.echo(
        json.dumps(
            {"event_id": live, "figures": {k: f.as_dict() for k, f in found.items()}}, indent=1
        )
    )


@main.command(name="eval-fusion")
@click.option(
    "--data",
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="Fusion corpus: a .jsonl file or a folder of them (gold format plus `incident`).",
)
@click.option("--days", type=click.IntRange(min=0), default=None, help="Merge window in days.")
@click.option("--km", type=click.FloatRange(min=0), default=None, help="Merge distance in km.")
@click.option(
    "--threshold", type=click.FloatRange(0, 1), default=None, help="Least similarity to merge."
)
@click.option("--gold-only", is_flag=True, help="Fuse the gold records only (no extraction).")
@click.option("--shuffle", type=int, default=None, help="Add the reports in a random order.")
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write here."
)
def eval_fusion(
    data: Path,
    days: int | None,
    km: float | None,
    threshold: float | None,
    gold_only: bool,
    shuffle: int | None,
    out: Path | None,
) -> None:
    """Score fusion: pairwise and B-cubed P/R/F1 and merges across countries, on the gold
    records and through the whole pipeline, each into a temporary database (JSON)."""
    from hito.fuse import FusionConfig
    from hito.fuse.evaluate import evaluate_fusion

    base = FusionConfig()
    config = FusionConfig(
        days=base.days if days is None else days,
        km=base.km if km is None else km,
        threshold=base.threshold if threshold is None else threshold,
    )
    result = evaluate_fusion(data, config, pipeline=not gold_only, shuffle=shuffle)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    click.echo(text)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
