// Entities: the canonical names across documents (GET /entities), filtered by type and by a substring of any
// of their names, most mentioned first; each leads to its entity page.
import { h, toQuery } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getJson } from '../api.js';
import { number, entityLink } from '../format.js';

export const TYPES = ['PERSON', 'ORG', 'LOCATION', 'FACILITY', 'POLICY', 'EVENT'];
const PAGE_SIZE = 50;

export async function render(view, _args, params) {
  const page = Math.max(0, parseInt(params.page || '0', 10) || 0);
  const type = h('select', { name: 'type' }, h('option', { value: '' }, t('targets.any')),
    TYPES.map((x) => h('option', { value: x, selected: params.type === x }, tv('entity.type', x))));
  const q = h('input', { name: 'q', type: 'search', value: params.q || '', placeholder: t('entities.searchPlaceholder') });
  const form = h('form.filters#entity-filters', { onsubmit: (e) => {
    e.preventDefault();
    location.hash = '#/entities' + toQuery({ type: type.value, q: q.value.trim() });
  } },
  h('label', null, t('col.entityType'), ' ', type), ' ', h('label', null, t('targets.q'), ' ', q), ' ',
  h('button', { type: 'submit' }, t('targets.filter')),
  params.type || params.q ? [' ', h('a#entity-filters-clear', { href: '#/entities' }, t('targets.reset'))] : null);
  const list = await getJson('/entities', { type: params.type, q: params.q, page, size: PAGE_SIZE });
  view.append(h('h1', null, t('entities.title')), form,
    h('p.muted#entities-total', { dataset: { total: list.total } }, t('targets.total', { n: list.total })),
    list.items.length ? h('table.data#entities', null,
      h('thead', null, h('tr', null, ['col.name', 'col.entityType', 'col.aliases', 'col.mentions', 'col.documents']
        .map((k) => h('th', null, t(k))))),
      h('tbody', null, list.items.map((e) => h('tr', { dataset: { id: e.id, type: e.type } },
        h('td', null, entityLink(e)), h('td', null, entityTypeBadge(e.type)),
        h('td.small', null, (e.aliases || []).filter((a) => a !== e.canonical).join('、')),
        h('td.num', null, number(e.mentionCount)), h('td.num', null, number(e.documentCount))))))
      : h('p.empty', null, t('entities.none')),
    h('div.pager', null,
      page > 0 ? h('a', { href: '#/entities' + toQuery(Object.assign({}, params, { page: page - 1 })) }, '← ' + t('targets.prev')) : null, ' ',
      list.links && list.links.next ? h('a', { href: '#/entities' + toQuery(Object.assign({}, params, { page: page + 1 })) }, t('targets.next') + ' →') : null));
}

export function entityTypeBadge(type) {
  return h('span.badge.ent.ent-' + String(type || 'other').toLowerCase(), { dataset: { type: type || '' } }, tv('entity.type', type));
}
