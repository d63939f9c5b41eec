// Indicators: every indicator with its counts and years, filterable by name; each opens its series.
// Uses GET /indicators; an older server gets the list gathered from GET /targets.
import { h, toQuery } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, optional } from '../api.js';
import { number } from '../format.js';

export async function render(view, _args, params) {
  const q = params.q || '';
  let items = null;
  const page = await optional('indicators', () => getJson('/indicators', { q, size: 200 }), true);
  if (page) items = page.items;
  else items = await fromTargets(q);
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: t('indicator.search') });
  view.append(h('h1', null, t('indicators.title')),
    h('form.search.small', { onsubmit: (e) => { e.preventDefault(); location.hash = '#/indicators' + toQuery({ q: input.value.trim() }); } },
      input, h('button', { type: 'submit' }, t('home.search'))),
    h('table.data#indicators', null,
      h('thead', null, h('tr', null, ['col.indicator', 'col.targets', 'col.achievements', 'col.year'].map((k) => h('th', null, t(k))))),
      h('tbody', null, items.map((x) => h('tr', { dataset: { key: x.key } },
        h('td', null, h('a', { href: '#/indicators/' + encodeURIComponent(x.key) }, x.name || x.key),
          x.aliases && x.aliases.length ? h('div.small.muted', null, x.aliases.slice(0, 4).join(' · ')) : null),
        h('td.num', null, number(x.targetCount)), h('td.num', null, number(x.achievementCount)),
        h('td.small', null, (x.years || []).join(' ')))))));
}

async function fromTargets(q) {
  const all = [];
  for (let page = 0; page < 10; page++) {
    const p = await getJson('/targets', { indicator: q || undefined, size: 200, page });
    all.push(...p.items);
    if (!p.links || !p.links.next) break;
  }
  const byKey = new Map();
  for (const x of all) {
    const key = x.indicatorKey || x.indicator;
    if (!byKey.has(key)) byKey.set(key, { key, name: key, targetCount: 0, achievementCount: 0, years: new Set() });
    const e = byKey.get(key);
    if (x.kind === 'target') e.targetCount++; else e.achievementCount++;
    if (x.year) e.years.add(x.year);
  }
  return [...byKey.values()].map((e) => Object.assign(e, { years: [...e.years].sort() }))
    .sort((a, b) => (b.targetCount + b.achievementCount) - (a.targetCount + a.achievementCount));
}
