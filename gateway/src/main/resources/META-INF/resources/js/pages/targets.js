// Targets: a filterable, sortable table over GET /targets; the filters live in the route (#/targets?year=2025)
// and the CSV link asks the API for every row matching the filters (same filters and order, format=csv).
import { h, toQuery } from '../dom.js';
import { t, tv, lang } from '../i18n.js';
import { filterChips } from '../filters.js';
import { getJson, ApiError, optional, documentsById, targetsCsvUrl } from '../api.js';
import { kindBadge, valueText, indicatorLink, docTitle, errorBox, themeName } from '../format.js';
import { targetHref, inDocumentHref } from '../permalink.js';

const FILTERS = ['q', 'indicator', 'kind', 'measure', 'comparator', 'theme', 'year', 'yearFrom', 'yearTo', 'document', 'region', 'entity'];
const CHOICES = {
  kind: ['target', 'achievement'],
  measure: ['amount', 'rate', 'share', 'delta'],
  comparator: ['approx', 'at_least', 'at_most', 'exact'],
};
// Column → the API's sort key; a second click on a header reverses it.
const SORTABLE = { indicator: 'indicator', year: 'year', value: 'value', document: 'document' };

export async function render(view, _args, params) {
  const query = {};
  for (const k of [...FILTERS, 'sort', 'page', 'size']) if (params[k]) query[k] = params[k];
  if (!query.size) query.size = '50';
  const [docs, themes] = await Promise.all([
    documentsById().catch(() => new Map()),
    optional('themes', () => getJson('/themes'), true).catch(() => null),
  ]);
  const themeNames = new Map(((themes && themes.items) || []).map((th) => [th.code, th]));

  view.append(h('h1', null, t('targets.title')), filterForm(query, docs, themeNames),
    filterChips('#/targets', query, FILTERS, (k, v) => chipText(k, v, docs, themeNames)));
  let page;
  try {
    page = await getJson('/targets', query);
  } catch (e) {
    view.append(errorBox(e));
    return;
  }
  const go = (changes) => { location.hash = '#/targets' + toQuery(Object.assign({}, query, changes)); };
  const header = (key, col) => {
    const sortKey = SORTABLE[col];
    if (!sortKey) return h('th', null, t(key));
    const current = query.sort === sortKey ? 'asc' : query.sort === '-' + sortKey ? 'desc' : '';
    return h('th.sortable', { dataset: { sort: sortKey, dir: current }, 'aria-sort': current ? current + 'ending' : 'none' },
      h('a', { href: '#', onclick: (e) => { e.preventDefault(); go({ sort: current === 'asc' ? '-' + sortKey : sortKey, page: '' }); } },
        t(key), current === 'asc' ? ' ▲' : current === 'desc' ? ' ▼' : ' ↕'));
  };
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  view.append(
    h('div.table-tools', null,
      h('span#targets-total', null, t('targets.total', { n: page.total })), ' ',
      h('a.button#csv', { href: targetsCsvUrl(query, lang()), download: t('targets.csvFile') }, '↓ ' + t('targets.csv'))),
    h('table.data.targets#targets', null,
      h('thead', null, h('tr', null, header('col.indicator', 'indicator'), header('col.kind'), header('col.year', 'year'),
        header('col.value', 'value'), header('col.document', 'document'), header('col.theme'), header('col.quote'))),
      h('tbody', null, page.items.map((x) => h('tr', { dataset: { id: x.id, kind: x.kind, year: x.year || '' } },
        h('td', null, indicatorLink(x)),
        h('td', null, kindBadge(x.kind)),
        h('td', null, x.year || ''),
        h('td.num', null, h('a', { href: targetHref(x), title: tv('measure', x.measure) }, valueText(x))),
        h('td', null, h('a', { href: inDocumentHref(x) },
          docTitle(docs.get(x.document), x.document))),
        h('td', null, x.theme ? (themeNames.get(x.theme) ? themeName(themeNames.get(x.theme)) : x.theme) : ''),
        h('td.quote', null, h('a', { href: targetHref(x) }, x.quote))))),
      page.items.length ? null : h('tfoot', null, h('tr', null, h('td', { colspan: 7 }, t('home.noResults'))))),
    h('div.pager', null,
      page.page > 0 ? h('a#prev', { href: '#', onclick: (e) => { e.preventDefault(); go({ page: String(page.page - 1) }); } },
        '← ' + t('targets.prev')) : null, ' ',
      h('span.muted', null, t('targets.page', { p: page.page + 1, n: pages })), ' ',
      page.links && page.links.next ? h('a#next', { href: '#', onclick: (e) => { e.preventDefault(); go({ page: String(page.page + 1) }); } },
        t('targets.next') + ' →') : null, ' ',
      h('label', null, t('targets.size') + ' ', h('select', { onchange: (e) => go({ size: e.target.value, page: '' }) },
        ['20', '50', '100', '200'].map((s) => h('option', { value: s, selected: s === String(page.size) }, s))))));
}

function filterForm(query, docs, themeNames) {
  const field = (name, label, input) => h('label.field', null, h('span', null, label), input);
  const text = (name, type) => h('input', { name, type: type || 'text', value: query[name] || '',
    size: type === 'number' ? 5 : 14, min: type === 'number' ? 1949 : null, max: type === 'number' ? 2100 : null });
  const select = (name, options) => h('select', { name },
    h('option', { value: '' }, t('targets.any')),
    options.map(([v, label]) => h('option', { value: v, selected: query[name] === v }, label)));
  const form = h('form.filters#filters', { onsubmit: (e) => {
    e.preventDefault();
    const next = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim()) next[k] = String(v).trim();
    if (query.sort) next.sort = query.sort;
    if (query.size) next.size = query.size;
    if (query.entity) next.entity = query.entity;
    location.hash = '#/targets' + toQuery(next);
  } },
  field('q', t('targets.q'), text('q')),
  field('indicator', t('col.indicator'), text('indicator')),
  field('kind', t('col.kind'), select('kind', CHOICES.kind.map((v) => [v, tv('kind', v)]))),
  field('measure', t('col.measure'), select('measure', CHOICES.measure.map((v) => [v, tv('measure', v)]))),
  field('comparator', t('col.comparator'), select('comparator', CHOICES.comparator.map((v) => [v, tv('comparator', v)]))),
  themeNames.size
    ? field('theme', t('col.theme'), select('theme', [...themeNames.values()].map((th) => [th.code, themeName(th)])))
    : (query.theme ? field('theme', t('col.theme'), text('theme')) : null),
  field('year', t('col.year'), text('year', 'number')),
  field('yearFrom', t('targets.yearFrom'), text('yearFrom', 'number')),
  field('yearTo', t('targets.yearTo'), text('yearTo', 'number')),
  field('region', t('col.region'), text('region')),
  field('document', t('col.document'), select('document', [...docs.values()].map((d) => [d.id, docTitle(d).slice(0, 40)]))),
  h('div.actions', null, h('button', { type: 'submit' }, t('targets.filter')), ' ',
    h('a', { href: '#/targets' }, t('targets.reset'))));
  return form;
}

/** How a filter reads in its chip: names instead of codes and ids (an entity's name is loaded). */
function chipText(k, v, docs, themeNames) {
  const label = t(k === 'q' ? 'targets.q' : k === 'yearFrom' || k === 'yearTo' ? 'targets.' + k : 'col.' + k);
  if (CHOICES[k]) return [label, tv(k, v)];
  if (k === 'theme') return [label, themeNames.has(v) ? themeName(themeNames.get(v)) : v];
  if (k === 'document') return [label, docTitle(docs.get(v), v)];
  // An entity is given by id (a link from its page) or by one of its names (shown as it is).
  if (k !== 'entity' || !/^[0-9a-f]{16}$/.test(v)) return [label, v];
  const name = h('span.entity-name', null, v);
  getJson('/entities/' + encodeURIComponent(v)).then((e) => { name.textContent = e.canonical || v; })
    .catch((e) => { if (!(e instanceof ApiError)) console.error(e); });
  return [label, name];
}
