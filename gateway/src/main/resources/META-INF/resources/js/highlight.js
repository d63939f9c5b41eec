// Lays targets and entity mentions over a text: the text is cut at every start and end offset, and each
// piece is plain text, a <mark> (inside one or more targets, possibly also an entity) or an entity <span>.
import { h } from './dom.js';

/**
 * @param text      the normalized text the offsets refer to
 * @param targets   [{id,start,end,kind,...}] offsets into text
 * @param entities  [{start,end,type,...}] offsets into text
 * @param anchors   offsets where an empty <span class="anchor" data-offset> is placed (section starts)
 * @returns {fragment, firstMark: Map(targetId → element)}
 */
export function highlight(text, targets, entities, anchors) {
  const len = text.length;
  const valid = (x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= len && x.start < x.end;
  const ts = targets.filter(valid);
  const es = entities.filter(valid);
  const cuts = new Set([0, len]);
  for (const x of ts) { cuts.add(x.start); cuts.add(x.end); }
  for (const x of es) { cuts.add(x.start); cuts.add(x.end); }
  const anchorSet = new Set((anchors || []).filter((o) => o >= 0 && o <= len));
  anchorSet.forEach((o) => cuts.add(o));
  const points = [...cuts].sort((a, b) => a - b);

  // Sweep: intervals sorted by start enter the active lists; those that ended leave them.
  const byStart = (a, b) => a.start - b.start || b.end - a.end;
  ts.sort(byStart);
  es.sort(byStart);
  let ti = 0;
  let ei = 0;
  let activeT = [];
  let activeE = [];
  const fragment = document.createDocumentFragment();
  const firstMark = new Map();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (anchorSet.has(a)) fragment.append(h('span.anchor', { dataset: { offset: a } }));
    while (ti < ts.length && ts[ti].start <= a) activeT.push(ts[ti++]);
    while (ei < es.length && es[ei].start <= a) activeE.push(es[ei++]);
    activeT = activeT.filter((x) => x.end > a);
    activeE = activeE.filter((x) => x.end > a);
    const piece = text.slice(a, b);
    if (!activeT.length && !activeE.length) {
      fragment.append(piece);
      continue;
    }
    let el;
    if (activeT.length) {
      // The innermost (shortest) target leads: its kind colours the mark and a click opens it.
      const inner = activeT.reduce((m, x) => (x.end - x.start < m.end - m.start ? x : m));
      el = h('mark.hl-target.kind-' + inner.kind, { dataset: { targetId: inner.id, tip: '' } }, piece);
      el._targets = activeT.slice();
      if (activeE.length) { el.classList.add('hl-entity'); el.dataset.entityId = activeE[0].id ?? ''; }
      for (const x of activeT) if (!firstMark.has(x.id)) firstMark.set(x.id, el);
    } else {
      // An entity mention is a link to its entity page (document.js follows the click).
      el = h('span.hl-entity.ent-' + String(activeE[0].type || 'other').toLowerCase(),
        { dataset: { tip: '', entityId: activeE[0].id ?? '' }, role: 'link', tabindex: '0' }, piece);
    }
    el._entities = activeE.slice();
    fragment.append(el);
  }
  if (anchorSet.has(len)) fragment.append(h('span.anchor', { dataset: { offset: len } }));
  return { fragment, firstMark };
}
