"""The export formats by name, for the CLI and the web API."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from hito.export.csv_table import write_csv
from hito.export.geojson_fc import write_geojson
from hito.export.jsonl import write_jsonl
from hito.models import StoredEvent

Writer = Callable[[Iterable[StoredEvent], TextIO], int]

WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}
EXPORT_FORMATS: tuple[str, ...] = tuple(WRITERS)
MEDIA_TYPES: dict[str, str] = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv",
    "geojson": "application/geo+json",
}


def write_events(fmt: str, events: Iterable[StoredEvent], out: TextIO) -> int:
    """Write `events` to `out` in format `fmt`; returns how many were written."""
    try:
        writer = WRITERS[fmt.lower()]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}"
        ) from None
    return writer(events, out)
