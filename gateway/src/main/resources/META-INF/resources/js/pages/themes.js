// Themes as a way in: each theme of the taxonomy with its counts of targets and achievements, a small
// bar per year, and links to its targets.
import { h, toQuery } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, optional } from '../api.js';
import { number } from '../format.js';

export async function render(view) {
  view.append(h('h1', null, t('themes.title')));
  const themes = await optional('themes', () => getJson('/themes'), true);
  if (!themes || !themes.items) {
    view.append(h('p.empty', null, t('themes.none')));
    return;
  }
  const maxYear = Math.max(1, ...themes.items.flatMap((th) => (th.byYear || []).map((y) => (y.targets || 0) + (y.achievements || 0))));
  view.append(h('div.theme-grid#themes', null, themes.items.map((th) => h('article.theme', { dataset: { code: th.code } },
    h('h2', null, h('a', { href: '#/targets' + toQuery({ theme: th.code }) }, th.nameZh), ' ', h('span.muted', null, th.nameEn)),
    th.description ? h('p.small', null, th.description) : null,
    h('p', null, h('a', { href: '#/targets' + toQuery({ theme: th.code, kind: 'target' }) },
      number(th.targetCount || 0) + ' ' + t('themes.targets')), ' · ',
    h('a', { href: '#/targets' + toQuery({ theme: th.code, kind: 'achievement' }) },
      number(th.achievementCount || 0) + ' ' + t('themes.achievements'))),
    th.byYear && th.byYear.length ? h('div.bars', { title: t('themes.byYear') }, th.byYear.map((y) => h('a.bar', {
      href: '#/targets' + toQuery({ theme: th.code, year: y.year }),
      title: y.year + ': ' + (y.targets || 0) + ' / ' + (y.achievements || 0),
      style: { height: Math.round(4 + 56 * ((y.targets || 0) + (y.achievements || 0)) / maxYear) + 'px' },
    }, h('span', null, shortYear(y.year))))) : null))));
  if (themes.unthemedTargets !== undefined || themes.unthemedAchievements !== undefined) {
    view.append(h('p.muted#unthemed', null, t('themes.unthemed') + ': ',
      h('a', { href: '#/targets' }, number(themes.unthemedTargets || 0) + ' ' + t('themes.targets') + ' · '
        + number(themes.unthemedAchievements || 0) + ' ' + t('themes.achievements'))));
  }
}

/** "2025" → "25", "2021-2025" → "21–25" (bar labels). */
function shortYear(year) {
  return String(year).split('-').map((y) => y.trim().slice(-2)).join('–');
}
