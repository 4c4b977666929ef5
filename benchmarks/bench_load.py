"""Load benchmark: 50 concurrent clients against /events and /stats of a real `hito serve`
while `hito ingest` writes into the same SQLite database.

    .venv/bin/python benchmarks/bench_load.py --clients 50 --seconds 60

The database starts with synthetic events (benchmarks/synthetic.py); an inbox of generated
English and Spanish reports (hito.engines.synth) is ingested by a `hito ingest` process
started before the clients, which begin once it has stored its first report, so writes go
on while they read. Each client has its own reader token (the rate limiter keeps one bucket
per token: at the server's default limits no client is held back unless it goes past 20
calls a second) and loops over varied filters: types, countries, departments, dates, boxes,
full text, figures, actors, sorts, page sizes, a next page now and then, and /stats by
period and grouping. Counts every answer by status, the calls that got none, latencies
(p50, p95, p99), and writes benchmarks/results/bench-load-<date>.json with the machine.
`tests/test_load.py` runs the same code for a few seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import describe  # noqa: E402

RESULTS = HERE / "results"
# The hito command line in a fresh interpreter: the `hito` console script's entry point,
# run by this interpreter so that it is the same hito (and PYTHONPATH) as the caller's.
HITO = [sys.executable, "-c", "import sys; from hito.cli import main; sys.exit(main())"]

TYPES = ["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "DISPLACE", "THREATEN"]
ADMIN1 = ["Chiapas", "Huehuetenango", "San Marcos", "Petén", "Tabasco", "Quiché"]
WORDS = ["border", "cartel", "highway", "soldiers", "families", "gunmen", "frontera"]
ACTORS = ["army", "police", "cartel", "residents", "migrants"]
SORTS = ["-date", "date", "-updated_at", "event_type", "-killed", "-arrested"]


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sql_count(db: Path, table: str) -> int:
    try:
        with closing(sqlite3.connect(db, timeout=1)) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0


def prepare(workdir: Path, events: int, reports: int, words: int, clients: int) -> dict[str, Any]:
    """The database (synthetic events, one reader token per client) and the inbox."""
    sys.path.insert(0, str(HERE))
    from synthetic import generate

    from hito.api.tokens import create_token
    from hito.engines.synth import generate_corpus, write_files
    from hito.store import Store

    db = workdir / "load.db"
    generate(db, events)
    with Store(db) as store:
        tokens = [create_token(store, "reader", f"client {i}")[0] for i in range(clients)]
    inbox = workdir / "inbox"
    write_files(generate_corpus(reports, seed=11, words=words), inbox)
    return {"db": db, "inbox": inbox, "tokens": tokens}


@contextmanager
def running(args: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("ab") as out:
        proc = subprocess.Popen([*HITO, *args], stdout=out, stderr=out)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_for(base: str, token: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"hito serve exited with {proc.returncode}")
        try:
            r = httpx.get(f"{base}/health", headers={"Authorization": f"Bearer {token}"})
            if r.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("hito serve did not answer /health")


def random_request(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """A plausible dashboard or analyst call: (path, query parameters)."""
    params: dict[str, Any] = {}
    if rng.random() < 0.5:
        params["type"] = ",".join(rng.sample(TYPES, rng.randint(1, 2)))
    if rng.random() < 0.3:
        params["country"] = rng.choice(["GT", "MX"])
    if rng.random() < 0.25:
        params["admin1"] = rng.choice(ADMIN1)
    if rng.random() < 0.4:
        start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
        params["date_from"] = start.isoformat()
        params["date_to"] = (start + dt.timedelta(days=rng.choice([7, 30, 90, 365]))).isoformat()
    if rng.random() < 0.2:
        lon, lat = rng.uniform(-93, -91), rng.uniform(14.5, 17)
        params["bbox"] = f"{lon:.3f},{lat:.3f},{lon + 0.8:.3f},{lat + 0.6:.3f}"
    if rng.random() < 0.15:
        params["q"] = rng.choice(WORDS)
    if rng.random() < 0.1:
        params["killed_min"] = rng.choice([1, 2, 5])
    if rng.random() < 0.1:
        params["actor"] = rng.choice(ACTORS)
    if rng.random() < 0.6:
        params["sort"] = rng.choice(SORTS)
        params["limit"] = rng.choice([10, 50, 100, 200])
        return "/events", params
    params.pop("sort", None)
    params["interval"] = rng.choice(["day", "week", "month"])
    params["by"] = rng.choice(["event_type", "admin1", "country"])
    return "/stats", params


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    by_path: dict[str, list[float]] = field(default_factory=dict)
    unanswered: Counter[str] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    next_pages: int = 0
    clients_answered: set[int] = field(default_factory=set)


async def client_loop(client: httpx.AsyncClient, seed: int, deadline: float, tally: Tally) -> None:
    """Call until the deadline; every client makes at least one call."""
    rng = random.Random(seed)
    first = True
    while first or time.monotonic() < deadline:
        path, params = random_request(rng)
        calls = [(path, params)]
        while calls and (first or time.monotonic() < deadline):
            first = False
            path, params = calls.pop()
            started = time.perf_counter()
            try:
                r = await client.get(path, params=params)
            except httpx.HTTPError as exc:
                tally.unanswered[type(exc).__name__] += 1
                continue
            took = time.perf_counter() - started
            tally.clients_answered.add(seed)
            tally.statuses[r.status_code] += 1
            tally.by_path.setdefault(path, []).append(took)
            if r.status_code >= 500:
                tally.server_errors.append(f"{r.status_code} {path} {params}: {r.text[:300]}")
            elif r.status_code == 429:
                await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
            elif path == "/events" and r.status_code == 200 and rng.random() < 0.2:
                token_next = r.json().get("next")
                if token_next:
                    tally.next_pages += 1
                    calls.append(("/events", {**params, "cursor": token_next}))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _latency(values: list[float]) -> dict[str, Any]:
    return {
        "requests": len(values),
        "p50_ms": round(percentile(values, 50) * 1000, 1),
        "p95_ms": round(percentile(values, 95) * 1000, 1),
        "p99_ms": round(percentile(values, 99) * 1000, 1),
        "max_ms": round(max(values, default=0.0) * 1000, 1),
    }


def run_load(
    workdir: Path,
    clients: int = 50,
    seconds: float = 60,
    events: int = 5000,
    reports: int = 1500,
    words: int = 400,
    rate: float = 20.0,
    burst: int = 120,
    timeout: float = 60.0,
) -> dict[str, Any]:
    """Serve, ingest and load for `seconds`; the figures as a dict (see the module doc)."""
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    setup = prepare(workdir, events, reports, words, clients)
    db, tokens = setup["db"], setup["tokens"]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve_args = ["serve", "--db", str(db), "--port", str(port), "--no-anonymous"]
    serve_args += ["--rate", str(rate), "--burst", str(burst)]
    ingest_args = ["ingest", "--db", str(db), "--time-limit", "0", str(setup["inbox"])]
    load_before = os.getloadavg()
    reports_before = _sql_count(db, "reports")
    events_before = _sql_count(db, "events")
    with (
        running(serve_args, workdir / "serve.log") as server,
        running(ingest_args, workdir / "ingest.log") as ingest,
    ):
        wait_for(base, tokens[0], server)
        # Start the clients once the ingest writes, so every second of load has writes.
        limit = time.monotonic() + 120
        while _sql_count(db, "reports") == reports_before and time.monotonic() < limit:
            if ingest.poll() is not None:
                break
            time.sleep(0.05)
        prepared = time.monotonic() - t0
        reports_at_start = _sql_count(db, "reports")
        tally = Tally()
        times: dict[str, float] = {}

        async def all_clients() -> None:
            # Open every client before the clock starts: on a busy machine opening 50 takes
            # long enough that the last would otherwise start after the deadline.
            opened = [
                httpx.AsyncClient(
                    base_url=base, headers={"Authorization": f"Bearer {t}"}, timeout=timeout
                )
                for t in tokens[:clients]
            ]
            times["started"] = time.monotonic()
            deadline = times["started"] + seconds
            try:
                await asyncio.gather(
                    *(client_loop(c, 1000 + i, deadline, tally) for i, c in enumerate(opened))
                )
            finally:
                for c in opened:
                    await c.aclose()

        asyncio.run(all_clients())
        elapsed = time.monotonic() - times["started"]
        reports_at_end = _sql_count(db, "reports")
        ingest_running = ingest.poll() is None
        ingest_code = ingest.returncode
        server_alive = server.poll() is None
    every = [t for values in tally.by_path.values() for t in values]
    answered = sum(tally.statuses.values())
    return {
        "date": dt.date.today().isoformat(),
        "machine": describe(),
        "settings": {
            "clients": clients,
            "seconds": seconds,
            "seed_events": events,
            "inbox_reports": reports,
            "report_words": words,
            "rate_per_client": rate,
            "burst": burst,
            "client_timeout_s": timeout,
        },
        "setup_s": round(prepared, 1),
        "elapsed_s": round(elapsed, 1),
        "requests": answered + sum(tally.unanswered.values()),
        "answered": answered,
        "unanswered": dict(tally.unanswered),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
        "server_errors": len(tally.server_errors),
        "server_error_samples": tally.server_errors[:10],
        "rate_limited": tally.statuses.get(429, 0),
        "clients_answered": len(tally.clients_answered),
        "next_pages_followed": tally.next_pages,
        "requests_per_s": round(answered / elapsed, 1) if elapsed else 0.0,
        "latency": _latency(every),
        "latency_by_path": {path: _latency(v) for path, v in sorted(tally.by_path.items())},
        "ingest": {
            "reports_before": reports_before,
            "reports_at_load_start": reports_at_start,
            "reports_at_load_end": reports_at_end,
            "stored_during_load": reports_at_end - reports_at_start,
            "still_running_at_end": ingest_running,
            "exit_code": ingest_code,
            "events_before": events_before,
            "events_after": _sql_count(db, "events"),
            "failures": _sql_count(db, "failures"),
        },
        "server_alive_at_end": server_alive,
        # Other work on the machine (the 1-minute load average) shapes the latencies.
        "load_average_1m": {
            "before": round(load_before[0], 2),
            "after": round(os.getloadavg()[0], 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--events", type=int, default=5000, help="synthetic events to start")
    parser.add_argument("--reports", type=int, default=1500, help="reports in the inbox")
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hito-load-") as tmp:
        result = run_load(
            args.workdir or Path(tmp),
            clients=args.clients,
            seconds=args.seconds,
            events=args.events,
            reports=args.reports,
            words=args.words,
        )
    out = args.out or RESULTS / f"bench-load-{result['date']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: result[k] for k in ("requests", "answered", "server_errors", "requests_per_s")}
    print(json.dumps({**summary, "latency": result["latency"], "ingest": result["ingest"]}))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
