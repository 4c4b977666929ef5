"""`hito bulk`: many reports in parallel shards to Parquet, then into the database."""

from __future__ import annotations

import os
from pathlib import Path

import click

from hito.cli.app import main
from hito.cli.options import db_option, err, progress_bar


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="Process pool on this machine, or Spark.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the shard Parquet files (kept; a re-run skips shards already there).",
)
@click.option(
    "--workers",
    type=int,
    default=None,
    help="Worker processes for --engine local (default: the number of cores).",
)
@click.option(
    "--master", default="local[*]", show_default=True, help="Spark master URL (--engine spark)."
)
@click.option(
    "--chunk-lines",
    type=int,
    default=200,
    show_default=True,
    help="JSON lines per shard.",
)
@click.option(
    "--language", type=click.Choice(["en", "es"]), default=None, help="Skip language detection."
)
@click.option("--no-load", is_flag=True, help="Only write the Parquet files.")
@db_option
def bulk(
    inputs: tuple[str, ...],
    engine: str,
    out_dir: Path,
    workers: int | None,
    master: str,
    chunk_lines: int,
    language: str | None,
    no_load: bool,
    db_path: Path,
) -> None:
    """Process folders, files and archives (.zip, .tar.gz; JSON lines, HTML, text, WARC) in
    parallel shards, then load them into the database with fusion.

    Each shard (a file, an archive member, or --chunk-lines lines of a JSON lines file) is
    read, annotated and extracted by one task into OUT/shard-<id>.parquet, written under a
    temporary name and renamed. A re-run skips the shards already written and the reports
    already stored. What cannot be read or processed is recorded with its reason.
    """
    from hito.engines.loader import load, shard_files
    from hito.engines.shards import ShardResult, plan_shards

    shards = plan_shards(inputs, chunk_lines=max(1, chunk_lines))
    err.print(f"{len(shards)} shards", highlight=False)
    if engine == "spark":
        from hito.engines.spark import run_spark, spark_available

        reason = spark_available()
        if reason:
            raise click.ClickException(reason)
        with err.status(f"spark ({master}): {len(shards)} shards"):
            results = run_spark(shards, out_dir, master=master, language=language)
    else:
        from hito.engines.local import run_local

        with progress_bar("shards") as progress:
            task = progress.add_task("", total=len(shards))

            def done(result: ShardResult) -> None:
                progress.update(task, advance=1, description=Path(result.label).name)

            results = run_local(
                shards,
                out_dir,
                workers=workers or os.cpu_count() or 1,
                language=language,
                on_done=done,
            )
    skipped = sum(1 for r in results if r.skipped)
    err.print(
        f"{len(results) - skipped} shards processed, {skipped} already done; "
        f"{sum(r.reports for r in results)} reports, {sum(r.failures for r in results)} failed",
        highlight=False,
    )
    if no_load:
        return
    from hito.store import Store

    files = shard_files(out_dir, shards)
    with Store(db_path) as store, progress_bar("load") as progress:
        task = progress.add_task("", total=len(files))
        summary = load(files, store, on_file=lambda p: progress.update(task, advance=1))
    for f in summary.failures:
        err.print(f"[red]error[/red] {f.source}: {f.reason}", highlight=False)
    err.print(
        f"{summary.new_reports} new reports, {summary.known_reports} already stored, "
        f"{summary.events} events, {len(summary.failures)} failed",
        highlight=False,
    )
    if summary.missing_shards:
        raise click.ClickException(
            f"{len(summary.missing_shards)} shards have no output; run the command again"
        )
