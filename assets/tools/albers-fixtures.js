#!/usr/bin/env node
// Prints d3-geo's geoAlbersUsa() (default scale 1070, translate [480, 250]) for a few places, so the
// Java AlbersUsaProjection can be tested against the reference implementation. The numbers are
// pasted into AlbersUsaProjectionTest; rerun after a change to compare. Usage: see build.sh.
'use strict';
const d3 = require('d3-geo');
const p = d3.geoAlbersUsa();
const places = {
  seattle: [-122.3321, 47.6062], miami: [-80.1918, 25.7617], newYork: [-73.9967, 40.7484],
  kansasCity: [-94.5786, 39.0997], anchorage: [-149.9003, 61.2181], juneau: [-134.4197, 58.3019],
  honolulu: [-157.8583, 21.3069], hilo: [-155.09, 19.7074], sanJuanPR: [-66.1057, 18.4655],
};
for (const [name, lonLat] of Object.entries(places)) {
  const xy = p(lonLat);
  const back = xy ? p.invert(xy) : null;
  console.log(name, JSON.stringify(lonLat), '->', JSON.stringify(xy), 'invert', JSON.stringify(back));
}
