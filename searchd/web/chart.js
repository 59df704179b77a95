// Attention over time: the month facet of a search ([{value: "2015-09", count: 4}, ...]) drawn as
// one bar per month from the first to the last month, empty months included, so gaps show.
// Drawn with SVG attributes only (no style attributes: the page's CSP allows no inline style).

// Every month from the first to the last of `months`, with its count (0 when absent).
function monthSeries(months) {
  const counts = new Map();
  for (const m of months || []) {
    if (/^\d{4}-\d{2}$/.test(String(m.value)) && m.count > 0) counts.set(m.value, m.count);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  let [year, month] = keys[0].split("-").map(Number);
  const [lastYear, lastMonth] = keys[keys.length - 1].split("-").map(Number);
  const series = [];
  // At most 100 years of months, whatever the facet holds.
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && series.length < 1200) {
    const key = year + "-" + String(month).padStart(2, "0");
    series.push({ month: key, count: counts.get(key) || 0 });
    if (++month > 12) { month = 1; ++year; }
  }
  return series;
}

// Fills `figure` with the chart, or hides it when fewer than two months are known.
// onPick(month) is called when a bar is clicked (the year facet and date fields give the same
// filter to keyboard users, so bars are not tab stops: a decade would be 120 of them).
function drawAttention(figure, months, tr, onPick) {
  clear(figure);
  const series = monthSeries(months);
  if (series.length < 2) {
    figure.hidden = true;
    return;
  }
  let peak = series[0];
  for (const point of series) if (point.count > peak.count) peak = point;
  const summary = tr("attention_summary", {
    first: monthText(series[0].month, tr), last: monthText(series[series.length - 1].month, tr),
    peak: monthText(peak.month, tr), count: peak.count,
  });
  const barWidth = 10, height = 100;
  const svg = el("svg", {
    viewBox: `0 0 ${series.length * barWidth} ${height}`,
    preserveAspectRatio: "none",
    role: "img",
    "aria-label": tr("attention_title") + ". " + summary,
  });
  series.forEach((point, i) => {
    if (point.count === 0) return;
    const h = Math.max(2, Math.round((point.count / peak.count) * height));
    const bar = el("rect", {
      x: i * barWidth + 1, y: height - h, width: barWidth - 2, height: h, "data-month": point.month,
    }, el("title", {}, tr("attention_bar", { month: monthText(point.month, tr), count: point.count })));
    bar.addEventListener("click", () => onPick(point.month));
    svg.appendChild(bar);
  });
  append(figure, [
    el("figcaption", {}, [tr("attention_title"), " · ", summary]),
    svg,
    el("div", { class: "axis", "aria-hidden": "true" }, [
      el("span", {}, monthText(series[0].month, tr)), el("span", {}, monthText(series[series.length - 1].month, tr)),
    ]),
  ]);
  figure.hidden = false;
}
