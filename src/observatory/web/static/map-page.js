/* The map page: incidents (all of the From–To range, or a window around the slider's day) and
   who held each place on the slider's day; each layer can be shown alone. */
"use strict";

(function () {
  const root = document.getElementById("map");
  if (!root || typeof L === "undefined") return;
  const map = ObsMap.create(root, root.dataset.tileUrl || null);
  const form = document.getElementById("map-filters");
  const slider = document.getElementById("control-day");
  const dayLabel = document.getElementById("control-day-label");
  const windowBox = document.getElementById("incident-window");
  const status = document.getElementById("map-status");
  const toggles = {
    incidents: document.getElementById("layer-incidents"),
    control: document.getElementById("layer-control"),
    towns: document.getElementById("layer-towns"),
  };
  const legends = { incidents: document.getElementById("incident-legend"), control: document.getElementById("control-legend") };
  const layers = { incidents: null, control: null, towns: null };
  let palette = { actors: {}, other: ["#8e44ad"] };

  function show(name, layer) {
    if (layers[name]) map.removeLayer(layers[name]);
    layers[name] = layer;
    if (layer && toggles[name].checked) layer.addTo(map);
  }

  function sliderDay(offset = 0) {
    const day = new Date(slider.dataset.start + "T00:00:00Z");
    day.setUTCDate(day.getUTCDate() + Number(slider.value) + offset);
    return day.toISOString().slice(0, 10);
  }

  function incidentQuery() {
    const params = new URLSearchParams(new FormData(form));
    const around = Number(windowBox.value);
    if (around > 0) {
      params.set("date_from", sliderDay(-around));
      params.set("date_to", sliderDay(around));
    }
    for (const [k, v] of [...params]) if (!v) params.delete(k);
    return params;
  }

  async function loadIncidents() {
    const params = incidentQuery();
    const data = await fetch("/api/incidents/geojson?" + params).then((r) => r.json());
    show("incidents", ObsMap.incidentLayer(data));
    const range = params.get("date_from") && params.get("date_to") ? " from " + params.get("date_from") + " to " + params.get("date_to") : "";
    status.textContent = data.features.length + " incidents with coordinates" + range + (data.truncated ? " (newest " + data.features.length + " shown)" : "");
    root.dataset.loaded = "incidents";
  }

  async function loadControl() {
    const day = sliderDay();
    dayLabel.textContent = day;
    const states = await fetch("/api/control?at=" + day).then((r) => r.json());
    show("control", ObsMap.controlLayer(states, palette));
    ObsMap.controlLegend(legends.control, states, palette);
    document.getElementById("control-count").textContent = states.length + (states.length === 1 ? " place" : " places") + " with known control on " + day;
    root.dataset.controlDay = day;
  }

  async function loadTowns() {
    const towns = await fetch("/api/map/towns").then((r) => r.json());
    show("towns", ObsMap.townLayer(towns, map));
  }

  for (const [name, box] of Object.entries(toggles)) {
    box.addEventListener("change", () => {
      if (!layers[name]) return;
      if (box.checked) layers[name].addTo(map); else map.removeLayer(layers[name]);
      if (legends[name]) legends[name].hidden = !box.checked;
    });
  }

  let timer = null;
  slider.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { loadControl(); if (Number(windowBox.value) > 0) loadIncidents(); }, 150);
  });
  windowBox.addEventListener("change", loadIncidents);
  form.addEventListener("submit", (event) => { event.preventDefault(); loadIncidents(); });

  ObsMap.incidentLegend(legends.incidents);
  fetch("/static/control-colours.json").then((r) => r.json()).then((colours) => { palette = colours; })
    .finally(() => { loadIncidents(); loadControl(); loadTowns(); });
})();
