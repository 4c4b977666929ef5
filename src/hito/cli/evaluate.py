"""`hito eval`: scores against labelled data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from hito.cli.app import main


@main.command(name="eval")
@click.argument("dataset", type=click.Choice(["records"]))
@click.option(
    "--data", type=click.Path(exists=True, path_type=Path), required=True, help="File or folder."
)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write here."
)
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write every missed and spurious record here (JSON lines), for error analysis.",
)
def evaluate(dataset: str, data: Path, out: Path | None, errors: Path | None) -> None:
    """Score hito on labelled data and print one JSON object: {dataset, n, scores}."""
    from hito.evaluation.records import evaluate_records
    from hito.pipeline import process

    n, scores, mistakes = evaluate_records(data, lambda report: process(report)[1])
    result = {"dataset": dataset, "n": n, "scores": scores}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    click.echo(text)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for m in mistakes:
                fh.write(json.dumps(m, ensure_ascii=False, default=str) + "\n")
