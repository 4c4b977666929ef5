"""Properties of the exports on generated events (hypothesis): JSON Lines reads back into the
same records, the CSV header never changes and every row reads back, GeoJSON points are
[lon, lat] within range."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hito.export import CSV_COLUMNS, write_csv, write_geojson, write_jsonl
from hito.export.sources import event_sources
from hito.ingest import normalise_text
from hito.models import (
    EVENT_TYPES,
    FACTUALITIES,
    Actor,
    DrugSeizure,
    EventRecord,
    Mention,
    StoredEvent,
)

# Text as hito produces it: normalised (no control characters but newline and tab).
TEXT = st.text(max_size=30).map(normalise_text)
OPT_TEXT = st.one_of(st.none(), TEXT)
COUNT = st.one_of(st.none(), st.integers(min_value=0, max_value=10**12))
FINITE = st.floats(allow_nan=False, allow_infinity=False)
LATITUDE = st.one_of(st.none(), st.floats(-90, 90), FINITE)
LONGITUDE = st.one_of(st.none(), st.floats(-180, 180), FINITE)
DAY = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))
SECTORS = ["COP", "MIL", "GOV", "CRM", "UAF", "CVL", "REF", "JRN", "PRM", "REB", "UNK"]
ACTOR = st.builds(
    Actor,
    name=TEXT,
    sector=st.one_of(st.sampled_from(SECTORS), TEXT),
    country=st.one_of(st.none(), st.sampled_from(["MX", "GT", "US", "gt", "XX"])),
)
RECORD = st.builds(
    EventRecord,
    event_type=st.sampled_from(EVENT_TYPES),
    mode=st.one_of(st.none(), st.sampled_from(["firearms", "arrest", "seize", "abduct"]), TEXT),
    contexts=st.lists(TEXT, max_size=3),
    date=st.one_of(st.none(), DAY),
    date_precision=st.sampled_from(["day", "week", "month", "year", "unknown"]),
    place=OPT_TEXT,
    country=st.one_of(st.none(), st.sampled_from(["MX", "GT", "BZ", "US", "XX"]), TEXT),
    admin1=OPT_TEXT,
    latitude=LATITUDE,
    longitude=LONGITUDE,
    geo_precision=st.integers(0, 5),
    actors=st.lists(ACTOR, max_size=3),
    targets=st.lists(ACTOR, max_size=2),
    cross_border=st.booleans(),
    killed=COUNT,
    injured=COUNT,
    arrested=COUNT,
    personnel=COUNT,
    weapons_seized=COUNT,
    drugs_seized=st.lists(
        st.builds(DrugSeizure, substance=TEXT, amount=st.one_of(st.none(), FINITE), unit=OPT_TEXT),
        max_size=2,
    ),
    displaced=COUNT,
    factuality=st.sampled_from(FACTUALITIES),
    evidence=st.lists(TEXT, max_size=3),
)
MENTION = st.builds(
    Mention,
    content_hash=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    url=st.one_of(st.none(), st.just("https://www.prensalibre.com/a?b=1"), TEXT),
    title=OPT_TEXT,
    source=OPT_TEXT,
    published=st.one_of(st.none(), DAY),
    evidence=st.lists(TEXT, max_size=2),
)
EVENTS = st.lists(
    st.builds(
        StoredEvent,
        event_id=st.text(min_size=1, max_size=20).map(normalise_text).filter(bool),
        record=RECORD,
        mentions=st.lists(MENTION, max_size=3),
        updated_at=st.one_of(
            st.none(),
            st.datetimes(min_value=dt.datetime(1971, 1, 2), max_value=dt.datetime(2999, 1, 1)).map(
                lambda d: d.replace(tzinfo=dt.UTC)
            ),
        ),
    ),
    max_size=5,
)


def _strict(text: str) -> Any:
    """json.loads that refuses NaN and Infinity, as RFC 8259 and JavaScript's JSON.parse do."""

    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


@settings(max_examples=150, deadline=None)
@given(EVENTS)
def test_jsonl_reads_back_into_the_same_records(events: list[StoredEvent]) -> None:
    out = io.StringIO()
    assert write_jsonl(events, out) == len(events)
    text = out.getvalue()
    lines = text.split("\n")
    assert lines.pop() == ""  # every record ends with its newline
    assert len(lines) == len(events)
    for line, event in zip(lines, events, strict=True):
        data = _strict(line)
        assert data.pop("event_id") == event.event_id
        assert data.pop("sources") == event_sources(event)
        assert EventRecord.model_validate(data) == event.record


@settings(max_examples=150, deadline=None)
@given(EVENTS)
def test_csv_has_a_stable_header_and_every_row_reads_back(events: list[StoredEvent]) -> None:
    out = io.StringIO()
    assert write_csv(events, out) == len(events)
    text = out.getvalue()
    assert text.split("\n", 1)[0] == ",".join(CSV_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(events)
    for row, event in zip(rows, events, strict=True):
        assert list(row) == list(CSV_COLUMNS) and None not in row.values()
        record = event.record
        assert row["event_id_cnty"] == event.event_id
        assert row["hito_event_type"] == record.event_type
        assert row["evidence"] == " | ".join(record.evidence)
        assert row["notes"] == " ".join(record.evidence)
        for name in ("killed", "arrested", "displaced"):
            value = getattr(record, name)
            assert row[name] == ("" if value is None else str(value))
        for name in ("latitude", "longitude"):
            value = getattr(record, name)
            assert (row[name] == "") if value is None else float(row[name]) == value
        assert json.loads(row["drugs_seized"]) == [
            d.model_dump(mode="json") for d in record.drugs_seized
        ]


@settings(max_examples=150, deadline=None)
@given(EVENTS)
def test_geojson_points_are_lon_lat_within_range(events: list[StoredEvent]) -> None:
    out = io.StringIO()
    assert write_geojson(events, out) == len(events)
    collection = _strict(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(events)
    for feature, event in zip(collection["features"], events, strict=True):
        assert feature["type"] == "Feature" and feature["id"] == event.event_id
        assert feature["properties"]["event_id"] == event.event_id
        lat, lon = event.record.latitude, event.record.longitude
        placeable = lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180
        if not placeable:
            assert feature["geometry"] is None
            continue
        assert lat is not None and lon is not None
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        x, y = geometry["coordinates"]
        assert -180 <= x <= 180 and -90 <= y <= 90
        assert x == round(lon, 6) and y == round(lat, 6)  # [lon, lat], not [lat, lon]
