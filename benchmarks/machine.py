"""The machine a benchmark ran on, as every result file records it."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import Any


def describe() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    described: dict[str, Any] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(ram / 2**30, 1),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }
    if hasattr(os, "getloadavg"):
        # Other work on the machine inflates every timing: say how busy it was.
        described["load_average_1_5_15"] = [round(x, 2) for x in os.getloadavg()]
    return described
