"""/events in hito's JSON envelope or as a file in one of the export formats."""

from __future__ import annotations

import io
from collections.abc import Sequence

from fastapi import Response

from hito.export import MEDIA_TYPES, write_events
from hito.models import StoredEvent

FORMATS: tuple[str, ...] = ("json", "csv", "geojson", "jsonl")
_EXTENSIONS = {"csv": "csv", "geojson": "geojson", "jsonl": "jsonl"}


def export_response(fmt: str, events: Sequence[StoredEvent], headers: dict[str, str]) -> Response:
    """The page written by hito.export's writer for `fmt` (csv, geojson, jsonl)."""
    buffer = io.StringIO()
    write_events(fmt, events, buffer)
    media = MEDIA_TYPES[fmt] + ("; charset=utf-8" if fmt == "csv" else "")
    headers = {
        **headers,
        "Content-Disposition": f'inline; filename="events.{_EXTENSIONS[fmt]}"',
    }
    return Response(buffer.getvalue(), media_type=media, headers=headers)
