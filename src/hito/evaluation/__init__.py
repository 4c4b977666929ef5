"""Scoring hito against labelled data (`hito eval NAME --data PATH`).

Each dataset has its own module with `evaluate(path, errors=None) -> (n, scores)`; it reads
every file of its format under `path`, so another split of the same corpus scores with the
same command. `errors`, when given, collects the mistakes for error analysis. docs/quality.md
describes each protocol.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

Errors = list[dict[str, Any]] | None
Scorer = Callable[[Path, Errors], tuple[int, dict[str, Any]]]


def _lazy(module: str) -> Scorer:
    # The scorers load the whole pipeline; importing them only when run keeps `hito --help` fast.
    def run(path: Path, errors: Errors = None) -> tuple[int, dict[str, Any]]:
        scorer: Scorer = importlib.import_module(f"hito.evaluation.{module}").evaluate
        return scorer(path, errors)

    run.__name__ = f"evaluate_{module}"
    return run


DATASETS: dict[str, Scorer] = {
    "records": _lazy("gold_records"),
    "case2021": _lazy("case2021"),
    "muc4": _lazy("muc4"),
    "indiapolice": _lazy("indiapolice"),
    "re3d": _lazy("re3d"),
    "monitor-ppd": _lazy("monitor_ppd"),
    "mx-news": _lazy("mx_news"),
    "fusion": _lazy("fusion"),
    "geo": importlib.import_module("hito.evaluation.geo").evaluate,  # takes gold_spans=True too
}

__all__ = ["DATASETS", "Errors", "Scorer"]
