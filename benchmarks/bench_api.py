"""API and dashboard benchmark over a store of generated events (default 100,000).

    .venv/bin/python benchmarks/bench_api.py                   # generate (once) and measure
    .venv/bin/python benchmarks/bench_api.py --events 20000 --samples 100

What it measures, against `hito serve` run in its own process (uvicorn, anonymous reading,
no rate limit) over HTTP with keep-alive:

- /events p50/p95/p99 with filters: `distinct` requests each have their own random filter
  values (type, country, admin1, dates, bbox, actor, sector, figures, full-text, sort, next
  pages), so no answer comes from the cache; `repeated` requests are fixed scenarios asked
  again and again (counts then come from the cache).
- /clusters and /stats (what the dashboard asks for), first time and repeated.
- The dashboard's first render in headless Chromium: from navigation start until the page
  has drawn the map, timeline and table (it marks `hito-ready`), in a fresh browser context
  each time; the first run with the server's cache empty.

Goals: /events p95 under 100 ms, first render under 1.5 s. Results, with a description of
the machine, go to benchmarks/results/ as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from machine import describe  # noqa: E402
from synthetic import ACTORS, PLACES, WORDS, generate  # noqa: E402

GOAL_EVENTS_P95_MS = 100.0
GOAL_FIRST_RENDER_MS = 1500.0
CHROMIUM = "/usr/bin/chromium"


# ---------------------------------------------------------------- machine and data


def machine() -> dict[str, Any]:
    """The common description (benchmarks/machine.py), plus what this benchmark depends on."""
    chromium = None
    if Path(CHROMIUM).exists():
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True)
        chromium = out.stdout.strip() or None
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE
    ).stdout.strip()
    return {
        **describe(),
        "sqlite": sqlite3.sqlite_version,
        "chromium": chromium,
        "hito_commit": commit or None,
        "note": "working tree may hold uncommitted changes on top of the commit",
    }


def ensure_db(path: Path, n: int) -> float | None:
    """Generate the store unless it is there with `n` events; seconds spent generating."""
    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                if conn.execute("SELECT count(*) FROM events").fetchone()[0] == n:
                    return None
            except sqlite3.Error:
                pass
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    print(f"generating {n:,} events into {path} ...", flush=True)
    start = time.perf_counter()
    generate(path, n)
    return time.perf_counter() - start


# ---------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(db: Path) -> Iterator[str]:
    port = free_port()
    code = (
        "from hito.web import serve; "
        f"serve({str(db)!r}, host='127.0.0.1', port={port}, allow_anonymous=True, rate=0)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# ---------------------------------------------------------------- /events


def random_filters(rng: random.Random) -> dict[str, Any]:
    """One analyst's query: two to four filters drawn at random, sometimes a sort."""
    start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    place = rng.choice(PLACES)
    lon, lat = place[4], place[3]
    half = rng.uniform(0.05, 0.6)
    choices: list[dict[str, Any]] = [
        {"type": rng.choice(["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "DISPLACE"])},
        {"country": place[1]},
        {"country": place[1], "admin1": place[2]},
        {"date_from": start.isoformat(),
         "date_to": (start + dt.timedelta(days=rng.randrange(7, 120))).isoformat()},
        {"bbox": f"{lon - half:.3f},{lat - half:.3f},{lon + half:.3f},{lat + half:.3f}"},
        {"actor": rng.choice(ACTORS).name.split()[-1].lower()},
        {"sector": rng.choice(["MIL", "COP", "CRM", "CVL", "REF"])},
        {"killed_min": rng.choice([1, 2, 3, 5, 8])},
        {"arrested_min": rng.choice([2, 4, 10, 25])},
        {"cross_border": rng.choice(["true", "false"])},
        {"factuality": rng.choice(["asserted", "reported", "hedged"])},
        {"q": rng.choice([w for text in WORDS.values() for w in text.split() if len(w) > 4])},
        {"q": f"incident {rng.randrange(100_000)}"},
    ]  # fmt: skip
    params: dict[str, Any] = {}
    for extra in rng.sample(choices, rng.randint(2, 4)):
        params.update(extra)
    if rng.random() < 0.25:
        params["sort"] = rng.choice(["-killed", "date", "-arrested", "admin1", "-updated_at"])
    params["limit"] = rng.choice([50, 100, 100, 200])
    return params


FIXED = [
    {},
    {"type": "ASSAULT"},
    {"country": "GT", "admin1": "Huehuetenango"},
    {"date_from": "2024-01-01", "date_to": "2024-03-31"},
    {"bbox": "-92.3,15.4,-91.7,15.9"},
    {"q": "cocaína"},
    {"actor": "cartel", "type": "ASSAULT"},
    {"killed_min": 3, "country": "MX"},
    {"sector": "MIL", "type": "MOBILIZE"},
    {"sort": "-killed"},
    {"type": "COERCE", "country": "MX", "arrested_min": 4, "date_from": "2024-01-01"},
]


def timed_get(client: Any, url: str, params: dict[str, Any] | None = None) -> tuple[float, Any]:
    start = time.perf_counter()
    r = client.get(url, params=params)
    elapsed = (time.perf_counter() - start) * 1000
    if r.status_code != 200:
        raise RuntimeError(f"{r.request.url}: HTTP {r.status_code} {r.text[:200]}")
    return elapsed, r


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)

    return {
        "n": len(ordered),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(ordered[-1], 1),
        "mean_ms": round(statistics.fmean(ordered), 1),
    }


def bench_events(base: str, samples: int, seed: int) -> dict[str, Any]:
    import httpx

    rng = random.Random(seed)
    distinct: list[float] = []
    pages: list[float] = []
    slowest: list[tuple[float, str]] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(samples):
            ms, r = timed_get(client, "/events", random_filters(rng))
            distinct.append(ms)
            slowest.append((ms, str(r.request.url).removeprefix(base)))
            nxt = r.json()["next"]
            if nxt and rng.random() < 0.3:  # follow the Link to the next page
                ms, _ = timed_get(client, r.links["next"]["url"])
                pages.append(ms)
        repeated: list[float] = []
        per_scenario = {}
        for params in FIXED:
            times = [timed_get(client, "/events", params)[0] for _ in range(20)]
            repeated.extend(times[1:])
            per_scenario[json.dumps(params, ensure_ascii=False)] = {
                "first_ms": round(times[0], 1),
                "p50_ms": round(statistics.median(times[1:]), 1),
            }
    slowest.sort(reverse=True)
    return {
        "distinct": summary(distinct),
        "next_pages": summary(pages) if pages else None,
        "all_distinct_and_pages": summary(distinct + pages),
        "repeated": summary(repeated),
        "scenarios": per_scenario,
        "slowest_distinct": [{"ms": round(ms, 1), "url": url} for ms, url in slowest[:5]],
    }


def bench_dashboard_calls(base: str) -> dict[str, Any]:
    import httpx

    out = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, url, params in [
            ("clusters_zoom7", "/clusters", {"zoom": 7}),
            ("clusters_zoom9_view", "/clusters", {"zoom": 9, "bbox": "-92.6,15.0,-91.2,16.2"}),
            ("clusters_type", "/clusters", {"zoom": 7, "type": "ASSAULT"}),
            ("stats_week", "/stats", {"interval": "week"}),
            ("stats_month_admin1", "/stats", {"interval": "month", "by": "admin1"}),
            ("stats_filtered", "/stats", {"interval": "week", "country": "GT", "q": "fire"}),
        ]:
            times = [timed_get(client, url, params)[0] for _ in range(6)]
            out[name] = {"first_ms": round(times[0], 1), "repeat_p50_ms": round(
                statistics.median(times[1:]), 1)}  # fmt: skip
    return out


# ---------------------------------------------------------------- first render


def first_render(base: str, runs: int) -> dict[str, Any] | None:
    if not Path(CHROMIUM).exists():
        return None
    from playwright.sync_api import sync_playwright

    def once(browser: Any, path: str) -> dict[str, float]:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(base + path)
        page.wait_for_selector("body[data-ready='true']", timeout=60_000)
        ready = page.evaluate("performance.getEntriesByName('hito-ready')[0].startTime")
        nav = page.evaluate(
            "(() => { const n = performance.getEntriesByType('navigation')[0];"
            " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()"
        )
        markers = page.locator(".hito-cluster, path.hito-marker").count()
        rows = page.locator("#events-table tbody tr").count()
        context.close()
        if not markers or not rows:
            raise RuntimeError("the dashboard rendered no clusters or no rows")
        return {"ready_ms": round(ready, 1), "dom_ms": round(nav["dcl"], 1), "clusters": markers}

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            cold = once(browser, "/")  # the server has answered nothing yet
            warm = [once(browser, "/") for _ in range(runs)]
            filtered_cold = once(browser, "/?type=ASSAULT&country=GT&killed_min=1")
        finally:
            browser.close()
    ready = [w["ready_ms"] for w in warm]
    return {
        "server_cache_cold": cold,
        "server_cache_warm": {
            "runs": warm,
            "median_ready_ms": round(statistics.median(ready), 1),
            "max_ready_ms": max(ready),
        },
        "filtered_url_first_time": filtered_cold,
    }


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="store to use (made if missing)")
    parser.add_argument("--samples", type=int, default=400, help="distinct /events requests")
    parser.add_argument("--renders", type=int, default=5, help="warm first-render runs")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()

    db = args.db or Path(tempfile.gettempdir()) / f"hito-bench-{args.events}.db"
    generated = ensure_db(db, args.events)
    result: dict[str, Any] = {
        "benchmark": "bench_api",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "events": args.events,
        "db_bytes": db.stat().st_size,
        "generate_seconds": round(generated, 1) if generated else None,
        "goals": {"events_p95_ms": GOAL_EVENTS_P95_MS, "first_render_ms": GOAL_FIRST_RENDER_MS},
    }
    with server(db) as base:
        # the first render first, while the server's cache is empty
        result["first_render"] = first_render(base, args.renders)
        result["events_api"] = bench_events(base, args.samples, args.seed)
        result["dashboard_calls"] = bench_dashboard_calls(base)
    fr = result["first_render"]
    result["verdict"] = {
        "events_p95_ms_distinct": result["events_api"]["distinct"]["p95_ms"],
        "events_p95_goal_met": result["events_api"]["distinct"]["p95_ms"] < GOAL_EVENTS_P95_MS,
        "first_render_ms_cold": fr["server_cache_cold"]["ready_ms"] if fr else None,
        "first_render_goal_met": (
            fr["server_cache_cold"]["ready_ms"] < GOAL_FIRST_RENDER_MS if fr else None
        ),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = f"bench_api-{args.events}-{platform.node() or 'host'}.json"
    path = args.out / name
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result["verdict"], indent=1))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
