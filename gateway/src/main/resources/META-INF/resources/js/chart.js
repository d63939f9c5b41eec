// The series chart of an indicator, drawn by uPlot (served from its webjar, loaded on first use).
// Every point gets its own x slot (a year, nudged apart when a year has several points) so that a click
// or hover maps to exactly one point; targets are hollow rings, achievements dots. Achievements are joined by
// a line only with those of the same span: a five-year total (2018-2022) is never joined to a one-year change
// (2024); a point of several years is drawn at its last year with a bracket back to its first.
const UPLOT = '/webjars/uplot/1.6.30/dist/';
let loading = null;

export function loadUPlot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = UPLOT + 'uPlot.min.css';
      document.head.append(css);
      const s = document.createElement('script');
      s.src = UPLOT + 'uPlot.iife.min.js';
      s.onload = () => resolve(window.uPlot);
      s.onerror = () => reject(new Error('uPlot could not be loaded'));
      document.head.append(s);
    });
  }
  return loading;
}

export function endYear(year) {
  const m = String(year || '').match(/(\d{4})\s*$/);
  return m ? Number(m[1]) : null;
}

/** How many years a point covers: 1 for 2024, 5 for 2018-2022. */
export function spanOf(year) {
  const m = String(year || '').match(/^\s*(\d{4})\s*[-–—至]\s*(\d{4})\s*$/);
  return m ? Number(m[2]) - Number(m[1]) + 1 : 1;
}

/**
 * @param el      container
 * @param points  [{year, kind, value, valueMax, ...}] (points without a year are left out)
 * @param labels  {target, achievement, unit}
 * @param on      {click(point), hover(point|null)}
 */
export async function drawSeries(el, points, labels, on) {
  const uPlot = await loadUPlot();
  const placed = points.filter((p) => endYear(p.year) !== null)
    .map((p) => ({ p, year: endYear(p.year) }))
    .sort((a, b) => a.year - b.year || (a.p.kind === b.p.kind ? 0 : a.p.kind === 'achievement' ? -1 : 1));
  const perYear = new Map();
  placed.forEach((q) => perYear.set(q.year, (perYear.get(q.year) || 0) + 1));
  const seen = new Map();
  for (const q of placed) {
    const n = perYear.get(q.year);
    const i = seen.get(q.year) || 0;
    seen.set(q.year, i + 1);
    q.x = q.year + (n > 1 ? (i - (n - 1) / 2) * (0.5 / n) : 0);
  }
  placed.forEach((q) => { q.span = spanOf(q.p.year); });
  const xs = placed.map((q) => q.x);
  const ys = (kind, span) => placed.map((q) => (q.p.kind === kind && (!span || q.span === span) ? q.p.value : null));
  const spans = [...new Set(placed.filter((q) => q.p.kind === 'achievement').map((q) => q.span))].sort((a, b) => a - b);
  const years = placed.flatMap((q) => [q.year, q.year - q.span + 1]);
  const values = placed.flatMap((q) => [q.p.value, q.p.valueMax].filter((v) => v !== null && v !== undefined));
  let lo = Math.min(...values, 0);
  let hi = Math.max(...values);
  const pad = (hi - lo) * 0.12 || Math.abs(hi) * 0.1 || 1;
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const css = getComputedStyle(document.documentElement);
  const targetColor = css.getPropertyValue('--target').trim() || '#c2410c';
  const achievementColor = css.getPropertyValue('--achievement').trim() || '#1d4ed8';

  const ranges = {
    hooks: {
      draw: [(u) => {
        // Ranges (4.5%–5%) as a vertical whisker from value to valueMax.
        const ctx = u.ctx;
        ctx.save();
        ctx.lineWidth = 2 * devicePixelRatio;
        for (const q of placed) {
          if (q.p.valueMax === undefined || q.p.valueMax === null) continue;
          const x = u.valToPos(q.x, 'x', true);
          ctx.strokeStyle = q.p.kind === 'target' ? targetColor : achievementColor;
          ctx.beginPath();
          ctx.moveTo(x, u.valToPos(q.p.value, 'y', true));
          ctx.lineTo(x, u.valToPos(q.p.valueMax, 'y', true));
          ctx.stroke();
        }
        // A point of several years: a thin bracket from its first year to its last, under the point.
        ctx.lineWidth = 1 * devicePixelRatio;
        for (const q of placed) {
          if (q.span < 2) continue;
          const y = u.valToPos(q.p.value, 'y', true);
          const x0 = u.valToPos(q.year - q.span + 1, 'x', true);
          const x1 = u.valToPos(q.x, 'x', true);
          const tick = 4 * devicePixelRatio;
          ctx.strokeStyle = q.p.kind === 'target' ? targetColor : achievementColor;
          ctx.setLineDash([3 * devicePixelRatio, 3 * devicePixelRatio]);
          ctx.beginPath();
          ctx.moveTo(x0, y - tick);
          ctx.lineTo(x0, y);
          ctx.lineTo(x1, y);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        // Each point's value beside it, so the chart reads without hovering.
        ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        for (const q of placed) {
          const x = u.valToPos(q.x, 'x', true) + 9 * devicePixelRatio;
          const y = u.valToPos(q.p.valueMax ?? q.p.value, 'y', true) - 2 * devicePixelRatio;
          ctx.fillStyle = q.p.kind === 'target' ? targetColor : achievementColor;
          ctx.fillText(labels.format(q.p), x, y);
        }
        ctx.restore();
      }],
      setCursor: [(u) => on.hover(u.cursor.idx === null || u.cursor.idx === undefined ? null : placed[u.cursor.idx].p)],
    },
  };
  const width = Math.max(320, Math.min(el.clientWidth || 720, 1240));
  const opts = {
    width,
    height: 300,
    plugins: [ranges],
    scales: { x: { time: false, range: () => [minYear - 0.6, maxYear + 0.6] }, y: { range: () => [lo - pad, hi + pad] } },
    axes: [
      { splits: () => range(minYear, maxYear), values: (u, splits) => splits.map((v) => String(v)) },
      { label: labels.unit || '', size: 60 },
    ],
    cursor: { points: { size: 12 } },
    legend: { show: false }, // the page's own legend names the kinds; hover marks the point's row
    series: [
      { label: labels.year, value: (u, v, si, idx) => (idx === null || idx === undefined ? '—' : String(placed[idx].p.year)) },
      { label: labels.target, stroke: targetColor, width: 0, paths: () => null,
        points: { show: true, size: 12, width: 2.5, stroke: targetColor, fill: '#fff' } },
      // One series of achievements per span, each joined only within itself.
      ...spans.map((span) => ({ label: labels.achievement + (span > 1 ? ' (' + span + ')' : ''), stroke: achievementColor,
        width: 2, spanGaps: true, dash: span > 1 ? [6, 4] : undefined,
        points: { show: true, size: 9, stroke: achievementColor, fill: achievementColor } })),
    ],
  };
  const u = new uPlot(opts, [xs, ys('target'), ...spans.map((span) => ys('achievement', span))], el);
  u.over.addEventListener('click', () => {
    const idx = u.cursor.idx;
    if (idx !== null && idx !== undefined) on.click(placed[idx].p);
  });
  u.over.style.cursor = 'pointer';
  el._uplot = u; // for the browser tests, which click points by their value and check what is joined
  el._placed = placed;
  return u;
}

function range(a, b) {
  const out = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}
