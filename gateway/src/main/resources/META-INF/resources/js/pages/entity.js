// One entity (GET /entities/{id}): its canonical name and every alias, the documents that mention it (with the
// names they use), and the targets whose sentence mentions it, with a link to all of them in the targets table.
import { h, toQuery } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, ApiError } from '../api.js';
import { kindBadge, valueText, indicatorLink } from '../format.js';
import { entityTypeBadge } from './entities.js';
import { targetHref } from '../permalink.js';

export async function render(view, [id]) {
  let e;
  try {
    e = await getJson('/entities/' + encodeURIComponent(id));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      view.append(h('h1', null, t('entity.title')), h('p.empty#entity-missing', null, t('entity.notFound')));
      return;
    }
    throw err;
  }
  const aliases = (e.aliases || []).filter((a) => a !== e.canonical);
  const docs = e.documents || [];
  const targets = e.targets || [];
  view.append(h('div.entity-detail', { dataset: { id: e.id } },
    h('h1#entity-name', null, e.canonical, ' ', entityTypeBadge(e.type)),
    h('p#entity-aliases', null, t('col.aliases') + ': ', aliases.length ? aliases.join('、') : h('span.muted', null, t('entity.noAliases'))),
    h('h2', null, t('entity.documents'), ' ', h('span.muted', null, '(' + docs.length + ')')),
    h('ul#entity-documents', null, docs.map((d) => h('li', { dataset: { document: d.document } },
      h('a', { href: '#/documents/' + encodeURIComponent(d.document) }, d.title || d.document), ' ',
      h('span.muted', null, t('entity.mentions', { n: d.mentions.length }) + ': '
        + [...new Set(d.mentions.map((m) => m.text))].join('、'))))),
    h('h2', null, t('entity.targets'), ' ', h('span.muted', null, '(' + targets.length + ')'), ' ',
      h('a.small#entity-all-targets', { href: '#/targets' + toQuery({ entity: e.id }) }, t('entity.allTargets') + ' →')),
    targets.length ? h('table.data#entity-targets', null,
      h('thead', null, h('tr', null, ['col.indicator', 'col.kind', 'col.year', 'col.value', 'col.quote'].map((k) => h('th', null, t(k))))),
      h('tbody', null, targets.map((x) => h('tr', { dataset: { id: x.id } },
        h('td', null, indicatorLink(x)), h('td', null, kindBadge(x.kind)), h('td', null, x.year || ''),
        h('td.num', null, h('a', { href: targetHref(x) }, valueText(x))),
        h('td.quote', null, x.quote))))) : h('p.empty', null, t('entity.noTargets'))));
}
