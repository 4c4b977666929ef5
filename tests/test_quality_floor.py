"""Extraction quality may not fall more than 2 points below the recorded floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location(
    "quality_floor", ROOT / "benchmarks" / "quality_floor.py"
)
assert spec and spec.loader
quality_floor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality_floor)

FLOOR = json.loads(quality_floor.FLOOR_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("dataset", "path", "keys"),
    quality_floor.SLICES,
    ids=[quality_floor.slice_name(d, p) for d, p, _ in quality_floor.SLICES],
)
def test_score_is_not_below_the_floor(dataset: str, path: Path, keys: tuple[str, ...]) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    recorded = FLOOR["scores"].get(quality_floor.slice_name(dataset, path))
    if recorded is None:
        pytest.skip("no floor recorded for this slice yet")
    scores = quality_floor.score(dataset, path)
    for key in keys:
        now = quality_floor.flatten(scores, key)
        assert now is not None, f"{key} missing from {dataset} scores"
        floor = recorded[key]
        assert now >= floor - FLOOR["tolerance"], f"{dataset} {key} fell from {floor} to {now}"
