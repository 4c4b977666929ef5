"""CSV export: ACLED's columns in ACLED's order, then hito's own columns."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from hito.export.acled import ACLED_COLUMNS, acled_row
from hito.models import QUANTITY_FIELDS, StoredEvent

HITO_COLUMNS: tuple[str, ...] = (
    "hito_event_type",
    "hito_mode",
    "factuality",
    "cross_border",
    *QUANTITY_FIELDS,
    "drugs_seized",
    "source_url",
    "evidence",
    "content_hash",
)
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + HITO_COLUMNS
JOINER = " | "


def hito_row(event: StoredEvent) -> dict[str, object]:
    record = event.record
    row: dict[str, object] = {
        "hito_event_type": record.event_type,
        "hito_mode": record.mode or "",
        "factuality": record.factuality,
        "cross_border": "true" if record.cross_border else "false",
    }
    for name in QUANTITY_FIELDS:
        value = getattr(record, name)
        row[name] = "" if value is None else value
    row["drugs_seized"] = json.dumps(
        [d.model_dump(mode="json") for d in record.drugs_seized], ensure_ascii=False
    )
    row["source_url"] = JOINER.join(m.url for m in event.mentions if m.url)
    row["evidence"] = JOINER.join(record.evidence)
    row["content_hash"] = JOINER.join(m.content_hash for m in event.mentions)
    return row


def write_csv(events: Iterable[StoredEvent], out: TextIO) -> int:
    # "\n" line ends: callers write to text streams, where "\r\n" would double on Windows.
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow({**acled_row(event), **hito_row(event)})
        count += 1
    return count
