// The gateway's API (/api/v1) as the page uses it. Endpoints that answer 404 "not found" for the path
// itself (an older server) are remembered as missing so that pages degrade instead of failing.
import { toQuery } from './dom.js';

export const BASE = '/api/v1';
const KEY_STORE = 'mubiao.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function apiKey() {
  return localStorage.getItem(KEY_STORE) || '';
}

export function setApiKey(key) {
  if (key) localStorage.setItem(KEY_STORE, key.trim());
  else localStorage.removeItem(KEY_STORE);
}

function writeHeaders(extra) {
  const headers = Object.assign({}, extra);
  const key = apiKey();
  if (key) headers['X-API-Key'] = key;
  return headers;
}

async function problemOf(res) {
  try {
    const type = res.headers.get('content-type') || '';
    if (type.includes('json')) return await res.json();
    return { detail: (await res.text()).slice(0, 300) };
  } catch (e) {
    return null;
  }
}

export async function getJson(path, params) {
  const res = await fetch(BASE + path + toQuery(params || {}), { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  return res.json();
}

export async function getText(path) {
  const res = await fetch(BASE + path, { headers: { Accept: 'text/plain' } });
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  return res.text();
}

const missing = new Set();

/**
 * A read that an older server may not have (sections, text, themes, series...), or that may not exist yet
 * (a document's text before its ingested event arrived): null on 404. `kind` names the capability; only
 * server-wide ones (`remember`) are then not asked again during this visit.
 */
export async function optional(kind, load, remember) {
  if (missing.has(kind)) return null;
  try {
    return await load();
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 501)) {
      if (remember) missing.add(kind);
      return null;
    }
    throw e;
  }
}

export function isMissing(kind) {
  return missing.has(kind);
}

export async function post(path, body, headers) {
  const res = await fetch(BASE + path, { method: 'POST', headers: writeHeaders(headers), body });
  const data = res.status === 204 ? null : await problemOf(res);
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/**
 * URL of the CSV export of every row matching these target filters (not only the page shown: page and size are
 * dropped), with its header in the page's language.
 */
export function targetsCsvUrl(params, language) {
  const q = Object.assign({}, params, { format: 'csv', lang: language });
  delete q.page;
  delete q.size;
  return BASE + '/targets' + toQuery(q);
}

const TYPES_BY_EXTENSION = {
  txt: 'text/plain', text: 'text/plain', md: 'text/plain', csv: 'text/plain',
  html: 'text/html', htm: 'text/html', xhtml: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The media type a file is sent with: by its extension (browsers give .docx or GB18030 .txt unreliable or empty
 * types), else the browser's. Text goes without a charset: the server detects UTF-8, GB18030/GBK, Big5 or UTF-16
 * from the bytes, so a GB18030 file is sent as it is, never re-encoded by the page.
 */
export function uploadType(file) {
  const ext = (file.name.match(/\.([^.]+)$/) || [])[1];
  return TYPES_BY_EXTENSION[(ext || '').toLowerCase()] || file.type || 'application/octet-stream';
}

/**
 * Uploads a file's bytes with its media type (uploadType) and upload progress (XMLHttpRequest: fetch reports no
 * upload progress). Resolves with {status, body}; rejects with ApiError.
 */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const q = toQuery({ fileName: file.name, source: 'upload' });
    xhr.open('POST', BASE + '/documents' + q);
    xhr.setRequestHeader('Content-Type', uploadType(file));
    const key = apiKey();
    if (key) xhr.setRequestHeader('X-API-Key', key);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { detail: xhr.responseText.slice(0, 300) }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body });
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'network error' }));
    xhr.send(file);
  });
}

/** Cached theme code → theme (GET /themes), empty when the server has none. */
let themesCache = null;
export function themesByCode() {
  if (!themesCache) {
    themesCache = optional('themes', () => getJson('/themes'), true)
      .then((p) => new Map(((p && p.items) || []).map((th) => [th.code, th])))
      .catch(() => new Map());
  }
  return themesCache;
}

/** Cached id → document (for titles in tables); refreshed when asked. */
let documentsCache = null;
export async function documentsById(refresh) {
  if (!documentsCache || refresh) {
    const page = await getJson('/documents', { size: 200 });
    documentsCache = new Map(page.items.map((d) => [d.id, d]));
  }
  return documentsCache;
}
