import datetime as dt
import io
import json
import math

from hito.export import write_geojson
from hito.models import EventRecord, Mention, StoredEvent


def _event(event_id: str, lat: float | None, lon: float | None) -> StoredEvent:
    record = EventRecord(
        event_type="ASSAULT",
        place="Tapachula",
        country="MX",
        latitude=lat,
        longitude=lon,
        date=dt.date(2025, 1, 5),
        evidence=["Disparos."],
    )
    return StoredEvent(
        event_id=event_id,
        record=record,
        mentions=[Mention(content_hash="cd" * 32, url="https://e.mx/n")],
    )


def _check_rfc7946(fc: dict[str, object]) -> None:
    assert fc["type"] == "FeatureCollection"
    assert isinstance(fc["features"], list)
    for feature in fc["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is None:
            continue
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(math.isfinite(v) for v in (lon, lat))


def test_feature_collection_structure_and_lon_lat_order() -> None:
    events = [
        _event("a-1", 14.9056, -92.2636),
        _event("a-2", None, None),
        _event("a-3", 91.0, -92.0),  # impossible latitude: not a point
    ]
    out = io.StringIO()
    assert write_geojson(events, out) == 3
    text = out.getvalue()
    assert ": " not in text and ", " not in text.split('"evidence"')[0]  # compact separators
    fc = json.loads(text)
    _check_rfc7946(fc)
    first, second, third = fc["features"]
    assert first["geometry"]["coordinates"] == [-92.2636, 14.9056]
    assert first["id"] == "a-1"
    assert first["properties"]["event_id"] == "a-1"
    assert first["properties"]["place"] == "Tapachula"
    assert first["properties"]["sources"][0]["url"] == "https://e.mx/n"
    assert EventRecord.model_validate(first["properties"]) == events[0].record
    assert second["geometry"] is None
    assert third["geometry"] is None


def test_empty_collection_is_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
