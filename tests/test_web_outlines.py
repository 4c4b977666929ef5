"""The dashboard's base layer: state and department lines of the region, with their licence."""

from __future__ import annotations

import json
from pathlib import Path

import hito.web

STATIC = Path(hito.web.__file__).parent / "static" / "geo"


def test_admin1_lines_cover_the_region_and_are_small() -> None:
    path = STATIC / "admin1-lines.geojson"
    assert path.stat().st_size < 300_000
    geo = json.loads(path.read_text())
    lines = {f["properties"]["country"]: f["geometry"] for f in geo["features"]}
    assert set(lines) == {"MX", "GT", "BZ", "SV", "HN"}
    for country, geometry in lines.items():
        assert geometry["type"] == "MultiLineString" and geometry["coordinates"], country
        for line in geometry["coordinates"]:
            for lon, lat in line:
                assert -118.5 < lon < -83.0 and 12.9 < lat < 32.8, country


def test_every_outline_file_has_its_licence() -> None:
    assert "public domain" in (STATIC / "LICENSE.natural-earth").read_text()
    assert "admin1-lines.geojson" in (STATIC / "LICENSE.natural-earth").read_text()
    assert (STATIC / "LICENSE.world-atlas").exists()
