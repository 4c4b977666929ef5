import io
import json

import pytest

from hito.export import EXPORT_FORMATS, write_events
from hito.models import EventRecord, StoredEvent

EVENTS = [StoredEvent(event_id="x-1", record=EventRecord(event_type="PROTEST", mode="demo"))]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_format_writes(fmt: str) -> None:
    out = io.StringIO()
    assert write_events(fmt, EVENTS, out) == 1
    assert out.getvalue()


def test_formats_listed() -> None:
    assert EXPORT_FORMATS == ("jsonl", "csv", "geojson")
    out = io.StringIO()
    write_events("GeoJSON", EVENTS, out)
    assert json.loads(out.getvalue())["features"][0]["id"] == "x-1"


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        write_events("xlsx", EVENTS, io.StringIO())
