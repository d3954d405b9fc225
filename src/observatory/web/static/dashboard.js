/* Dashboard: the period's incidents on a small map and deaths per week by side. */
"use strict";

(async function () {
  const mapBox = document.getElementById("dash-map");
  if (mapBox && typeof L !== "undefined") {
    const map = ObsMap.create(mapBox, mapBox.dataset.tileUrl || null);
    const data = await fetch("/api/incidents/geojson?" + mapBox.dataset.query).then((r) => r.json());
    ObsMap.incidentLayer(data).addTo(map);
    mapBox.dataset.loaded = "incidents";
  }
  const canvas = document.getElementById("deaths-week");
  if (canvas && typeof Chart !== "undefined") {
    const rows = await ObsCharts.load("/api/tolls?status=killed&" + canvas.dataset.query);
    ObsCharts.stacked(canvas, rows, null);
  }
})();
