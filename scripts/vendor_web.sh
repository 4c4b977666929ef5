#!/usr/bin/env bash
# Vendors the dashboard's third-party files into src/hito/web/static/ so that the
# dashboard works offline (no CDN, no tile server). Run once by a developer with
# network access to the npm registry; the outputs are committed.
#
#   scripts/vendor_web.sh            # uses .venv/bin/python (needs shapely)
#
# What it does:
#   1. `npm pack leaflet@1.9.4`   -> static/vendor/leaflet/{leaflet.js,leaflet.css,images/,LICENSE}
#      (Leaflet, BSD-2-Clause)
#   2. `npm pack world-atlas@2.0.2` -> countries-50m.json (TopoJSON; ISC licence,
#      Natural Earth public-domain data), decoded to GeoJSON, simplified; the five
#      countries of the region (MEX GTM BLZ SLV HND) are replaced by the Natural Earth
#      10m v5.1.1 outlines from shared/geo/boundaries/ (public domain), lightly simplified.
#      -> static/geo/countries.geojson (< 2 MB)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATIC="$ROOT/src/hito/web/static"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
REGION_GEOJSON="${REGION_GEOJSON:-$ROOT/../shared/geo/boundaries/naturalearth_10m_v5.1.1_admin0_MEX_GTM_BLZ_SLV_HND.geojson}"
LEAFLET_VERSION=1.9.4
WORLD_ATLAS_VERSION=2.0.2

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm pack --silent "leaflet@$LEAFLET_VERSION" >/dev/null
npm pack --silent "world-atlas@$WORLD_ATLAS_VERSION" >/dev/null
mkdir leaflet world-atlas
tar xzf "leaflet-$LEAFLET_VERSION.tgz" -C leaflet --strip-components=1
tar xzf "world-atlas-$WORLD_ATLAS_VERSION.tgz" -C world-atlas --strip-components=1

# 1. Leaflet
DEST="$STATIC/vendor/leaflet"
rm -rf "$DEST"
mkdir -p "$DEST/images"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css leaflet/LICENSE "$DEST/"
cp leaflet/dist/images/*.png "$DEST/images/"
# Drop the source-map comment so browsers do not ask for the (unvendored) map file.
sed -i '/^\/\/# sourceMappingURL=/d' "$DEST/leaflet.js"

# 2. Country outlines
mkdir -p "$STATIC/geo"
cp world-atlas/LICENSE "$STATIC/geo/LICENSE.world-atlas"
"$PY" - world-atlas/countries-50m.json "$REGION_GEOJSON" "$STATIC/geo/countries.geojson" <<'PYEOF'
"""Decode world-atlas TopoJSON to GeoJSON, splice in the region's 10m outlines, simplify."""
import json
import sys

from shapely.geometry import mapping, shape

topo_path, region_path, out_path = sys.argv[1:4]
REGION_NUMERIC = {"484", "320", "084", "222", "340"}  # MEX GTM BLZ SLV HND (ISO 3166 numeric)

topo = json.load(open(topo_path))
scale = topo["transform"]["scale"]
translate = topo["transform"]["translate"]


def decode_arc(arc):
    x = y = 0
    out = []
    for dx, dy in arc:
        x += dx
        y += dy
        out.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
    return out


arcs = [decode_arc(a) for a in topo["arcs"]]


def ring(indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def geometry(g):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
    if g["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
    return None


def rounded(geom, digits):
    def rnd(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], digits), round(c[1], digits)]
        return [rnd(x) for x in c]

    g = mapping(geom)
    return {"type": g["type"], "coordinates": rnd(g["coordinates"])}


features = []
for g in topo["objects"]["countries"]["geometries"]:
    if str(g.get("id")) in REGION_NUMERIC:
        continue
    geom = geometry(g)
    if geom is None:
        continue
    shp = shape(geom).buffer(0).simplify(0.05, preserve_topology=True)
    if shp.is_empty:
        continue
    features.append({
        "type": "Feature",
        "properties": {"name": g.get("properties", {}).get("name"), "region": False},
        "geometry": rounded(shp, 3),
    })

for f in json.load(open(region_path))["features"]:
    shp = shape(f["geometry"]).simplify(0.005, preserve_topology=True)
    features.append({
        "type": "Feature",
        "properties": {"name": f["properties"]["NAME"], "iso_a2": f["properties"]["ISO_A2"],
                       "region": True},
        "geometry": rounded(shp, 4),
    })

with open(out_path, "w") as fh:
    json.dump({"type": "FeatureCollection", "features": features}, fh, separators=(",", ":"))
print(f"{out_path}: {len(features)} features")
PYEOF
ls -l "$STATIC/geo/countries.geojson"
