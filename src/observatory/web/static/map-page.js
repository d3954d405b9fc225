/* The map page: incidents for a date range, and who held each place on the slider's day. */
"use strict";

(function () {
  const root = document.getElementById("map");
  if (!root || typeof L === "undefined") return;
  const map = ObsMap.create(root, root.dataset.tileUrl || null);
  ObsMap.legend(map);
  const form = document.getElementById("map-filters");
  const slider = document.getElementById("control-day");
  const dayLabel = document.getElementById("control-day-label");
  const status = document.getElementById("map-status");
  const actors = new Map();
  let incidents = null;
  let control = null;

  async function loadIncidents() {
    const params = new URLSearchParams(new FormData(form));
    for (const [k, v] of [...params]) if (!v) params.delete(k);
    const data = await fetch("/api/incidents/geojson?" + params).then((r) => r.json());
    if (incidents) map.removeLayer(incidents);
    incidents = ObsMap.incidentLayer(data).addTo(map);
    status.textContent = data.features.length + " incidents with coordinates" + (data.truncated ? " (first " + data.features.length + " shown)" : "");
    root.dataset.loaded = "incidents";
  }

  function sliderDay() {
    const start = new Date(slider.dataset.start + "T00:00:00Z");
    start.setUTCDate(start.getUTCDate() + Number(slider.value));
    return start.toISOString().slice(0, 10);
  }

  async function loadControl() {
    const day = sliderDay();
    dayLabel.textContent = day;
    const states = await fetch("/api/control?at=" + day).then((r) => r.json());
    if (control) map.removeLayer(control);
    control = ObsMap.controlLayer(states, actors).addTo(map);
    document.getElementById("control-count").textContent = states.length + (states.length === 1 ? " place" : " places") + " with known control on " + day;
  }

  let timer = null;
  slider.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(loadControl, 150); });
  form.addEventListener("submit", (event) => { event.preventDefault(); loadIncidents(); });
  loadIncidents();
  loadControl();
})();
