"""`hito eval`: scores against labelled data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from hito.cli.app import main
from hito.evaluation import DATASETS


@main.command(name="eval")
@click.argument("dataset", type=click.Choice(sorted(DATASETS)))
@click.option(
    "--data",
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="File or folder; every file of the dataset's format under it is scored.",
)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write here."
)
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write every mistake here (JSON lines), for error analysis. It quotes the data: "
    "keep it out of the repository.",
)
@click.option(
    "--gold-spans",
    is_flag=True,
    help="geo only: resolve the gold toponyms instead of finding them (resolution-only protocol).",
)
def evaluate(
    dataset: str, data: Path, out: Path | None, errors: Path | None, gold_spans: bool
) -> None:
    """Score hito on labelled data and print one JSON object: {dataset, n, scores}.

    Datasets: records (gold records, ../shared/spec/gold-format.md), case2021, muc4,
    indiapolice, re3d, monitor-ppd, mx-news; docs/quality.md describes each protocol.
    """
    mistakes: list[dict[str, Any]] | None = [] if errors is not None else None
    options = {"gold_spans": True} if gold_spans else {}
    n, scores = DATASETS[dataset](data, mistakes, **options)
    result = {"dataset": dataset, "n": n, "scores": scores}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    click.echo(text)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for m in mistakes or []:
                fh.write(json.dumps(m, ensure_ascii=False, default=str) + "\n")
