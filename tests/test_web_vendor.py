"""The dashboard's third-party files are vendored from their npm packages with their licences
and served by hito itself: Leaflet for the map, D3 for the timeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import hito.web
from conftest import WebData
from hito.api import create_app

VENDOR = Path(hito.web.__file__).parent / "static" / "vendor"


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        yield c


def test_d3_is_vendored_with_its_licences(client: TestClient) -> None:
    d3 = (VENDOR / "d3" / "d3.min.js").read_text()
    assert d3.startswith("// https://d3js.org v7.")
    assert "sourceMappingURL" not in d3  # nothing for the browser to fetch
    assert "Mike Bostock" in (VENDOR / "d3" / "LICENSE").read_text()
    for bundled in ("delaunator", "robust-predicates", "internmap"):
        assert (VENDOR / "d3" / f"LICENSE.{bundled}").read_text().startswith(bundled)
    assert client.get("/static/vendor/d3/d3.min.js").status_code == 200


def test_the_page_loads_the_vendored_libraries_only(client: TestClient) -> None:
    page = client.get("/").text
    scripts = [line.strip() for line in page.splitlines() if "<script" in line]
    assert '<script src="/static/vendor/leaflet/leaflet.js"></script>' in scripts
    assert all('src="/static/' in s for s in scripts)
    # D3 is loaded by the timeline once the data have been asked for
    timeline = client.get("/static/js/timeline.js").text
    assert '"/static/vendor/d3/d3.min.js"' in timeline
