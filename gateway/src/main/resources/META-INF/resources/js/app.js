// The analysts' page: a hash router (#/documents, #/documents/{id}, #/targets?…, #/targets/{id}, #/targets/{doc}/{at},
// #/indicators/{key}, #/themes, #/entities, #/entities/{id}) over plain ES modules; no server routing needed.
import { h, clear, routeParams } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import { errorText } from './format.js';
import { apiKey, setApiKey } from './api.js';
import * as home from './pages/home.js';
import * as documents from './pages/documents.js';
import * as documentPage from './pages/document.js';
import * as targets from './pages/targets.js';
import * as target from './pages/target.js';
import * as indicator from './pages/indicator.js';
import * as indicators from './pages/indicators.js';
import * as themes from './pages/themes.js';
import * as compare from './pages/compare.js';
import * as entities from './pages/entities.js';
import * as entity from './pages/entity.js';

const routes = [
  [/^\/?$/, home, 'home'],
  [/^\/documents\/?$/, documents, 'documents'],
  [/^\/documents\/([^/]+)$/, documentPage, 'document'],
  [/^\/targets\/?$/, targets, 'targets'],
  [/^\/targets\/([^/]+)$/, target, 'target'],
  [/^\/targets\/([^/]+)\/(\d+-\d+)$/, target, 'target'],
  [/^\/indicators\/?$/, indicators, 'indicators'],
  [/^\/indicators\/(.+)$/, indicator, 'indicator'],
  [/^\/themes\/?$/, themes, 'themes'],
  [/^\/compare\/?$/, compare, 'compare'],
  [/^\/entities\/?$/, entities, 'entities'],
  [/^\/entities\/([^/]+)$/, entity, 'entity'],
];

let cleanup = null;
let renderCount = 0;

function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  const i = raw.indexOf('?');
  return { path: i < 0 ? raw : raw.slice(0, i), query: i < 0 ? '' : raw.slice(i + 1) };
}

function navItem(href, key, active) {
  return h('a' + (active ? '.active' : ''), { href }, t(key));
}

function renderHeader(pageName) {
  const top = clear(document.getElementById('top'));
  const keyInput = h('input', { type: 'password', id: 'api-key', placeholder: t('key.placeholder'), value: apiKey(),
    autocomplete: 'off', 'aria-label': t('key.label') });
  const saved = h('span.muted.key-saved', null, '');
  keyInput.addEventListener('change', () => {
    setApiKey(keyInput.value);
    saved.textContent = t('key.saved');
  });
  const section = { home: 'home', documents: 'documents', document: 'documents', targets: 'targets', target: 'targets',
    indicator: 'indicators', indicators: 'indicators', themes: 'themes', entities: 'entities', entity: 'entities', compare: 'compare' }[pageName];
  top.append(
    h('a.brand', { href: '#/' }, h('span.brand-mark', null, '目标'), h('span.brand-name', null, 'Mubiao')),
    h('nav', null,
      navItem('#/', 'nav.home', section === 'home'),
      navItem('#/documents', 'nav.documents', section === 'documents'),
      navItem('#/targets', 'nav.targets', section === 'targets'),
      navItem('#/indicators', 'nav.indicators', section === 'indicators'),
      navItem('#/themes', 'nav.themes', section === 'themes'),
      navItem('#/entities', 'nav.entities', section === 'entities'),

      navItem('#/compare', 'nav.compare', section === 'compare')),
    h('div.tools', null,
      h('details.key', null, h('summary', null, t('key.label')),
        h('form', { onsubmit: (e) => { e.preventDefault(); setApiKey(keyInput.value); saved.textContent = t('key.saved'); } },
          h('label', null, t('key.label'), ' ', keyInput, ' ', saved))),
      h('button.lang', { type: 'button', id: 'lang-toggle', onclick: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); route(); } },
        t('lang.switch'))));
}

async function route() {
  const { path, query } = parseHash();
  const mine = ++renderCount;
  if (cleanup) { try { cleanup(); } catch (e) { /* a page's own teardown */ } cleanup = null; }
  const main = document.getElementById('app');
  document.getElementById('tooltip').hidden = true;
  const found = routes.find(([re]) => re.test(path));
  const [re, page, name] = found || [null, null, 'notfound'];
  renderHeader(name);
  document.title = t('app.title');
  main.dataset.page = name;
  delete main.dataset.ready;
  const view = h('div.view');
  clear(main).append(view);
  if (!page) {
    view.append(h('h1', null, t('notFound')));
    main.dataset.ready = 'true';
    return;
  }
  const args = path.match(re).slice(1).map(decodeURIComponent);
  try {
    const result = await page.render(view, args, routeParams(query), query);
    if (mine === renderCount) cleanup = typeof result === 'function' ? result : null;
    else if (typeof result === 'function') result();
  } catch (e) {
    console.error('render failed', e);
    view.append(h('div.error', { role: 'alert' }, t('error.load') + ': ' + errorText(e)));
  }
  if (mine === renderCount) main.dataset.ready = 'true';
}

setLang(lang());
window.addEventListener('hashchange', route);
route();

// Hover cards: any element with a _tip function (set by pages) shows it near the pointer.
const tooltip = document.getElementById('tooltip');
document.addEventListener('mouseover', (e) => {
  const el = e.target.closest && e.target.closest('[data-tip]');
  if (!el || typeof el._tip !== 'function') { tooltip.hidden = true; return; }
  clear(tooltip).append(el._tip());
  tooltip.hidden = false;
  const r = el.getBoundingClientRect();
  const top = r.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? r.top - tooltip.offsetHeight - 6 : r.bottom + 6;
  tooltip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tooltip.offsetWidth - 4)) + 'px';
  tooltip.style.top = Math.max(4, top) + 'px';
});
window.addEventListener('scroll', () => { tooltip.hidden = true; }, { passive: true });
