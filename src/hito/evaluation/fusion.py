"""`hito eval fusion`: one incident, one event (the scorer lives in hito.fuse.evaluate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    """Pairwise and B-cubed scores of fusion on the gold records and through the pipeline;
    see docs/fusion.md."""
    from hito.fuse.evaluate import evaluate_fusion

    result = evaluate_fusion(path, errors=errors)
    scores = {k: v for k, v in result.items() if k not in ("dataset", "reports")}
    return int(result["reports"]), scores
