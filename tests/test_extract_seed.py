"""The seed report (../shared/corpus/seed) must give exactly its gold records."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from hito.cli import main

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed"
TEXT = SEED / "la-mesilla-2025-07-31.txt"
GOLD = SEED / "la-mesilla-2025-07-31.gold.json"

pytestmark = pytest.mark.skipif(
    not TEXT.exists(), reason="../shared/corpus/seed is not beside the checkout"
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    result = CliRunner().invoke(
        main, ["extract", str(TEXT), "--format", "jsonl", "--published", "2025-07-31"]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["events"]


def _km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_one_record_per_incident(records: list[dict], gold: list[dict]) -> None:
    assert [r["event_type"] for r in records] == [g["event_type"] for g in gold]


EXACT = (
    "mode",
    "date",
    "date_precision",
    "place",
    "country",
    "admin1",
    "geo_precision",
    "actors",
    "targets",
    "cross_border",
    "killed",
    "injured",
    "arrested",
    "personnel",
    "weapons_seized",
    "drugs_seized",
    "displaced",
    "factuality",
)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_fields_match_gold(records: list[dict], gold: list[dict], index: int) -> None:
    got, want = records[index], gold[index]
    for field in EXACT:
        assert got[field] == want[field], field
    assert set(got["contexts"]) == set(want["contexts"])
    if want["latitude"] is not None:
        assert _km(got, want) <= 5.0
    else:
        assert got["latitude"] is None


@pytest.mark.parametrize("index", [0, 1, 2])
def test_evidence_is_the_gold_sentences(records: list[dict], gold: list[dict], index: int) -> None:
    assert records[index]["evidence"] == gold[index]["evidence"]


def test_opinion_never_becomes_evidence(records: list[dict]) -> None:
    opinions = json.loads(GOLD.read_text(encoding="utf-8"))["not_events"]
    evidence = {s for r in records for s in r["evidence"]}
    assert not evidence & set(opinions)
