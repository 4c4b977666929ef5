"""Gazetteer benchmark: load time, memory and the cost of one name look-up.

    .venv/bin/python benchmarks/bench_gazetteer.py [--calls 200000] [--out FILE]

Issue 4 asks for a name look-up under 50 microseconds and a gazetteer that costs no more
than 300 MB of memory. This measures, in a fresh process:
- `rss_before_mb` / `rss_after_mb` / `rss_delta_mb`: resident memory (VmRSS) after importing
  hito.geo and after the first `load()` (the gazetteer is read once per process), and the
  peak (VmHWM);
- `load_seconds`: that first load;
- `lookup_us`: mean microseconds per `hito.geo.lookup(name)` over a mix of names as written in
  reports (accents, capitals, alternate names, misses), and the 99th percentile over batches;
- `find_toponyms_us`: mean microseconds per call on a short Spanish sentence, for scale.
Prints JSON; `--out` writes it too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import time
from pathlib import Path
from typing import Any

# Names as reports write them: exact, accent-free, capitals, alternate names, abbreviations,
# multiword, and misses (a look-up that finds nothing costs as much to answer).
NAMES = [
    "Tapachula",
    "TAPACHULA",
    "La Mesilla",
    "Ciudad Hidalgo",
    "Huehuetenango",
    "Frontera Comalapa",
    "Ciudad Juarez",
    "Ciudad Juárez",
    "Nuevo León",
    "nuevo leon",
    "Guatemala",
    "Estados Unidos",
    "United States",
    "Mexico City",
    "CDMX",
    "San Cristóbal de las Casas",
    "Tecún Umán",
    "Paris",
    "Springfield",
    "Washington",
    "Dublin",
    "Kumamoto",
    "Nowhere Village",
    "Xyzzy",
    "colonia Roma",
    "El Paso",
]


def _rss_mb(field: str = "VmRSS") -> float:
    """Resident memory of this process from /proc (Linux); 0.0 where there is none."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(calls: int) -> dict[str, Any]:
    from hito.geo import find_toponyms, lookup
    from hito.geo.gazetteer import load

    before = _rss_mb()  # the code is imported; the data is not read yet
    start = time.perf_counter()
    gaz = load()
    load_seconds = time.perf_counter() - start
    after = _rss_mb()

    for name in NAMES:  # warm the normalisation cache as a running process would have it
        lookup(name)
    batch = len(NAMES) * 100
    per_batch: list[float] = []
    done = 0
    while done < calls:
        t0 = time.perf_counter()
        for _ in range(100):
            for name in NAMES:
                lookup(name)
        per_batch.append((time.perf_counter() - t0) / batch * 1e6)
        done += batch
    sentence = "Hallan a un hombre sin vida en Frontera Comalapa, Chiapas, cerca de la frontera."
    t0 = time.perf_counter()
    for _ in range(1000):
        find_toponyms(sentence, "es")
    find_us = (time.perf_counter() - t0) / 1000 * 1e6
    return {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "places": sum(1 for _ in {id(p) for v in gaz.index.values() for p in _places(v)}),
        "keys": len(gaz.index),
        "load_seconds": round(load_seconds, 2),
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "rss_delta_mb": round(after - before, 1),
        "rss_peak_mb": round(_rss_mb("VmHWM"), 1),
        "lookup_calls": done,
        "lookup_us": round(statistics.fmean(per_batch), 2),
        "lookup_us_p99_batch": round(sorted(per_batch)[int(0.99 * (len(per_batch) - 1))], 2),
        "find_toponyms_us": round(find_us, 1),
        "goals": {"lookup_us": 50, "rss_delta_mb": 300},
    }


def _places(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=200_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    result = run(args.calls)
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
