// The filters a list is limited to, shown as chips (“实体 天开高教科创园 ×”), each linked to the same list without
// it, plus one link to clear them all: a list opened from a link (#/targets?entity=…) says what it shows.
import { h, toQuery } from './dom.js';
import { t } from './i18n.js';

/**
 * `route` is the list's route (#/targets), `query` its parameters, `keys` the ones that filter (sort, page and size
 * stay when one is dropped, page goes back to the first). `show(key, value)` gives the label and the value as
 * text or a node (a name loaded later), or null for the raw value.
 */
export function filterChips(route, query, keys, show) {
  const active = keys.filter((k) => query[k] !== undefined && query[k] !== '');
  if (!active.length) return h('p.active-filters#active-filters', { hidden: true });
  const without = (k) => {
    const next = Object.assign({}, query);
    delete next[k];
    delete next.page;
    return route + toQuery(next);
  };
  const kept = {};
  for (const k of ['sort', 'size']) if (query[k]) kept[k] = query[k];
  return h('p.active-filters#active-filters', null, t('filters.active'), ' ',
    active.map((k) => {
      const shown = show(k, query[k]) || [k, query[k]];
      return h('span.filter-chip', { dataset: { filter: k, value: query[k] } }, shown[0] + ' ', h('strong', null, shown[1]),
        h('a.clear', { href: without(k), title: t('filters.clear'), 'aria-label': t('filters.clear') + ' ' + shown[0] }, '×'));
    }), ' ',
    h('a.clear-all#clear-filters', { href: route + toQuery(kept) }, t('filters.clearAll')));
}
