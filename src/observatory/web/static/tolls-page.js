/* Tolls page: one band chart per canvas, and the killed-by-side figures as a table (works without chart.js). */
"use strict";

(async function () {
  const canvases = [...document.querySelectorAll("canvas.toll-chart")];
  const tables = document.querySelector("#toll-table tbody");
  for (const [index, canvas] of canvases.entries()) {
    const response = await fetch("/api/tolls?" + canvas.dataset.query);
    const rows = await response.json();
    if (typeof ObsCharts !== "undefined") ObsCharts.bands(canvas, rows, null);
    if (index === 0) fillTable(tables, rows);
  }

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
