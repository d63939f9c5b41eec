// One target: what, how much, when, the sentence that says it, where it is in its document, and links on to
// the indicator's series and to the other figures of that indicator.
import { h, toQuery, markQuote } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getJson, ApiError, documentsById, themesByCode } from '../api.js';
import { targetHref, parseSpan, resolveAt, inDocumentHref } from '../permalink.js';
import { kindBadge, valueText, number, indicatorLink, indicatorKey, docTitle, dateText, entityLink, themeName } from '../format.js';

export async function render(view, [id, at]) {
  const x = await (at ? byPlace(id, at) : byId(id));
  if (!x) {
    view.append(h('h1', null, t('target.title')), h('p.empty.not-found#not-found', null, t('target.notFound')),
      at ? h('p', null, h('a', { href: '#/documents/' + encodeURIComponent(id) }, t('target.toDocument'))) : null);
    return;
  }
  // The address bar holds the lasting link (document and place), whichever link opened the page.
  const lasting = targetHref(x);
  if (location.hash !== lasting) history.replaceState(null, '', lasting);
  let doc = x.documentInfo;
  if (!doc) doc = (await documentsById().catch(() => new Map())).get(x.document);
  view.append(h('h1', null, t('target.title') + ' · ' + x.indicator + (x.year ? ' ' + x.year : '')), targetDetail(x, doc));
}

/** GET /targets/{id}, or null when there is none (deleted, or replaced by a re-extraction). */
async function byId(id) {
  try {
    return await getJson('/targets/' + encodeURIComponent(id));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** The target now at that place of the document (permalink.js), with its entities; null when none is. */
async function byPlace(documentId, at) {
  const span = parseSpan(at);
  const found = span ? await resolveAt(documentId, span) : null;
  return found ? byId(found.id) : null;
}

/** The detail block, used by this page and by the document page's side panel. */
export function targetDetail(x, doc) {
  const relStart = Number.isInteger(x.sentenceStart) ? x.start - x.sentenceStart : undefined;
  const rows = [
    ['col.indicator', indicatorLink(x)],
    ['col.kind', kindBadge(x.kind)],
    ['col.value', h('strong.value', null, valueText(x))],
    ['col.year', x.year],
    ['col.measure', tv('measure', x.measure)],
    ['col.comparator', tv('comparator', x.comparator)],
    ['col.unit', x.unit],
    ['target.normalized', x.normalizedValue !== undefined && x.normalizedValue !== null
      ? number(x.normalizedValue) + ' ' + (x.baseUnit || '') : null],
    ['col.subject', x.subject],
    ['col.theme', x.theme ? themeLink(x.theme) : null],
    ['col.section', x.section && x.section.length ? x.section.join(' › ') : null],
    ['col.document', h('span', null, h('a', { href: '#/documents/' + encodeURIComponent(x.document) },
      docTitle(doc, x.document)), doc && doc.date ? ' · ' + dateText(doc.date) : '')],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('div.target-detail', { dataset: { id: x.id, kind: x.kind } },
    h('blockquote.sentence', null, markQuote(x.sentence || x.quote, x.quote, relStart)),
    h('dl.fields', null, rows.map(([k, v]) => [h('dt', null, t(k)), h('dd', null, v)])),
    x.entities && x.entities.length ? h('p.entities', null, t('doc.entities') + ': ',
      x.entities.map((e) => [entityLink(e, '.chip.ent'), ' '])) : null,
    h('p.links', null,
      h('a.button', { href: inDocumentHref(x) }, t('target.inDocument')),
      ' ', h('a.button', { href: '#/indicators/' + encodeURIComponent(indicatorKey(x)) }, t('target.series')),
      ' ', h('a', { href: '#/targets' + toQuery({ indicator: x.indicator }) }, t('target.similar'))));
}

/** The theme's code at once, its name in the page's language once the themes are loaded. */
function themeLink(code) {
  const a = h('a.theme', { href: '#/targets' + toQuery({ theme: code }), dataset: { theme: code } }, code);
  themesByCode().then((m) => { if (m.has(code)) a.textContent = themeName(m.get(code)); });
  return a;
}
