/* Charts of tolls from /api/tolls rows: {group, period, status, low, best, high, sources, incidents}.
   The time axis is continuous (a period without deaths is drawn as zero, not skipped), charts drawn
   together share their axes, and a click on a bar or point opens the incidents behind it. */
"use strict";

const ObsCharts = (() => {
  const PALETTE = ["#b03a2e", "#1f618d", "#117a65", "#b9770e", "#6c3483", "#566573", "#a04000", "#1e8449"];
  const MAX_LINKED = 2000; // incidents passed in one link (the list's ids limit)

  /** Rows without a side (no actor or governorate named) are shown as "unknown". */
  function named(rows) {
    return rows.map((r) => ({ ...r, group: r.group ?? "unknown" }));
  }

  function topGroups(rows, n) {
    const totals = new Map();
    for (const r of rows) totals.set(r.group, (totals.get(r.group) || 0) + (r.best || 0));
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([g]) => g);
  }

  function nextPeriod(day, period) {
    const d = new Date(day + "T00:00:00Z");
    if (period === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (period === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
    return d.toISOString().slice(0, 10);
  }

  /** Every period from the first to the last with data, across all the row sets given. */
  function timeAxis(rowSets, period) {
    const seen = rowSets.flat().map((r) => r.period).sort();
    if (!seen.length) return [];
    const labels = [];
    for (let p = seen[0]; p <= seen[seen.length - 1] && labels.length < 5000; p = nextPeriod(p, period)) labels.push(p);
    return labels;
  }

  function rowIndex(rows) {
    return new Map(rows.map((r) => [r.group + "|" + r.period, r]));
  }

  function valueTable(rows, groups, labels, field) {
    const index = rowIndex(rows);
    return groups.map((g) => labels.map((p) => { const r = index.get(g + "|" + p); return r ? (r[field] ?? 0) : 0; }));
  }

  function peak(rows) {
    return rows.reduce((top, r) => Math.max(top, r.high ?? 0, r.best ?? 0), 0);
  }

  /** Where a click on the chart leads: the incidents behind the picked group and period. */
  function opener(rows, labels) {
    const index = rowIndex(rows);
    return (event, elements, chart) => {
      if (!elements.length) return;
      const { datasetIndex, index: at } = elements[0];
      const group = chart.data.datasets[datasetIndex].group;
      const picked = group === "other"
        ? rows.filter((r) => r.period === labels[at] && r.other)
        : [index.get(group + "|" + labels[at])].filter(Boolean);
      const ids = [...new Set(picked.flatMap((r) => r.incidents || []))].slice(0, MAX_LINKED);
      if (ids.length) window.location.assign("/incidents?ids=" + ids.join(","));
    };
  }

  function yScale(options, stacked) {
    const scale = { stacked, beginAtZero: true, title: { display: !!options.log, text: options.log ? "log scale" : "" } };
    if (options.log) { scale.type = "logarithmic"; scale.min = 1; delete scale.beginAtZero; }
    if (options.yMax) scale.max = options.log ? undefined : options.yMax;
    return scale;
  }

  function baseOptions(title, options, rows, labels) {
    return {
      maintainAspectRatio: false, animation: false, onClick: opener(rows, labels),
      onHover: (event, elements) => { event.native.target.style.cursor = elements.length ? "pointer" : "default"; },
      plugins: { title: { display: !!title, text: title } },
    };
  }

  /** Stacked bars: best estimate per period, one colour per side (top sides, rest as "other"). */
  function stacked(canvas, rows, title, options = {}) {
    rows = named(rows);
    const groups = topGroups(rows, 7);
    const labels = options.labels || timeAxis([rows], options.period || "week");
    const others = rows.filter((r) => !groups.includes(r.group)).map((r) => ({ ...r, other: true }));
    const all = groups.concat(others.length ? ["other"] : []);
    const merged = rows.filter((r) => groups.includes(r.group)).concat(mergeOthers(others));
    const values = valueTable(merged, all, labels, "best");
    const picked = rows.filter((r) => groups.includes(r.group)).concat(others);
    const chartOptions = baseOptions(title, options, picked, labels);
    chartOptions.scales = { x: { stacked: true }, y: yScale(options, true) };
    return new Chart(canvas, {
      type: "bar",
      data: { labels, datasets: all.map((g, i) => ({ label: g, group: g, data: values[i], backgroundColor: PALETTE[i % PALETTE.length] })) },
      options: chartOptions,
    });
  }

  function mergeOthers(rows) {
    const sums = new Map();
    for (const r of rows) {
      const s = sums.get(r.period) || { group: "other", period: r.period, best: 0, low: 0, high: 0 };
      s.best += r.best || 0; s.low += r.low || 0; s.high += r.high || 0;
      sums.set(r.period, s);
    }
    return [...sums.values()];
  }

  /** Low–best–high bands: a shaded band between low and high, and the best line, per side. */
  function bands(canvas, rows, title, options = {}) {
    rows = named(rows);
    const groups = topGroups(rows, 5);
    const labels = options.labels || timeAxis([rows], options.period || "month");
    const datasets = [];
    groups.forEach((g, i) => {
      const colour = PALETTE[i % PALETTE.length];
      const mine = rows.filter((r) => r.group === g);
      const [low, best, high] = ["low", "best", "high"].map((f) => valueTable(mine, [g], labels, f)[0]);
      const floor = (values) => (options.log ? values.map((v) => (v > 0 ? v : null)) : values);
      datasets.push({ label: g + " (low)", group: g, data: floor(low), borderWidth: 0, pointRadius: 0, fill: false, borderColor: colour });
      datasets.push({ label: g + " (high)", group: g, data: floor(high.map((h, k) => h || best[k])), borderWidth: 0, pointRadius: 0,
                      fill: "-1", backgroundColor: colour + "33", borderColor: colour });
      datasets.push({ label: g, group: g, data: floor(best), borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 3,
                      pointHoverRadius: 6, fill: false });
    });
    const chartOptions = baseOptions(title, options, rows, labels);
    chartOptions.plugins.legend = { labels: { filter: (item) => !/\((low|high)\)$/.test(item.text) } };
    chartOptions.scales = { y: yScale(options, false) };
    return new Chart(canvas, { type: "line", data: { labels, datasets }, options: chartOptions });
  }

  async function load(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  return { stacked, bands, load, timeAxis, peak };
})();
