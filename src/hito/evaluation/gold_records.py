"""`hito eval records`: the gold-record scorer of records.py behind the common interface."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hito.evaluation.records import evaluate_records


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    from hito.pipeline import process

    n, scores, mistakes = evaluate_records(path, lambda report: process(report)[1])
    if errors is not None:
        errors.extend(mistakes)
    return n, scores
