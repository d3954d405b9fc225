/* Tolls page: small multiples on one continuous time axis and (optionally) one vertical scale,
   a log option, and the killed-by-side figures as a table (works without chart.js). */
"use strict";

(async function () {
  const canvases = [...document.querySelectorAll("canvas.toll-chart")];
  const tables = document.querySelector("#toll-table tbody");
  const shared = document.getElementById("shared-scale");
  const log = document.getElementById("log-scale");
  const rowSets = await Promise.all(canvases.map((canvas) => fetch("/api/tolls?" + canvas.dataset.query).then((r) => r.json())));
  if (rowSets.length) fillTable(tables, rowSets[0]);
  let charts = [];

  function draw() {
    if (typeof ObsCharts === "undefined") return;
    charts.forEach((chart) => chart.destroy());
    const period = document.querySelector("select[name=period]").value;
    const labels = ObsCharts.timeAxis(rowSets, period);
    const yMax = shared && shared.checked ? Math.max(1, ...rowSets.map(ObsCharts.peak)) : undefined;
    charts = canvases.map((canvas, i) => ObsCharts.bands(canvas, rowSets[i], null, { labels, period, yMax, log: log && log.checked }));
    document.getElementById("charts").dataset.drawn = String(labels.length);
  }

  for (const box of [shared, log]) if (box) box.addEventListener("change", draw);
  draw();

  function fillTable(body, rows) {
    for (const r of rows) {
      const tr = document.createElement("tr");
      for (const [value, numeric] of [[r.period, false], [r.group ?? "unknown", false], [r.low, true], [r.best, true], [r.high, true], [r.sources, true]]) {
        const td = document.createElement("td");
        if (numeric) td.className = "num";
        td.textContent = value ?? "";
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  }
})();
