// Home: one search box read as the API's filters (search.js) with a line saying how it was read, then the themes
// and recent documents.
import { h, toQuery, markQuote } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, optional, documentsById } from '../api.js';
import { readQuery, paramsOf, without, indicatorKeyOf, narrow } from '../search.js';
import { kindBadge, valueText, indicatorLink, docTitle, statusBadge, dateText, timeText, errorBox } from '../format.js';
import { targetHref, inDocumentHref } from '../permalink.js';

const EXAMPLES = ['天津 GDP 2025 目标', 'PM2.5 2025', '地区生产总值', '集装箱吞吐量', '2025年 目标'];
const RESULT_SIZE = 50;

export async function render(view, _args, params) {
  const text = params.s || '';
  const input = h('input#search', { type: 'search', name: 's', value: text, placeholder: t('home.searchPlaceholder'),
    autofocus: true, 'aria-label': t('home.search') });
  const form = h('form.search', { role: 'search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = '#/' + toQuery({ s: input.value.trim() });
  } }, input, h('button', { type: 'submit' }, t('home.search')));
  const results = h('section.results#results');
  const more = h('div.home-more');
  view.append(
    h('section.hero', null, h('h1', null, t('app.title')), h('p.lead', null, t('home.lead')), form,
      h('p.hint.muted', null, t('home.searchHint')),
      h('p.examples', null, t('home.examples'), ' ',
        EXAMPLES.map((ex) => h('a.chip', { href: '#/' + toQuery({ s: ex }) }, ex)))),
    results, more);
  const work = [loadMore(more)];
  if (text) work.push(search(results, text));
  await Promise.all(work);
}

async function search(box, text) {
  let parts;
  let page;
  let docs;
  try {
    docs = await documentsById();
    parts = await readQuery(text, [...docs.values()].map((d) => d.region), indicatorOf);
    const { params } = paramsOf(parts);
    page = await getJson('/targets', Object.assign({ size: RESULT_SIZE }, params));
  } catch (e) {
    box.append(errorBox(e));
    return;
  }
  const { params, narrow: words } = paramsOf(parts);
  const titleOf = (id) => docTitle(docs.get(id), id);
  const { items, ignored } = narrow(page.items, words, titleOf);
  box.append(h('h2', null, t('home.results'), ' ', h('span.muted', null, '(' + page.total + ')')),
    readingLine(parts, ignored));
  if (!items.length) {
    box.append(h('p.empty', null, t('home.noResults')));
    return;
  }
  const indicators = [...new Map(items.map((x) => [x.indicatorKey || x.indicator, x])).values()].slice(0, 8);
  box.append(h('p.indicator-chips', null, t('nav.indicators') + ': ', indicators.map((x) => [indicatorLink(x), ' '])));
  box.append(h('ol.result-list', null, items.map((x) => resultItem(x, titleOf))));
  if (page.total > items.length || words.length) {
    box.append(h('p', null, h('a#all-results', { href: '#/targets' + toQuery(params) },
      t('home.allResults', { n: page.total }) + ' →')));
  }
}

/** GET /indicators?q=word read as one indicator key (GDP → 地区生产总值), or null. */
async function indicatorOf(word) {
  const found = await getJson('/indicators', { q: word, size: 20 });
  return indicatorKeyOf(word, found.items);
}

/** 指标 地区生产总值 · 地区 天津市 · 年份 2025 · 类型 目标, each part with a link to the query without it. */
function readingLine(parts, ignored) {
  const shown = (p) => (p.type === 'kind' ? t('kind.' + p.value) : p.value);
  return h('p.reading#reading', null, t('home.readAs'), ' ', parts.map((p, i) => [i ? ' · ' : '',
    h('span.part', { dataset: { part: p.type, value: p.value }, class: ignored.includes(p.word) ? 'ignored' : null },
      t('read.' + p.type) + ' ', h('strong', null, shown(p)),
      h('a.remove', { href: '#/' + toQuery({ s: without(parts, p) }), title: t('read.remove'),
        'aria-label': t('read.remove') + ' ' + shown(p) }, '×'))]),
  ignored.length ? h('span.muted', null, ' — ' + t('read.ignored')) : null);
}

function resultItem(x, titleOf) {
  const relStart = Number.isInteger(x.sentenceStart) ? x.start - x.sentenceStart : undefined;
  return h('li.result', { dataset: { id: x.id, kind: x.kind, year: x.year || '' } },
    h('div.result-head', null, kindBadge(x.kind), ' ', indicatorLink(x), ' ',
      h('span.year', null, x.year || ''), ' ', h('strong.value', null, valueText(x)),
      ' ', h('a.detail', { href: targetHref(x) }, '→')),
    h('blockquote.sentence', null, markQuote(x.sentence || x.quote, x.quote, relStart)),
    h('div.result-foot.muted', null, t('col.document') + ': ',
      h('a', { href: inDocumentHref(x) }, titleOf(x.document)),
      x.section && x.section.length ? ' › ' + x.section.join(' › ') : ''));
}

async function loadMore(box) {
  const [themes, docs] = await Promise.all([
    optional('themes', () => getJson('/themes'), true).catch(() => null),
    getJson('/documents', { size: 5 }).catch(() => null),
  ]);
  if (themes && themes.items && themes.items.length) {
    box.append(h('section.themes-strip', null, h('h2', null, t('home.themes')),
      h('div.tiles', null, themes.items.map((th) => h('a.tile', { href: '#/targets' + toQuery({ theme: th.code }) },
        h('strong', null, th.nameZh), h('span.muted', null, th.nameEn),
        h('span.count', null, (th.targetCount || 0) + ' ' + t('themes.targets') + ' · '
          + (th.achievementCount || 0) + ' ' + t('themes.achievements')))))));
  }
  if (docs && docs.items.length) {
    box.append(h('section.recent', null, h('h2', null, t('home.recent')),
      h('ul.plain', null, docs.items.map((d) => h('li', null,
        h('a', { href: '#/documents/' + encodeURIComponent(d.id) }, docTitle(d)), ' ',
        h('span.muted', null, d.date ? dateText(d.date) : timeText(d.receivedAt)), ' ', statusBadge(d.status))))));
  }
}
