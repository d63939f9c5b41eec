// A series of amounts may mix magnitudes of one base unit (1.6 万亿元 next to 16000 亿元, series unit "元"):
// to plot them on one axis, every value is expressed in the unit most of its points use.
const PREFIXES = [['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7],
  ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2], ['十', 10]];

/** Factor of unit over base (万亿元 over 元 → 1e12), 1 when equal, null when unrelated. */
export function factor(unit, base) {
  if ((unit || '') === (base || '')) return 1;
  if (!unit || !base || !unit.endsWith(base)) return null;
  const prefix = unit.slice(0, unit.length - base.length);
  const found = PREFIXES.find(([p]) => p === prefix);
  return found ? found[1] : null;
}

/**
 * @returns {unit, scale(point) → {value, valueMax}} in the display unit; points that cannot be converted keep
 *          their own numbers (the series then has one unit anyway).
 */
export function commonScale(points, seriesUnit) {
  const counts = new Map();
  points.forEach((p) => counts.set(p.unit || '', (counts.get(p.unit || '') || 0) + 1));
  const display = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const base = seriesUnit && points.every((p) => factor(p.unit, seriesUnit) !== null) ? seriesUnit : null;
  if (!base || counts.size === 1) {
    return { unit: display || seriesUnit || '', scale: (p) => ({ value: p.value, valueMax: p.valueMax }) };
  }
  const to = factor(display, base);
  const conv = (v, p) => (v === undefined || v === null ? v : (v * factor(p.unit, base)) / to);
  return { unit: display, scale: (p) => ({ value: conv(p.value, p), valueMax: conv(p.valueMax, p) }) };
}
