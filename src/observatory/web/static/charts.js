/* Charts of tolls from /api/tolls rows: {group, period, status, low, best, high, sources}. */
"use strict";

const ObsCharts = (() => {
  const PALETTE = ["#b03a2e", "#1f618d", "#117a65", "#b9770e", "#6c3483", "#566573", "#a04000", "#1e8449"];

  /** Rows without a side (no actor or governorate named) are shown as "unknown". */
  function named(rows) {
    return rows.map((r) => ({ ...r, group: r.group ?? "unknown" }));
  }

  function topGroups(rows, n) {
    const totals = new Map();
    for (const r of rows) totals.set(r.group, (totals.get(r.group) || 0) + (r.best || 0));
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([g]) => g);
  }

  function periods(rows) {
    return [...new Set(rows.map((r) => r.period))].sort();
  }

  function valueTable(rows, groups, labels, field) {
    const index = new Map(rows.map((r) => [r.group + "|" + r.period, r]));
    return groups.map((g) => labels.map((p) => { const r = index.get(g + "|" + p); return r ? r[field] : 0; }));
  }

  /** Stacked bars: best estimate per period, one colour per side (top sides, rest as "other"). */
  function stacked(canvas, rows, title) {
    rows = named(rows);
    const groups = topGroups(rows, 7);
    const labels = periods(rows);
    const others = rows.filter((r) => !groups.includes(r.group)).map((r) => ({ ...r, group: "other" }));
    const all = groups.concat(others.length ? ["other"] : []);
    const merged = rows.filter((r) => groups.includes(r.group)).concat(mergeOthers(others));
    const values = valueTable(merged, all, labels, "best");
    return new Chart(canvas, {
      type: "bar",
      data: { labels, datasets: all.map((g, i) => ({ label: g, data: values[i], backgroundColor: PALETTE[i % PALETTE.length] })) },
      options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: !!title, text: title } },
                 scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
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
  function bands(canvas, rows, title) {
    rows = named(rows);
    const groups = topGroups(rows, 5);
    const labels = periods(rows);
    const datasets = [];
    groups.forEach((g, i) => {
      const colour = PALETTE[i % PALETTE.length];
      const mine = rows.filter((r) => r.group === g);
      const [low, best, high] = ["low", "best", "high"].map((f) => valueTable(mine, [g], labels, f)[0]);
      datasets.push({ label: g + " (low)", data: low, borderWidth: 0, pointRadius: 0, fill: false, borderColor: colour });
      datasets.push({ label: g + " (high)", data: high.map((h, k) => h ?? best[k]), borderWidth: 0, pointRadius: 0,
                      fill: "-1", backgroundColor: colour + "33", borderColor: colour });
      datasets.push({ label: g, data: best, borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 2, fill: false });
    });
    return new Chart(canvas, {
      type: "line",
      data: { labels, datasets },
      options: { maintainAspectRatio: false, animation: false,
                 plugins: { title: { display: !!title, text: title },
                            legend: { labels: { filter: (item) => !/\((low|high)\)$/.test(item.text) } } },
                 scales: { y: { beginAtZero: true } } },
    });
  }

  async function load(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  return { stacked, bands, load };
})();
