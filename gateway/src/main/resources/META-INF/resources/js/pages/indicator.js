// An indicator: one chart per measure (rate, amount…) of its targets and achievements over the years, each
// point linked to its evidence, and a table with the met/missed/pending status of every target.
// Uses GET /indicators/{key}/series; an older server gets the same points gathered from GET /targets.
import { h, append, toQuery, markQuote } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getJson, optional, documentsById } from '../api.js';
import { kindBadge, valueText, targetStatusBadge, docTitle, dateText } from '../format.js';
import { drawSeries, endYear, spanOf } from '../chart.js';
import { commonScale } from '../units.js';
import { shownStatus, hasTargetFor, comparison } from '../statuses.js';

export async function render(view, [key]) {
  let data = await optional('series', () => getJson('/indicators/' + encodeURIComponent(key) + '/series'));
  let fromTargets = false;
  if (!data) {
    data = await seriesFromTargets(key);
    fromTargets = true;
  }
  append(view, [h('h1', null, h('span.muted', null, t('indicator.title') + ' · '), data.name || key),
    fromTargets ? h('p.muted.small', null, t('indicator.fromTargets')) : null,
    h('p', null, h('a', { href: '#/targets' + toQuery({ indicator: key }) }, '→ ' + t('nav.targets')))]);
  // The fullest series first (for 地区生产总值 the growth rates, not the one amount).
  const series = (data.series || []).filter((s) => s.points && s.points.length)
    .sort((a, b) => b.points.length - a.points.length);
  if (!series.length) {
    view.append(h('p.empty', null, t('indicator.none')));
    return;
  }
  view.dataset.source = fromTargets ? 'targets' : 'series';
  const allPoints = series.flatMap((s) => s.points);
  for (const s of series) await renderSeries(view, s, allPoints);
}

async function renderSeries(view, s, allPoints) {
  const { unit, scale } = commonScale(s.points, s.unit);
  const chart = h('div.chart', { dataset: { measure: s.measure || '' } });
  const rows = s.points.map((p) => pointRow(p, allPoints));
  const section = h('section.series', { dataset: { measure: s.measure || '', unit } },
    h('h2', null, t('indicator.chart'), ' · ', tv('measure', s.measure), unit ? ' (' + unit + ')' : ''),
    h('p.legend', null, h('span.key.key-target', null, '◯ ' + t('kind.target')), ' ',
      h('span.key.key-achievement', null, '● ' + t('kind.achievement')),
      s.points.some((p) => spanOf(p.year) > 1) ? [' ', h('span.key.key-span', null, '⌐ ' + t('indicator.spanKey'))] : null),
    chart,
    h('h3', null, t('indicator.points')),
    h('table.data.points', null,
      h('thead', null, h('tr', null, ['col.year', 'col.kind', 'col.value', 'col.status', 'col.document', 'col.evidence']
        .map((k) => h('th', null, t(k))))),
      h('tbody', null, rows)));
  view.append(section);
  const byId = new Map(rows.map((r) => [r.dataset.targetId, r]));
  try {
    const plotted = s.points.map((p) => Object.assign({}, p, scale(p), { label: valueText(p) }));
    await drawSeries(chart, plotted, { target: t('kind.target'), achievement: t('kind.achievement'), unit, year: t('col.year'),
      format: (p) => p.label }, {
      click: (p) => { location.hash = '#/targets/' + p.targetId; },
      hover: (p) => {
        rows.forEach((r) => r.classList.remove('hot'));
        if (p && byId.get(String(p.targetId))) byId.get(String(p.targetId)).classList.add('hot');
      },
    });
    chart.dataset.drawn = 'true';
  } catch (e) {
    console.error(e);
    chart.append(h('p.error', null, e.message));
  }
}

function pointRow(p, allPoints) {
  // Targets: the status in the page's words (未报告 for a finished year without a result); achievements: whether
  // the corpus holds any target for their year at all.
  const shown = p.kind === 'target' ? shownStatus(p, allPoints) : { status: '', reason: '' };
  const noTarget = p.kind === 'achievement' && !hasTargetFor(p, allPoints);
  const span = spanOf(p.year);
  const cmp = p.kind === 'target' ? comparison(p, allPoints) : null;
  return h('tr', { dataset: { targetId: p.targetId, kind: p.kind || '', year: p.year || '', status: shown.status,
    noTarget: noTarget ? 'true' : null, span } },
    h('td', null, p.year || '', span > 1 ? h('div.small.muted.span', null, t('indicator.span', { n: span })) : null),
    h('td', null, kindBadge(p.kind)),
    h('td.num', null, valueText(p)),
    h('td', null, p.kind === 'target' ? targetStatusBadge(shown.status, shown.reason) : '',
      cmp ? [' ', h('span.comparison', { dataset: { sign: cmp.sign } }, cmp.text)] : null,
      p.achievementId !== undefined && p.achievementId !== null
        ? [' ', h('a.small.judged-by', { href: '#/targets/' + p.achievementId, title: shown.reason }, t('indicator.judgedBy') + ' →')]
        : null,
      shown.reason ? h('div.small.muted.status-reason', null, shown.reason) : null,
      noTarget ? h('div.small.muted.no-target', null, t('reason.noTarget', { year: p.year || '' })) : null),
    h('td', null, h('a', { href: '#/documents/' + encodeURIComponent(p.document) + toQuery({ t: p.targetId }) },
      p.documentTitle || p.document), p.documentDate ? h('div.small.muted', null, dateText(p.documentDate)) : null),
    h('td.quote', null, h('a', { href: '#/targets/' + p.targetId }, markQuote(p.quote, p.quote))));
}

/** The series shape built from the targets list (exact indicator name), grouped by measure and unit. */
async function seriesFromTargets(key) {
  const items = [];
  for (let page = 0; page < 10; page++) {
    const p = await getJson('/targets', { indicator: key, size: 200, page });
    items.push(...p.items);
    if (!p.links || !p.links.next) break;
  }
  const docs = await documentsById().catch(() => new Map());
  const mine = items.filter((x) => x.indicator === key || x.indicatorKey === key);
  const groups = new Map();
  for (const x of mine) {
    // As the server does: one series per measure and base unit (amounts of 万亿元 and 亿元 together).
    const base = x.baseUnit || x.unit || '';
    const g = x.measure + '|' + base;
    if (!groups.has(g)) groups.set(g, { measure: x.measure, unit: base, points: [] });
    const d = docs.get(x.document);
    groups.get(g).points.push({ year: x.year, kind: x.kind, value: x.value, valueMax: x.valueMax, unit: x.unit,
      comparator: x.comparator, targetId: x.id, document: x.document, documentTitle: docTitle(d, x.document),
      documentDate: d && d.date, quote: x.quote });
  }
  for (const g of groups.values()) g.points.sort((a, b) => (endYear(a.year) || 0) - (endYear(b.year) || 0));
  return { key, name: key, series: [...groups.values()].sort((a, b) => b.points.length - a.points.length) };
}
