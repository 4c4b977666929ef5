"""OGC API – Features (Core, GeoJSON, OAS 3.0): landing page, conformance, the events
collection and its items with bbox, datetime, limit and next links."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import WebData, build_synthetic_db
from hito.api import create_app
from test_api_events import assert_error

CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        yield c


def _rels(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {link["rel"]: link for link in doc["links"]}


@pytest.mark.parametrize(
    ("params", "headers"),
    [({"f": "json"}, {}), ({}, {"Accept": "application/json"})],
)
def test_landing_page(client: TestClient, params: dict[str, str], headers: dict[str, str]) -> None:
    r = client.get("/", params=params, headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    rels = _rels(r.json())
    assert {"self", "service-desc", "conformance", "data"} <= set(rels)
    assert rels["service-desc"]["href"].endswith("/openapi.json")
    assert rels["data"]["href"].endswith("/collections")
    # a browser still gets the dashboard
    html = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,*/*"})
    assert html.headers["content-type"].startswith("text/html")


def test_conformance(client: TestClient) -> None:
    conforms = client.get("/conformance").json()["conformsTo"]
    assert CORE in conforms and GEOJSON in conforms


def test_collections_and_extent(client: TestClient) -> None:
    body = client.get("/collections").json()
    assert "self" in _rels(body)
    (events,) = body["collections"]
    assert events["id"] == "events" and events["itemType"] == "feature"
    assert client.get("/collections/events").json() == events
    bbox = events["extent"]["spatial"]["bbox"][0]
    assert bbox == pytest.approx([-92.1317, 15.6167, -91.9833, 15.6817])
    assert events["extent"]["temporal"]["interval"][0][0].startswith("2024-06-03")
    items = _rels(events)["items"]
    assert items["type"] == "application/geo+json"
    assert items["href"].endswith("/collections/events/items")


def test_items_are_geojson(client: TestClient, web_db: WebData) -> None:
    r = client.get("/collections/events/items")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    assert body["numberMatched"] == body["numberReturned"] == 3
    assert body["timeStamp"].endswith("Z")
    assert {"self", "collection"} <= set(_rels(body))
    ids = {f["id"] for f in body["features"]}
    assert ids == set(web_db.ids.values())
    feature = next(f for f in body["features"] if f["id"] == web_db.ids["shootout"])
    assert feature["geometry"] == {"type": "Point", "coordinates": [-91.9833, 15.6167]}
    assert feature["properties"]["event_type"] == "ASSAULT"


@pytest.mark.parametrize(
    ("params", "n"),
    [
        ({"bbox": "-92.0,15.6,-91.9,15.7"}, 2),
        ({"datetime": "2024-06-03"}, 1),
        ({"datetime": "2024-06-03T12:00:00Z"}, 1),
        ({"datetime": "2024-06-01/2024-06-30"}, 2),
        ({"datetime": "../2024-06-05"}, 1),
        ({"datetime": "2024-06-05/.."}, 2),
        ({"datetime": "2024-06-01T00:00:00Z/2024-06-10T23:00:00Z"}, 2),
        ({"datetime": "2024-06-01/..", "date_to": "2024-06-05"}, 1),
        ({"type": "COERCE"}, 1),
        (
            {"bbox": "-180,-90,180,90", "bbox-crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"},
            3,
        ),
    ],
)
def test_items_filters(client: TestClient, params: dict[str, str], n: int) -> None:
    body = client.get("/collections/events/items", params=params).json()
    assert body["numberMatched"] == body["numberReturned"] == n


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "1,2"},
        {"datetime": "June"},
        {"datetime": "2024-07-01/2024-06-01"},
        {"limit": 0},
        {"limit": 10_001},
        {"bbox-crs": "EPSG:3857"},
        {"colour": "red"},
    ],
)
def test_items_bad_parameters_are_400(client: TestClient, params: dict[str, Any]) -> None:
    assert_error(client.get("/collections/events/items", params=params), 400, "invalid_request")


def test_items_next_links_walk_everything(db_at: Callable[[str], str]) -> None:
    path = db_at("o.db")
    ids = build_synthetic_db(path, 23)
    with TestClient(create_app(path, allow_anonymous=True)) as c:
        seen: list[str] = []
        url: str | None = "/collections/events/items?limit=10"
        while url:
            body = c.get(url).json()
            assert body["numberMatched"] == 23
            seen.extend(f["id"] for f in body["features"])
            url = _rels(body).get("next", {}).get("href")
        assert sorted(seen) == sorted(ids)


def test_single_item(client: TestClient, web_db: WebData) -> None:
    r = client.get(f"/collections/events/items/{web_db.ids['seizure']}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    feature = r.json()
    assert feature["type"] == "Feature" and feature["id"] == web_db.ids["seizure"]
    assert {"self", "collection"} <= set(_rels(feature))
    assert_error(client.get("/collections/events/items/nope"), 404, "not_found")
