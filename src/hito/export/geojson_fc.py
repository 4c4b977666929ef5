"""GeoJSON export: an RFC 7946 FeatureCollection, one Point feature per event."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import TextIO

from hito.export.sources import export_dict
from hito.models import EventRecord, StoredEvent

# RFC 7946 section 11.2: six decimals is about 10 cm, finer digits are noise.
COORDINATE_DECIMALS = 6
_COMPACT = (",", ":")


def point(record: EventRecord) -> dict[str, object] | None:
    """Point geometry [lon, lat], or None when the record has no usable coordinates."""
    lat, lon = record.latitude, record.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return {
        "type": "Point",
        "coordinates": [round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)],
    }


def feature(event: StoredEvent) -> dict[str, object]:
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": point(event.record),
        "properties": export_dict(event),
    }


def write_geojson(events: Iterable[StoredEvent], out: TextIO) -> int:
    # Written feature by feature so a large export never sits in memory as one string.
    out.write('{"type":"FeatureCollection","features":[')
    count = 0
    for event in events:
        if count:
            out.write(",")
        out.write(json.dumps(feature(event), ensure_ascii=False, separators=_COMPACT))
        count += 1
    out.write("]}\n")
    return count
