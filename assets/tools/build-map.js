#!/usr/bin/env node
// Builds assets/map/us-states.json from us-atlas (US Census Bureau cartographic boundary files, 2017,
// 1:10,000,000, as TopoJSON). The topology can be simplified further (topology-preserving, so neighbouring
// states keep shared borders), converted to per-state polygons in longitude/latitude (WGS84 degrees),
// and written compactly: each ring is a flat [lon, lat, lon, lat, ...] array, closed (last point =
// first point), rounded to 3 decimals (about 100 m, far below a screen pixel at national scale).
// Only the 50 states and DC are kept (no territories). Usage: see build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');
const simplify = require('topojson-simplify');
const stateNames = require('us-state-codes/states.json');

// Minimum spherical triangle area (steradians) a vertex must carry to survive simplification.
// us-atlas's 10m file is already simplified (about 14,000 points for the 51 shapes, 220 KB here), so
// 0 keeps all of it; 1e-6 gives about 4,000 points / 70 KB and 1e-5 about 1,300 points / 23 KB.
const MIN_WEIGHT = 0;
const DECIMALS = 3;

const topoPath = path.join(path.dirname(require.resolve('us-atlas/package.json')), 'states-10m.json');
const out = path.resolve(__dirname, '..', 'map', 'us-states.json');
const codeByName = new Map(Object.entries(stateNames).map(([code, name]) => [name, code]));

let topo = JSON.parse(fs.readFileSync(topoPath, 'utf8'));
topo = simplify.simplify(simplify.presimplify(topo, simplify.sphericalTriangleArea), MIN_WEIGHT);
const features = topojson.feature(topo, topo.objects.states).features;

const round = (v) => Number(v.toFixed(DECIMALS));
function ring(coords) {
  const flat = [];
  let prev = null;
  for (const [lon, lat] of coords) {
    const p = [round(lon), round(lat)];
    if (prev && p[0] === prev[0] && p[1] === prev[1]) continue;   // rounding can merge neighbours
    flat.push(p[0], p[1]);
    prev = p;
  }
  if (flat[0] !== flat[flat.length - 2] || flat[1] !== flat[flat.length - 1]) flat.push(flat[0], flat[1]);
  return flat;
}

const states = [];
for (const f of features) {
  const name = f.properties.name;
  const code = codeByName.get(name);
  if (!code || code === 'PR') continue;                            // territories are not drawn
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const polygons = polys.map((p) => p.map(ring).filter((r) => r.length >= 8)).filter((p) => p.length > 0);
  states.push({ code, name, fips: String(f.id).padStart(2, '0'), polygons });
}
states.sort((a, b) => a.code.localeCompare(b.code));
if (states.length !== 51) throw new Error('expected 50 states + DC, got ' + states.length);

const doc = {
  source: 'US Census Bureau cartographic boundary files 2017 (1:10m) via us-atlas 3.0.1; simplified, lon/lat degrees',
  coordinateOrder: 'lon,lat',
  states,
};
// One state per line keeps diffs readable without spending bytes on indentation.
const body = states.map((s) => '  ' + JSON.stringify(s)).join(',\n');
const json = '{"source":' + JSON.stringify(doc.source) + ',"coordinateOrder":"lon,lat","states":[\n' + body + '\n]}\n';
fs.writeFileSync(out, json);
const points = states.reduce((n, s) => n + s.polygons.flat().reduce((m, r) => m + r.length / 2, 0), 0);
console.log(`wrote ${states.length} states, ${points} points, ${json.length} bytes to ${out}`);
