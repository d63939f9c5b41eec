// Regions compared: for an indicator and a year, each region's target as a ranked bar (≥, ≈ marked), last year's
// result beside it where the region reported one, each bar linked to its evidence (#/targets/{id}).
// Uses GET /indicators/{key}/regions twice: the year's targets and the previous year's achievements.
import { h, toQuery } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { valueText } from '../format.js';

export async function render(view, _args, params) {
  const key = params.key || '地区生产总值';
  const year = Number(params.year) || new Date().getFullYear();
  const measure = params.measure || 'rate';
  const ask = (kind, y) => getJson('/indicators/' + encodeURIComponent(key) + '/regions',
    { year: y, kind, measure, regionLevel: params.level || undefined, size: 200 });
  const [targets, results] = await Promise.all([ask('target', year), ask('achievement', year - 1)]);
  const last = new Map(results.items.map((r) => [r.region, r]));
  const keyInput = h('input', { name: 'key', value: key, 'aria-label': t('col.indicator') });
  const yearInput = h('input', { name: 'year', type: 'number', value: year, min: 1949, max: 2100, 'aria-label': t('col.year') });
  view.append(h('h1', null, t('compare.title'), ' · ', targets.key || key, ' · ', String(year)),
    h('form.search.small', { onsubmit: (e) => { e.preventDefault();
      location.hash = '#/compare' + toQuery({ key: keyInput.value.trim(), year: yearInput.value, measure }); } },
    keyInput, ' ', yearInput, ' ', h('button', { type: 'submit' }, t('home.search'))),
    h('p.legend', null, h('span.key.key-target', null, '▇ ' + t('compare.target', { year })), ' ',
      h('span.key.key-achievement', null, '▇ ' + t('compare.result', { year: year - 1 }))));
  if (!targets.items.length) {
    view.append(h('p.empty', null, t('compare.none')));
    return;
  }
  const max = Math.max(...targets.items.map((r) => r.valueMax ?? r.value),
    ...results.items.map((r) => r.value), 0) || 1;
  const bar = (r, cls) => r
    ? h('a.rbar.' + cls, { href: '#/targets/' + r.targetId, title: r.quote,
      dataset: { targetId: r.targetId, comparator: r.comparator, value: r.value } },
    h('span.fill', { style: 'width:' + Math.max(1, 100 * Math.abs(r.value) / max).toFixed(1) + '%' }),
    r.valueMax != null ? h('span.range', { style: 'width:' + (100 * (r.valueMax - r.value) / max).toFixed(1) + '%' }) : null,
    h('span.label', null, valueText(r)))
    : h('span.rbar.none', null, '—');
  view.append(h('ol.ranking#ranking', null, targets.items.map((r, i) => h('li', { dataset: { region: r.region } },
    h('span.rank', null, String(i + 1)),
    h('span.region', null, r.region),
    h('span.bars2', null, bar(r, 'target'), bar(last.get(r.region), 'result'))))));
}
