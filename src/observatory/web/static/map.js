/* Incident and control maps over offline outlines (no tile server unless one is configured).
   Text from the server is put into the page with textContent only, never as HTML. */
"use strict";

const ObsMap = (() => {
  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  // Radius (metres) drawn for an approximate location, by UCDP where_prec.
  const AREA_RADIUS = { 2: 25000, 3: 40000, 4: 80000, 5: 60000, 6: 150000, 7: 150000 };
  const SYRIA_BOUNDS = [[32.3, 35.6], [37.35, 42.4]];
  const ACTOR_PALETTE = ["#b03a2e", "#1f618d", "#117a65", "#b9770e", "#6c3483", "#566573", "#a04000", "#1e8449"];

  function create(element, tileUrl) {
    const map = L.map(element, { zoomSnap: 0.25 });
    map.fitBounds(SYRIA_BOUNDS);
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    }
    map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas), amCharts geodata");
    drawOutlines(map);
    return map;
  }

  async function drawOutlines(map) {
    const [world, syria] = await Promise.all([
      fetch("/static/vendor/geo/countries-50m.json").then((r) => r.json()),
      fetch("/static/vendor/geo/syria-admin1.json").then((r) => r.json()),
    ]);
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { style: { color: "#8795a1", weight: 1, fillColor: "#ffffff", fillOpacity: 0.6 }, interactive: false }).addTo(map).bringToBack();
    L.geoJSON(syria, {
      style: { color: "#4a5a6a", weight: 1.2, fill: false, dashArray: "3 3" },
      onEachFeature: (feature, layer) => layer.bindTooltip(textNode(feature.properties.NAME_ENG || feature.properties.name), { sticky: true }),
    }).addTo(map);
  }

  function textNode(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function popupFor(props) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/incidents/" + props.id;
    link.textContent = props.sub_event_type + " — " + (props.place_name || "unknown place");
    box.appendChild(link);
    const facts = document.createElement("div");
    const where = props.where_prec === 1 ? "exact place" : "approximate (precision " + props.where_prec + ")";
    facts.textContent = (props.date_start || "undated") + " · deaths " + (props.deaths_best ?? "?") + " · " + where;
    box.appendChild(facts);
    return box;
  }

  function incidentLayer(geojson) {
    return L.geoJSON(geojson, {
      pointToLayer: (feature, latlng) => {
        const p = feature.properties;
        const colour = TYPE_COLOURS[p.event_type] || "#34495e";
        if (!p.where_prec || p.where_prec <= 1) {
          return L.circleMarker(latlng, { radius: 5 + Math.min(8, Math.sqrt(p.deaths_best || 0)), color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.9, className: "incident-exact" });
        }
        return L.circle(latlng, { radius: AREA_RADIUS[p.where_prec] || 50000, color: colour, weight: 1.5, dashArray: "4 4", fillColor: colour, fillOpacity: 0.12, className: "incident-area" });
      },
      onEachFeature: (feature, layer) => layer.bindPopup(() => popupFor(feature.properties)),
    });
  }

  function actorColour(name, known) {
    if (!known.has(name)) known.set(name, ACTOR_PALETTE[known.size % ACTOR_PALETTE.length]);
    return known.get(name);
  }

  function controlLayer(states, known) {
    const layer = L.layerGroup();
    for (const s of states) {
      if (s.lat == null || s.lon == null) continue;
      const colour = s.status === "contested" ? "#f1c40f" : actorColour(s.actor || "unknown", known);
      const marker = L.circleMarker([s.lat, s.lon], { radius: 9, color: colour, weight: 3, fill: false, dashArray: s.disputed ? "2 3" : null, className: "control-state" });
      const label = document.createElement("div");
      label.textContent = s.place_name + ": " + (s.status === "contested" ? "contested" : "held by " + (s.actor || "?")) + " since " + s.date_start;
      marker.bindPopup(label);
      layer.addLayer(marker);
    }
    return layer;
  }

  function legend(map, known) {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = L.DomUtil.create("div", "panel legend-box");
      for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
        const row = document.createElement("div");
        const dot = document.createElement("span");
        dot.style.cssText = "display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;background:" + colour;
        row.appendChild(dot);
        row.appendChild(document.createTextNode(type));
        box.appendChild(row);
      }
      const note = document.createElement("div");
      note.className = "muted";
      note.textContent = "dot: exact place · dashed circle: approximate area";
      box.appendChild(note);
      return box;
    };
    control.addTo(map);
  }

  return { create, incidentLayer, controlLayer, legend };
})();
