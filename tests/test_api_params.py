"""Query parameters the store cannot hold are refused with the error envelope, not a 500."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from conftest import WebData
from hito.api import create_app
from test_api_events import assert_error

FIGURES = ("killed", "injured", "arrested", "personnel", "weapons_seized", "displaced")


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        yield c


@pytest.mark.parametrize("name", FIGURES)
@pytest.mark.parametrize("path", ["/events", "/points", "/stats"])
def test_huge_minimums_are_refused(client: TestClient, path: str, name: str) -> None:
    # found by schemathesis: personnel_min=10592963852586974588 overflowed SQLite's INTEGER
    assert_error(client.get(path, params={f"{name}_min": 10**19}), 422, "invalid_request")


def test_huge_minimums_on_ogc_items_are_400(client: TestClient) -> None:
    r = client.get("/collections/events/items", params={"killed_min": 10**19})
    assert_error(r, 400, "invalid_request")


def test_the_largest_minimum_is_still_a_query(client: TestClient) -> None:
    body = client.get("/events", params={"killed_min": 2**63 - 1}).json()
    assert body["count"] == 0 and body["events"] == []


@pytest.mark.parametrize("until", ["0001-01-01", "0001-12-31", "9999-12-31"])
def test_trends_at_the_ends_of_the_calendar(client: TestClient, until: str) -> None:
    # found by schemathesis: until=0001-01-01 overflowed the date of the first week
    r = client.get("/stats/trends", params={"until": until})
    assert r.status_code in (200, 422), r.text
    if r.status_code == 422:
        assert_error(r, 422, "invalid_request")


@pytest.mark.parametrize("name", ["q", "actor", "admin1", "mode", "type", "country"])
@pytest.mark.parametrize("path", ["/events", "/clusters", "/stats"])
def test_nul_characters_are_refused(client: TestClient, path: str, name: str) -> None:
    # found by schemathesis: q=0%00 broke the full-text query (and PostgreSQL takes no NUL)
    assert_error(client.get(path, params={name: "La\x00Mesilla"}), 422, "invalid_request")
