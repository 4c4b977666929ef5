#!/usr/bin/env bash
# Vendors D3 (the dashboard's chart library: scales, stacking, axes and the timeline's
# brush) into src/hito/web/static/vendor/d3/, with its licence and the licences of the
# packages its bundle includes. Run once by a developer with access to the npm registry;
# the outputs are committed, and the dashboard loads nothing from outside at run time.
#
#   scripts/vendor_d3.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/src/hito/web/static/vendor/d3"
D3_VERSION=7.9.2
# dist/d3.min.js bundles these (d3-delaunay -> delaunator -> robust-predicates; d3-array
# and d3-scale -> internmap); each keeps its own licence notice.
BUNDLED="delaunator@5 robust-predicates@3 internmap@2"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

npm pack --silent "d3@$D3_VERSION" >/dev/null
mkdir d3 && tar xzf "d3-$D3_VERSION.tgz" -C d3 --strip-components=1
rm -rf "$DEST"
mkdir -p "$DEST"
cp d3/dist/d3.min.js d3/LICENSE "$DEST/"
sed -i '/^\/\/# sourceMappingURL=/d' "$DEST/d3.min.js"

for spec in $BUNDLED; do
  name="${spec%@*}"
  tgz="$(npm pack --silent "$spec" | tail -1)"
  mkdir "$name" && tar xzf "$tgz" -C "$name" --strip-components=1
  licence="$(ls "$name" | grep -iE '^(licen[cs]e|unlicense)' | head -1)"
  version="$(node -p "require('./$name/package.json').version")"
  { echo "$name $version (bundled in d3.min.js)"; echo; cat "$name/$licence"; } > "$DEST/LICENSE.$name"
done
echo "vendored d3 $D3_VERSION into $DEST"
ls -la "$DEST"
