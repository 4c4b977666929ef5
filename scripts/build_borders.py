"""Build src/hito/data/borders.json.gz: country polygons and shared land borders of MX, GT, BZ,
SV and HN, for hito.geo.borders.

Source: shared/geo/boundaries/osm_geo-maps_countries-land-100m_*.geojson (OpenStreetMap via
geo-maps countries-land-100m, ODbL 1.0). The polygons are not valid as shipped, so each goes
through shapely.make_valid; neighbouring edges are not vertex-identical, so a border is the part
of one country's outline within BORDER_TOLERANCE_DEG (~50 m) of the other country.

Output: {"countries": {ISO2: WKB hex}, "borders": {"GT-MX": WKB hex, ...}} gzip-compressed.

Run: .venv/bin/python scripts/build_borders.py [--shared /work/shared]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
from pathlib import Path

import shapely
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "hito" / "data" / "borders.json.gz"
SOURCE = "boundaries/osm_geo-maps_countries-land-100m_MEX_GTM_BLZ_SLV_HND.geojson"
A3_TO_A2 = {"MEX": "MX", "GTM": "GT", "BLZ": "BZ", "SLV": "SV", "HND": "HN"}
BORDER_TOLERANCE_DEG = 0.0005
# Border lines keep ~10 m detail; distances are reported to 0.1 km.
SIMPLIFY_DEG = 0.0001


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    data = json.loads((args.shared / "geo" / SOURCE).read_text(encoding="utf-8"))
    polys = {
        A3_TO_A2[f["properties"]["A3"]]: shapely.make_valid(shape(f["geometry"]))
        for f in data["features"]
    }
    borders = {}
    for a, b in itertools.combinations(sorted(polys), 2):
        line = polys[a].boundary.intersection(polys[b].buffer(BORDER_TOLERANCE_DEG))
        line = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
        if line.is_empty or line.length < 0.01:
            continue
        borders[f"{a}-{b}"] = line.simplify(SIMPLIFY_DEG)
        print(f"{a}-{b}: {line.length * 111:.0f} km (degree-length estimate)")
    out = {
        "source": "OpenStreetMap contributors (ODbL 1.0) via geo-maps countries-land-100m 0.6.0",
        "countries": {k: shapely.to_wkb(v, hex=True) for k, v in polys.items()},
        "borders": {k: shapely.to_wkb(v, hex=True) for k, v in borders.items()},
    }
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(json.dumps(out).encode("utf-8"))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
