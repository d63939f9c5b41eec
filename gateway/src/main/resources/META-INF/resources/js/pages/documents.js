// Documents: the list with status and counts, filtered (status, genre, dates, region, text) and sorted by a
// click on a column, its count refreshed after an upload; the upload zone (upload.js) whose rows follow the
// extraction live (the event stream), or by polling GET /documents/{id} when the server has no stream.
import { h, toQuery } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getJson, ApiError, documentsById } from '../api.js';
import { subscribe } from '../events.js';
import { statusBadge, dateText, timeText, docTitle, number, errorBox } from '../format.js';
import { filterChips } from '../filters.js';
import { uploadZone, followUpload, FINAL } from '../upload.js';

const FILTERS = ['q', 'status', 'genre', 'dateFrom', 'dateTo', 'region'];
const STATUSES = ['RECEIVED', 'EXTRACTED', 'FAILED'];
const MAX_ROWS = 1000;
// Column → how rows compare; the API has no order for documents but receivedAt, so the page sorts what it loaded.
const COLUMNS = [
  ['title', 'col.title', (d) => docTitle(d)], ['date', 'col.date', (d) => d.date || ''],
  ['genre', 'col.genre', (d) => d.genre || ''], ['region', 'col.region', (d) => d.region || ''],
  ['status', 'col.status', (d) => d.status || ''],
  ['targets', 'col.targets', (d) => d.targetCount ?? -1], ['entities', 'col.entities', (d) => d.entityCount ?? -1],
  ['received', 'col.received', (d) => d.receivedAt || ''],
];

export async function render(view, _args, params) {
  const query = {};
  for (const k of [...FILTERS, 'sort']) if (params[k]) query[k] = params[k];
  const filters = Object.fromEntries(FILTERS.filter((k) => query[k]).map((k) => [k, query[k]]));
  const tbody = h('tbody');
  const uploads = h('ul.uploads#uploads');
  const streamLabel = h('span.stream.muted#stream-state');
  const total = h('span#documents-total');
  const corpus = await documentsById().catch(() => new Map());
  const rows = new DocumentRows(tbody, total, filters);
  view.append(
    h('div.page-head', null, h('h1', null, t('docs.title')), streamLabel),
    h('section.upload', null, h('h2', null, t('docs.upload')), uploadZone(uploads, (body, file, li) => rows.accepted(body, file, li)),
      uploads),
    filterForm(query, corpus),
    filterChips('#/documents', query, FILTERS, (k, v) => chipText(k, v)),
    h('div.table-tools', null, total),
    h('table.data.documents#documents', null, h('thead', null, h('tr', null, COLUMNS.map(([key, label]) => header(key, label, query)))),
      tbody));
  const stop = rows.follow(streamLabel);
  try {
    const list = await loadAll(filters);
    for (const d of sorted(list, query.sort)) rows.show(d, true);
    if (!list.length) tbody.append(h('tr.empty', null, h('td', { colspan: COLUMNS.length }, t('docs.empty'))));
    await rows.count(list.length);
  } catch (e) {
    view.append(errorBox(e));
  }
  return stop;
}

function row(d) {
  return h('tr', { dataset: { id: d.id, status: d.status || '' } },
    h('td', null, h('a', { href: '#/documents/' + encodeURIComponent(d.id) }, docTitle(d)),
      d.fileName && d.title ? h('div.muted.small', null, d.fileName) : null),
    h('td', null, dateText(d.date)), h('td', null, d.genre || ''), h('td', null, d.region || ''),
    h('td', null, statusBadge(d.status), d.failureReason ? h('div.small.error-text', null, d.failureReason) : null),
    h('td.num', null, number(d.targetCount)), h('td.num', null, number(d.entityCount)),
    h('td.muted.received', null, timeText(d.receivedAt)));
}

/**
 * The table's rows by document id, kept current: uploads followed to their outcome, the count asked again once
 * targets-service has an upload, and changes from the event stream (or polling when there is none). With a
 * filter, only rows already shown are updated: a new upload may not match it (its upload row still follows it).
 */
class DocumentRows {
  constructor(tbody, total, filters) {
    this.tbody = tbody;
    this.total = total;
    this.filters = filters;
    this.filtered = Object.keys(filters).length > 0;
    this.rows = new Map(); // document id → <tr>
    this.watched = new Map(); // document id → upload <li> waiting for a final status
    this.counted = new Set(); // uploads seen by targets-service, counted again once
  }

  show(d, atEnd) {
    const tr = row(d);
    const empty = this.tbody.querySelector('tr.empty');
    if (empty) empty.remove();
    const old = this.rows.get(d.id);
    if (old) old.replaceWith(tr);
    else if (atEnd) this.tbody.append(tr);
    else this.tbody.prepend(tr);
    this.rows.set(d.id, tr);
    const li = this.watched.get(d.id);
    if (li && followUpload(li, d)) this.watched.delete(d.id);
  }

  async accepted(body, file, li) {
    this.watched.set(body.id, li);
    if (body.created === false) await this.refresh(body.id);
    else if (!this.filtered) this.show({ id: body.id, title: body.title, fileName: file.name, status: 'RECEIVED', receivedAt: body.receivedAt });
    await this.count();
  }

  async refresh(id) {
    try {
      const d = await getJson('/documents/' + encodeURIComponent(id));
      // An upload is in the list's count once targets-service has it: ask for the count again then.
      if (this.watched.has(id) && !this.counted.has(id)) {
        this.counted.add(id);
        this.count();
      }
      if (this.rows.has(id) || !this.filtered) this.show(d);
      else if (this.watched.has(id) && followUpload(this.watched.get(id), d)) this.watched.delete(id);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) console.error(e);
      // 404 right after an upload: targets-service has not consumed the event yet.
    }
  }

  /** The number of matching documents (the list may hold fewer than all: `shown`). */
  async count(shown) {
    const page = await getJson('/documents', Object.assign({ size: 1 }, this.filters)).catch(() => null);
    if (!page) return;
    this.total.dataset.total = page.total;
    this.total.textContent = t('docs.total', { n: page.total }) + (shown < page.total ? t('docs.shown', { n: shown }) : '');
  }

  /** Live updates; polling for what the stream does not (yet) tell. Returns the page's teardown. */
  follow(streamLabel) {
    let live = false;
    let closed = false;
    const unsubscribe = subscribe((ev) => {
      if (!ev.documentId) return;
      if (this.rows.has(ev.documentId) || this.watched.has(ev.documentId) || !this.filtered) this.refresh(ev.documentId);
    }, (state) => {
      live = state === 'live';
      streamLabel.textContent = '● ' + (live ? t('docs.live') : t('docs.polling'));
      streamLabel.classList.toggle('live', live);
    });
    let ticks = 0;
    const poll = setInterval(() => {
      ticks++;
      // With the stream, poll rarely as a safety net; without it, every second.
      if (closed || (live && ticks % 5 !== 0)) return;
      for (const id of this.watched.keys()) this.refresh(id);
      for (const [id, tr] of this.rows) if (!FINAL.has(tr.dataset.status) && !this.watched.has(id)) this.refresh(id);
    }, 1000);
    return () => { closed = true; clearInterval(poll); unsubscribe(); };
  }
}

/** Every matching document (newest received first), at most MAX_ROWS. */
async function loadAll(filters) {
  const out = [];
  for (let page = 0; out.length < MAX_ROWS; page++) {
    const p = await getJson('/documents', Object.assign({ size: 200, page }, filters));
    out.push(...p.items);
    if (!p.links || !p.links.next || !p.items.length) break;
  }
  return out;
}

function sorted(list, sort) {
  const desc = (sort || '').startsWith('-');
  const col = COLUMNS.find(([key]) => key === (sort || '').replace(/^-/, ''));
  if (!col) return list;
  const key = col[2];
  const cmp = (a, b) => (typeof key(a) === 'number' ? key(a) - key(b) : String(key(a)).localeCompare(String(key(b)), 'zh'));
  return [...list].sort((a, b) => (desc ? -cmp(a, b) : cmp(a, b)));
}

function header(key, label, query) {
  const current = query.sort === key ? 'asc' : query.sort === '-' + key ? 'desc' : '';
  const next = Object.assign({}, query, { sort: current === 'asc' ? '-' + key : key });
  return h('th.sortable', { dataset: { sort: key, dir: current }, 'aria-sort': current ? current + 'ending' : 'none' },
    h('a', { href: '#/documents' + toQuery(next) }, t(label), current === 'asc' ? ' ▲' : current === 'desc' ? ' ▼' : ' ↕'));
}

function chipText(k, v) {
  const label = { q: t('targets.q'), status: t('col.status'), genre: t('col.genre'), dateFrom: t('docs.dateFrom'),
    dateTo: t('docs.dateTo'), region: t('col.region') }[k];
  return [label, k === 'status' ? tv('status', v.toUpperCase()) : v];
}

function filterForm(query, corpus) {
  const field = (label, input) => h('label.field', null, h('span', null, label), input);
  const input = (name, type) => h('input', { name, type: type || 'text', value: query[name] || '', size: 12 });
  const select = (name, options) => h('select', { name }, h('option', { value: '' }, t('targets.any')),
    options.map(([v, label]) => h('option', { value: v, selected: query[name] === v }, label)));
  // The genres of the corpus (and the one asked for), not a fixed list.
  const genres = [...new Set([...corpus.values()].map((d) => d.genre).concat(query.genre).filter(Boolean))].sort();
  const form = h('form.filters#doc-filters', { onsubmit: (e) => {
    e.preventDefault();
    const next = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim()) next[k] = String(v).trim();
    if (query.sort) next.sort = query.sort;
    location.hash = '#/documents' + toQuery(next);
  } },
  field(t('targets.q'), input('q')),
  field(t('col.status'), select('status', STATUSES.map((s) => [s, tv('status', s)]))),
  field(t('col.genre'), select('genre', genres.map((g) => [g, g]))),
  field(t('docs.dateFrom'), input('dateFrom', 'date')),
  field(t('docs.dateTo'), input('dateTo', 'date')),
  field(t('col.region'), input('region')),
  h('div.actions', null, h('button', { type: 'submit' }, t('targets.filter')), ' ',
    h('a', { href: '#/documents' }, t('targets.reset'))));
  return form;
}
