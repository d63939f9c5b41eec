// Links to a target that survive re-extraction of its document. A target's numeric id is a row number that
// re-extraction replaces; its document id (a hash of the bytes) and its place in the document's text do not.
// So a link names the document and the quote's offsets (#/targets/6a9ab0bb6af82a5d/1520-1547), and the page
// finds the target there again: the one at exactly those offsets, else the one overlapping them most (an
// extractor upgrade may move a quote's edges by a character or two), else none — and says so.
import { toQuery } from './dom.js';
import { getJson } from './api.js';

const MAX_PAGES = 20;

function placed(x) {
  return x && x.document && Number.isInteger(x.start) && Number.isInteger(x.end);
}

/** "6a9ab0bb6af82a5d/1520-1547" for a target with a document and offsets, else null. */
export function placeOf(x) {
  return placed(x) ? encodeURIComponent(x.document) + '/' + x.start + '-' + x.end : null;
}

/** The lasting link of a target's page; its numeric id when its place is not known. */
export function targetHref(x) {
  return '#/targets/' + (placeOf(x) || encodeURIComponent(x.id));
}

/** The lasting link of a target in its document (?at=start-end; ?t=id when its place is not known). */
export function inDocumentHref(x) {
  return '#/documents/' + encodeURIComponent(x.document)
    + toQuery(placed(x) ? { at: x.start + '-' + x.end } : { t: x.id });
}

/** "1520-1547" → {start, end}, or null. */
export function parseSpan(text) {
  const m = /^(\d+)-(\d+)$/.exec(text || '');
  return m && Number(m[2]) > Number(m[1]) ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

/** Among targets, the one at the span, else the one overlapping it most, else null. */
export function findAt(targets, span) {
  let best = null;
  let bestOverlap = 0;
  for (const x of targets) {
    if (x.start === span.start && x.end === span.end) return x;
    const overlap = Math.min(x.end, span.end) - Math.max(x.start, span.start);
    if (overlap > bestOverlap) { best = x; bestOverlap = overlap; }
  }
  return best;
}

/** The target of a document at a span, looked up in the document's targets (GET /targets?document=), or null. */
export async function resolveAt(documentId, span) {
  const all = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const p = await getJson('/targets', { document: documentId, size: 200, page });
    all.push(...p.items);
    if (!p.links || !p.links.next || !p.items.length) break;
  }
  return findAt(all, span);
}
