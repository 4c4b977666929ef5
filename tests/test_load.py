"""A bounded load test on loopback: 50 clients for a few seconds against /events (varied
filters) and /stats of a real `hito serve`, while `hito ingest` writes into the same SQLite
database. Every call gets an answer and none is a server error. The full 60 s run is
benchmarks/bench_load.py (figures in docs/reliability.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_load", ROOT / "benchmarks" / "bench_load.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_fifty_clients_while_ingesting_get_answers_and_no_server_error(tmp_path: Path) -> None:
    result = _bench().run_load(
        tmp_path, clients=50, seconds=8, events=500, reports=150, words=120, timeout=60
    )
    print({k: result[k] for k in ("requests", "statuses", "latency", "ingest")})
    assert result["server_errors"] == 0, result["server_error_samples"]
    assert result["unanswered"] == {}
    assert result["answered"] == result["requests"] >= 50
    assert result["clients_answered"] == 50
    # 429 (the rate limiter) is an answer too; at these limits it should not happen.
    assert set(result["statuses"]) <= {"200", "429"}
    assert result["statuses"].get("200", 0) >= 0.9 * result["answered"]
    assert result["latency"]["p95_ms"] > 0
    # The ingest really wrote while the clients read, and failed on nothing (no lock errors).
    ingest = result["ingest"]
    assert ingest["stored_during_load"] >= 1
    assert ingest["failures"] == 0
    assert ingest["events_after"] > ingest["events_before"]
    assert result["server_alive_at_end"]
