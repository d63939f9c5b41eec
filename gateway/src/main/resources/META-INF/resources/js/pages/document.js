// A document: its text with every target and entity highlighted in place (hover for the figure, click for the
// target), the section tree as navigation, and the table of its targets. Older servers without /text or
// /sections get the sentences that hold targets instead of the full text, and no tree.
import { h, clear, toQuery } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getJson, getText, optional, post, ApiError } from '../api.js';
import { highlight } from '../highlight.js';
import { kindBadge, valueText, statusBadge, dateText, docTitle, number, targetCard, indicatorLink, errorText } from '../format.js';
import { targetDetail } from './target.js';
import { targetHref, parseSpan, findAt } from '../permalink.js';

const MAX_TARGETS = 2000;

export async function render(view, [id], params) {
  const enc = encodeURIComponent(id);
  let doc;
  try {
    doc = await getJson('/documents/' + enc);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      view.append(h('h1', null, id), h('p.empty', null, t('notFound')));
      return;
    }
    throw e;
  }
  const [targets, text, sections, entities] = await Promise.all([
    allTargets(id),
    optional('text', () => getText('/documents/' + enc + '/text')),
    optional('sections', () => getJson('/documents/' + enc + '/sections')),
    optional('entities', () => getJson('/documents/' + enc + '/entities')),
  ]);

  const detail = h('aside.detail#detail', { hidden: true });
  const textBox = h('article.doc-text#doc-text', { lang: 'zh-CN' });
  const nav = h('nav.sections#sections');
  view.append(header(doc, id), h('div.doc-layout', null, nav, textBox, detail), targetsTable(targets));

  function openTarget(targetId) {
    const x = targets.find((y) => String(y.id) === String(targetId));
    detail.hidden = false;
    clear(detail).append(h('div.detail-head', null, h('strong', null, t('target.title')),
      h('button.close', { type: 'button', 'aria-label': t('doc.close'), onclick: () => { detail.hidden = true; } }, '×')));
    if (!x) {
      // A shared link to a target this document no longer has (deleted, or re-extracted without it).
      detail.append(h('p.empty.not-found#not-found', null, t('target.notFound')));
      return;
    }
    detail.append(targetDetail(x, doc));
    detail.append(h('p', null, h('a#open-target', { href: targetHref(x) }, t('doc.openTarget') + ' →')));
    // The single-target call adds the entities of the sentence; the list item is shown meanwhile.
    getJson('/targets/' + encodeURIComponent(targetId)).then((full) => {
      const old = detail.querySelector('.target-detail');
      if (old && detail.dataset.current === String(targetId)) old.replaceWith(targetDetail(full, full.documentInfo || doc));
    }).catch(() => {});
    detail.dataset.current = String(targetId);
    view.querySelectorAll('mark.selected').forEach((m) => m.classList.remove('selected'));
    view.querySelectorAll(`mark[data-target-id="${CSS.escape(String(targetId))}"]`).forEach((m) => m.classList.add('selected'));
  }

  let firstMark = new Map();
  if (text !== null && text !== undefined) {
    const anchors = flatten(sections || []).map((s) => s.start);
    const laid = highlight(text, targets, entities || [], anchors);
    firstMark = laid.firstMark;
    textBox.append(laid.fragment);
    textBox.dataset.mode = 'text';
  } else {
    textBox.dataset.mode = 'sentences';
    textBox.append(h('p.muted.notice', null, t('doc.noText')));
    firstMark = sentencesView(textBox, targets);
  }
  textBox.addEventListener('click', (e) => {
    const m = e.target.closest('mark.hl-target');
    if (m) { openTarget(m.dataset.targetId); return; }
    const en = e.target.closest('.hl-entity');
    if (en && en._entities && en._entities[0] && en._entities[0].id != null) {
      location.hash = '#/entities/' + encodeURIComponent(en._entities[0].id);
    }
  });
  textBox.querySelectorAll('[data-tip]').forEach((el) => { el._tip = () => tipFor(el); });
  renderSections(nav, sections, textBox, text !== null && text !== undefined, entities, targets);

  view.querySelector('#doc-targets').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (!tr || e.target.closest('a')) return;
    const m = firstMark.get(Number(tr.dataset.id)) || firstMark.get(tr.dataset.id);
    if (m) scrollWithin(textBox, m);
    openTarget(tr.dataset.id);
  });

  const span = parseSpan(params.at);
  const wanted = span ? (findAt(targets, span) || { id: '' }).id : params.t;
  if (wanted !== undefined) {
    const m = firstMark.get(Number(wanted)) || firstMark.get(wanted);
    if (m) scrollWithin(textBox, m);
    openTarget(wanted);
  }
}

async function allTargets(id) {
  const out = [];
  for (let page = 0; out.length < MAX_TARGETS; page++) {
    const p = await getJson('/targets', { document: id, size: 200, page });
    out.push(...p.items);
    if (!p.links || !p.links.next || !p.items.length) break;
  }
  return out;
}

function header(doc, id) {
  const msg = h('span.muted#reprocess-state');
  const reprocess = h('button.secondary.reprocess', { type: 'button', onclick: async () => {
    try {
      await post('/documents/' + encodeURIComponent(id) + '/reprocess');
      msg.textContent = t('doc.reprocessed');
    } catch (e) {
      msg.textContent = errorText(e);
    }
  } }, '↻ ' + t('doc.reprocess'));
  return h('div.doc-head', null,
    h('h1', null, docTitle(doc)),
    h('p.meta', null, statusBadge(doc.status), ' ',
      [doc.date && dateText(doc.date), doc.genre, doc.issuer, doc.fileName,
        number(doc.targetCount) + ' ' + t('col.targets'), number(doc.entityCount) + ' ' + t('col.entities')]
        .filter(Boolean).join(' · '), ' ', reprocess, ' ', msg),
    doc.failureReason ? h('p.error', null, t('doc.failure') + ' (' + (doc.failureStage || '') + '): ' + doc.failureReason) : null,
    h('p.legend', null, h('mark.hl-target.kind-target', null, t('doc.legendTarget')), ' ',
      h('mark.hl-target.kind-achievement', null, t('doc.legendAchievement')), ' ',
      h('span.hl-entity', null, t('doc.legendEntity'))));
}

function tipFor(el) {
  const box = h('div');
  for (const x of el._targets || []) box.append(targetCard(x));
  for (const e of el._entities || []) {
    box.append(h('div.card-lines', null, h('span.badge.ent', null, e.type ? tv('entity.type', e.type) : t('doc.legendEntity')), ' ',
      h('strong', null, e.canonical || e.text)));
  }
  return box;
}

/** Without the full text: each sentence that holds targets, once, with its quotes marked. */
function sentencesView(box, targets) {
  const groups = new Map();
  for (const x of targets) {
    const sentence = x.sentence || x.quote;
    const key = Number.isInteger(x.sentenceStart) ? 's' + x.sentenceStart : sentence;
    if (!groups.has(key)) groups.set(key, { sentence, section: x.section, items: [] });
    const g = groups.get(key);
    const rel = Number.isInteger(x.sentenceStart) ? x.start - x.sentenceStart : sentence.indexOf(x.quote);
    g.items.push(Object.assign({}, x, { start: rel, end: rel + (x.quote || '').length }));
  }
  const firstMark = new Map();
  let lastSection = null;
  for (const g of groups.values()) {
    const section = (g.section || []).join(' › ');
    if (section && section !== lastSection) box.append(h('h3.section-label', null, section));
    lastSection = section;
    const laid = highlight(g.sentence, g.items, [], []);
    laid.firstMark.forEach((el, id) => firstMark.set(id, el));
    box.append(h('p.sentence-row', null, laid.fragment));
  }
  return firstMark;
}

/** Scrolls the text box (not the page) so that el is in view. */
function scrollWithin(box, el, where) {
  const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTo({ top: Math.max(0, where === 'start' ? top - 8 : top - box.clientHeight / 3) });
  window.scrollTo({ top: 0 });
}

function flatten(nodes) {
  const out = [];
  const walk = (list) => list.forEach((n) => { out.push(n); walk(n.children || []); });
  walk(nodes);
  return out;
}

function renderSections(nav, sections, textBox, hasText, entities, targets) {
  nav.append(h('h2', null, t('doc.sections')));
  if (!sections || !sections.length || !hasText) {
    nav.append(h('p.muted', null, t('doc.noSections')));
    nav.classList.add('empty');
  } else {
    const countIn = (s) => targets.filter((x) => x.start >= s.start && x.start < s.end).length;
    const tree = (list) => h('ul', null, list.map((s) => {
      const label = s.heading && s.label && !s.heading.startsWith(s.label) ? s.label + ' ' + s.heading : (s.heading || s.label);
      const n = countIn(s);
      return h('li', null, h('a', { href: '#', dataset: { offset: s.start }, onclick: (e) => {
        e.preventDefault();
        const a = textBox.querySelector(`.anchor[data-offset="${s.start}"]`);
        if (a) scrollWithin(textBox, a, 'start');
      } }, label, n ? h('span.count', null, String(n)) : null), s.children && s.children.length ? tree(s.children) : null);
    }));
    nav.append(tree(sections));
  }
  if (entities && entities.length) {
    const byType = new Map();
    entities.forEach((e) => byType.set(e.type, (byType.get(e.type) || 0) + 1));
    nav.append(h('h2', null, t('doc.entities')), h('ul.plain.small', null,
      [...byType].map(([type, n]) => h('li', null, h('a.hl-entity.ent-' + String(type).toLowerCase(),
        { href: '#/entities' + toQuery({ type }) }, tv('entity.type', type)), ' ', n))));
  }
}

function targetsTable(targets) {
  return h('section.doc-targets', null,
    h('h2', null, t('doc.targets'), ' ', h('span.muted', null, '(' + targets.length + ')')),
    h('table.data#doc-targets', null,
      h('thead', null, h('tr', null, ['col.indicator', 'col.kind', 'col.year', 'col.value', 'col.section', 'col.quote']
        .map((k) => h('th', null, t(k))))),
      h('tbody', null, targets.map((x) => h('tr.clickable', { dataset: { id: x.id, kind: x.kind } },
        h('td', null, indicatorLink(x)), h('td', null, kindBadge(x.kind)), h('td', null, x.year || ''),
        h('td.num', null, valueText(x)), h('td.small', null, (x.section || []).join(' › ')),
        h('td.quote', null, x.quote))))));
}
