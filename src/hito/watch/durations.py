"""Durations in the watch config: seconds as a number, or "30s", "10m", "2h", "1d"."""

from __future__ import annotations

import re

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


class ConfigError(ValueError):
    """The watch config is invalid; the message names the key."""


def parse_duration(value: object, where: str) -> float:
    """Seconds in `value` (a non-negative number or a string like "10m"); ConfigError if not."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: expected a duration, got {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _UNITS[m.group(2) or "s"]
    else:
        raise ConfigError(f"{where}: expected a duration like 30s, 10m, 2h or 1d, got {value!r}")
    if seconds < 0:
        raise ConfigError(f"{where}: a duration cannot be negative")
    return seconds


def format_duration(seconds: float) -> str:
    """Short form for log lines: 45s, 10m, 2h, 1.5d."""
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("m", 60.0)):
        if seconds >= size:
            value = seconds / size
            return f"{value:.0f}{unit}" if value == int(value) else f"{value:.1f}{unit}"
    return f"{seconds:.0f}s"
