"""The JSON API (hito.api.create_app) through FastAPI's TestClient."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import XSS, WebData
from hito.api import create_app
from hito.models import EventRecord


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        yield c


def _events(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _places(body: dict[str, Any]) -> set[str]:
    return {e["place"] for e in body["events"]}


def _assert_error(r: Any, status: int, code: str) -> None:
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_health(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "events": 3}


def test_list_events_shape(client: TestClient, web_db: WebData) -> None:
    body = _events(client)
    assert body["count"] == 3
    assert len(body["events"]) == 3
    assert {e["event_id"] for e in body["events"]} == set(web_db.ids.values())
    for event in body["events"]:
        # every field of the record schema is there, plus the id and the mentions
        assert set(EventRecord.model_fields) <= set(event)
        assert event["mentions"], event
        for m in event["mentions"]:
            assert set(m) == {"url", "title", "published", "evidence"}
    shootout = next(e for e in body["events"] if e["event_id"] == web_db.ids["shootout"])
    assert shootout["event_type"] == "ASSAULT"
    assert shootout["latitude"] == pytest.approx(15.6167)
    assert shootout["killed"] == 2
    assert shootout["date"] == "2024-06-03"
    assert shootout["mentions"][0]["url"] == "https://example.org/news/la-mesilla"
    assert shootout["mentions"][0]["published"] == "2024-06-04"
    assert any("La Mesilla" in s for s in shootout["mentions"][0]["evidence"])


@pytest.mark.parametrize(
    ("params", "places"),
    [
        ({"type": "ASSAULT"}, {"La Mesilla"}),
        ({"type": "coerce"}, {"Frontera Comalapa"}),
        ({"country": "MX"}, {"Frontera Comalapa", "Ciudad Cuauhtémoc"}),
        ({"country": "gt"}, {"La Mesilla"}),
        ({"admin1": "Chiapas"}, {"Frontera Comalapa", "Ciudad Cuauhtémoc"}),
        ({"date_from": "2024-06-05"}, {"Frontera Comalapa", "Ciudad Cuauhtémoc"}),
        ({"date_to": "2024-06-05"}, {"La Mesilla"}),
        ({"date_from": "2024-06-01", "date_to": "2024-06-30"}, {"La Mesilla", "Frontera Comalapa"}),
        ({"cross_border": "true"}, {"La Mesilla"}),
        ({"cross_border": "false"}, {"Frontera Comalapa", "Ciudad Cuauhtémoc"}),
        ({"factuality": "reported"}, {"Frontera Comalapa"}),
        ({"country": "MX", "type": "PROTEST"}, {"Ciudad Cuauhtémoc"}),
        ({"type": "DISPLACE"}, set()),
    ],
)
def test_filters(client: TestClient, params: dict[str, str], places: set[str]) -> None:
    body = _events(client, **params)
    assert _places(body) == places
    assert body["count"] == len(places)


def test_limit_and_offset(client: TestClient) -> None:
    first = _events(client, limit=1)
    assert len(first["events"]) == 1
    assert first["count"] == 3  # count is the total that matches, not the page size
    rest = _events(client, limit=2, offset=1)
    assert len(rest["events"]) == 2
    ids = [first["events"][0]["event_id"]] + [e["event_id"] for e in rest["events"]]
    assert len(set(ids)) == 3
    assert _events(client, limit=1000)["count"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
        {"type": "EXPLODE"},
        {"factuality": "rumoured"},
        {"date_from": "yesterday"},
        {"date_from": "2024-07-01", "date_to": "2024-06-01"},
        {"cross_border": "maybe"},
        {"country": "MEX"},
    ],
)
def test_bad_queries_use_the_error_envelope(client: TestClient, params: dict[str, Any]) -> None:
    _assert_error(client.get("/api/events", params=params), 422, "invalid_request")


def test_get_event(client: TestClient, web_db: WebData) -> None:
    r = client.get(f"/api/events/{web_db.ids['seizure']}")
    assert r.status_code == 200
    event = r.json()
    assert event["event_id"] == web_db.ids["seizure"]
    assert event["place"] == "Frontera Comalapa"
    assert event["weapons_seized"] == 12
    assert event["drugs_seized"] == [{"substance": "cocaine", "amount": 30.0, "unit": "kg"}]
    assert event["mentions"][0]["title"] == "Aseguran armas en Frontera Comalapa"


def test_hostile_text_comes_back_verbatim(client: TestClient, web_db: WebData) -> None:
    event = client.get(f"/api/events/{web_db.ids['xss']}").json()
    assert any(XSS in s for s in event["evidence"])
    assert event["mentions"][0]["url"] == "javascript:alert(3)"  # the dashboard must not link it


def test_unknown_event_is_404_envelope(client: TestClient) -> None:
    _assert_error(client.get("/api/events/no-such-event"), 404, "not_found")


def test_unknown_route_is_404_envelope(client: TestClient) -> None:
    _assert_error(client.get("/api/nothing-here"), 404, "not_found")


def test_dashboard_page_and_static_files(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "/static/js/dashboard.js" in html
    assert "http://" not in html and "https://" not in html  # nothing from outside
    for path in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/vendor/leaflet/LICENSE",
        "/static/js/dashboard.js",
        "/static/css/dashboard.css",
    ):
        assert client.get(path).status_code == 200, path


def test_country_outlines_are_small_geojson(client: TestClient) -> None:
    r = client.get("/static/geo/countries.geojson")
    assert r.status_code == 200
    assert len(r.content) < 2_000_000
    geo = json.loads(r.content)
    assert geo["type"] == "FeatureCollection"
    region = {f["properties"].get("iso_a2") for f in geo["features"] if f["properties"]["region"]}
    assert {"MX", "GT", "BZ", "SV", "HN"} <= region
    assert len(geo["features"]) > 100  # the rest of the world too
