"""JSON Lines export: one event-schema.md record per line, plus event_id and sources."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from hito.export.sources import export_dict
from hito.models import StoredEvent


def write_jsonl(events: Iterable[StoredEvent], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(export_dict(event), ensure_ascii=False) + "\n")
        count += 1
    return count
