// How targets, documents and statuses are shown, shared by every page.
import { h } from './dom.js';
import { t, tv, lang } from './i18n.js';

const COMPARATOR_SIGN = { approx: '≈', at_least: '≥', at_most: '≤', exact: '' };

export function number(v) {
  if (v === undefined || v === null) return '';
  return Number(v).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
}

/** "≥ 38 微克/立方米", "≈ 5 %", "4.5–5 %" */
export function valueText(x) {
  const sign = COMPARATOR_SIGN[x.comparator] ?? '';
  const v = x.valueMax !== undefined && x.valueMax !== null
    ? number(x.value) + '–' + number(x.valueMax) : number(x.value);
  return [sign, v + (x.unit ? ' ' + x.unit : '')].filter(Boolean).join(' ');
}

export function kindBadge(kind) {
  return h('span.badge.kind-' + (kind || 'none'), { dataset: { kind: kind || '' } }, tv('kind', kind));
}

export function statusBadge(status) {
  return h('span.badge.status-' + String(status || 'none').toLowerCase(), { dataset: { status: status || '' } },
    tv('status', status));
}

export function targetStatusBadge(status, reason) {
  if (!status) return h('span.muted', null, '—');
  return h('span.badge.tstatus-' + status, { dataset: { targetStatus: status }, title: reason || '' },
    tv('target.status', status));
}

/**
 * An instant (2026-12-03T15:50:00Z) as the reader's wall-clock time, 2026-12-03 23:50 in Beijing: the time zone
 * is the browser's (Intl.DateTimeFormat), written the same way in both languages; the element's title gives the
 * zone and the UTC instant.
 */
export function timeText(iso) {
  const when = iso ? new Date(iso) : null;
  if (!when || Number.isNaN(when.getTime())) return h('span', null, '');
  const fmt = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
  const part = Object.fromEntries(fmt.formatToParts(when).map((p) => [p.type, p.value]));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return h('time', { datetime: when.toISOString(), title: zone + ' (' + part.timeZoneName + ') · ' + when.toISOString() },
    `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`);
}

export function dateText(iso) {
  if (!iso) return '';
  return String(iso).slice(0, 10);
}

export function docTitle(doc, fallbackId) {
  if (!doc) return fallbackId || '';
  return doc.title || doc.fileName || doc.id;
}

export function indicatorKey(x) {
  return x.indicatorKey || x.indicator;
}

export function indicatorLink(x) {
  return h('a.indicator', { href: '#/indicators/' + encodeURIComponent(indicatorKey(x)) }, x.indicator);
}

/** The lines of a hover card for a target: indicator, value, unit, comparator, kind, year. */
export function targetCard(x) {
  return h('div.card-lines', null,
    h('div.card-head', null, kindBadge(x.kind), ' ', h('strong', null, x.indicator), x.year ? ' · ' + x.year : ''),
    h('div', null, valueText(x)),
    h('div.muted', null,
      [tv('measure', x.measure), tv('comparator', x.comparator), x.unit].filter(Boolean).join(' · ')),
    x.subject ? h('div.muted', null, t('col.subject') + ': ' + x.subject) : null);
}

export function errorBox(e) {
  return h('div.error', { role: 'alert' }, t('error.load') + ': ' + errorText(e));
}

/**
 * An error in the page's language: the server's problem details are in English, so the Chinese view names the
 * kind of failure by its HTTP status (请求有误, 找不到, 服务暂不可用…) and keeps the server's words only in English.
 */
export function errorText(e) {
  const status = e && typeof e.status === 'number' ? e.status : null;
  if (status === null) return String(e && e.message ? e.message : e);
  if (lang() === 'en') return e.message || ('HTTP ' + status);
  const key = status === 0 ? 'error.network' : 'error.' + status;
  const known = t(key);
  return known !== key ? known : (status >= 500 ? t('error.server', { status }) : t('error.client', { status }));
}

/** A theme's name in the page's language (GET /themes gives nameZh and nameEn). */
export function themeName(th) {
  if (!th) return '';
  return lang() === 'en' ? (th.nameEn || th.nameZh || th.code) : (th.nameZh || th.code);
}

/** A link to an entity's page, for anything with an id and a canonical name (a chip, a list row). */
export function entityLink(e, cls) {
  const name = e.canonical || e.text;
  if (e.id === undefined || e.id === null) return h('span' + (cls || ''), null, name);
  return h('a.entity' + (cls || ''), { href: '#/entities/' + encodeURIComponent(e.id), dataset: { entityId: e.id } }, name);
}
