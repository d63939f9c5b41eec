// Documents: the list with status and counts, and an upload zone whose rows follow the extraction live
// (the event stream), or by polling GET /documents/{id} when the server has no stream.
import { h, clear, append, toQuery } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, upload, uploadType, ApiError, documentsById } from '../api.js';
import { subscribe } from '../events.js';
import { statusBadge, dateText, docTitle, number, errorBox, errorText } from '../format.js';

const PAGE_SIZE = 50;
const FINAL = new Set(['EXTRACTED', 'FAILED']);

export async function render(view, _args, params) {
  const page = Math.max(0, parseInt(params.page || '0', 10) || 0);
  const tbody = h('tbody');
  const uploads = h('ul.uploads#uploads');
  const streamLabel = h('span.stream.muted#stream-state');
  const ACCEPT = '.txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,'
    + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const fileInput = h('input#file-input', { type: 'file', multiple: true, accept: ACCEPT,
    onchange: () => { uploadAll([...fileInput.files]); fileInput.value = ''; } });
  // A whole folder: the browser lists every file under it; those of other types are refused one by one by the server.
  const folderInput = h('input#folder-input', { type: 'file', multiple: true, webkitdirectory: '',
    onchange: () => { uploadAll([...folderInput.files]); folderInput.value = ''; } });
  const zone = h('div.dropzone#dropzone', null,
    h('span', null, t('docs.drop'), ' '),
    h('label.button', null, t('docs.choose'), fileInput), ' ',
    h('label.button.secondary', null, t('docs.chooseFolder'), folderInput));
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    uploadAll([...e.dataTransfer.files]);
  });
  const pager = h('div.pager');
  view.append(
    h('div.page-head', null, h('h1', null, t('docs.title')), streamLabel),
    h('section.upload', null, h('h2', null, t('docs.upload')), zone, uploads),
    h('table.data.documents#documents', null,
      h('thead', null, h('tr', null, ['col.title', 'col.date', 'col.genre', 'col.status', 'col.targets', 'col.entities',
        'col.received'].map((k) => h('th', null, t(k))))),
      tbody),
    pager);

  const rows = new Map(); // document id → <tr>
  const watched = new Map(); // document id → upload <li> waiting for a final status
  let live = false;
  let closed = false;

  function row(d) {
    return h('tr', { dataset: { id: d.id, status: d.status || '' } },
      h('td', null, h('a', { href: '#/documents/' + encodeURIComponent(d.id) }, docTitle(d)),
        d.fileName && d.title ? h('div.muted.small', null, d.fileName) : null),
      h('td', null, dateText(d.date)), h('td', null, d.genre || ''),
      h('td', null, statusBadge(d.status), d.failureReason ? h('div.small.error-text', null, d.failureReason) : null),
      h('td.num', null, number(d.targetCount)), h('td.num', null, number(d.entityCount)),
      h('td.muted', null, (d.receivedAt || '').replace('T', ' ').slice(0, 19)));
  }

  function show(d) {
    const tr = row(d);
    const empty = tbody.querySelector('tr.empty');
    if (empty) empty.remove();
    const old = rows.get(d.id);
    if (old) old.replaceWith(tr);
    else tbody.prepend(tr);
    rows.set(d.id, tr);
    const li = watched.get(d.id);
    if (li) followUpload(li, d);
  }

  function followUpload(li, d) {
    li.dataset.status = d.status;
    const text = li.querySelector('.upload-status');
    clear(text).append(statusBadge(d.status), ' ');
    if (d.status === 'EXTRACTED') {
      text.append(t('docs.extracted') + ': ' + number(d.targetCount) + ' ' + t('col.targets') + ', '
        + number(d.entityCount) + ' ' + t('col.entities'));
    } else if (d.status === 'FAILED') {
      text.append(t('docs.failed') + (d.failureReason ? ': ' + d.failureReason : ''));
    } else {
      text.append(t('docs.received'));
    }
    if (FINAL.has(d.status)) watched.delete(d.id);
  }

  async function refresh(id) {
    try {
      show(await getJson('/documents/' + encodeURIComponent(id)));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) console.error(e);
      // 404 right after an upload: targets-service has not consumed the event yet.
    }
  }

  /** Several files at once, each with its own row, progress and outcome; at most three requests in flight. */
  async function uploadAll(files) {
    const queue = files.slice();
    const worker = async () => { while (queue.length) await uploadOne(queue.shift()); };
    await Promise.all([worker(), worker(), worker()]);
  }

  async function uploadOne(file) {
    const bar = h('progress', { max: 1, value: 0 });
    const status = h('span.upload-status', null, t('docs.uploading'));
    const li = h('li.upload-item', { dataset: { file: file.name, status: 'UPLOADING', type: uploadType(file) } },
      h('strong', null, file.webkitRelativePath || file.name), ' ', bar, ' ', status);
    uploads.prepend(li);
    try {
      const { body } = await upload(file, (f) => { bar.value = f; });
      bar.value = 1;
      li.dataset.id = body.id;
      status.after(' ', h('a.doc-link', { href: '#/documents/' + encodeURIComponent(body.id) }, body.title || body.id));
      documentsById(true).catch(() => {});
      if (body.created === false) {
        clear(status).append(t('docs.duplicate'));
        watched.set(body.id, li);
        await refresh(body.id);
      } else {
        clear(status).append(statusBadge('INGESTED'), ' ', t('docs.received'));
        watched.set(body.id, li);
        show({ id: body.id, title: body.title, fileName: file.name, status: 'RECEIVED', receivedAt: body.receivedAt });
      }
    } catch (e) {
      li.dataset.status = 'REJECTED';
      const msg = e instanceof ApiError && (e.status === 401 || e.status === 403) ? t('docs.needKey') : errorText(e);
      clear(status).append(h('span.error-text', null, msg));
    }
  }

  // Live updates; polling for what the stream does not (yet) tell.
  const unsubscribe = subscribe((ev) => {
    if (!ev.documentId) return;
    if (rows.has(ev.documentId) || watched.has(ev.documentId) || page === 0) refresh(ev.documentId);
  }, (state) => {
    live = state === 'live';
    streamLabel.textContent = '● ' + (live ? t('docs.live') : t('docs.polling'));
    streamLabel.classList.toggle('live', live);
  });
  let ticks = 0;
  const poll = setInterval(() => {
    ticks++;
    if (closed) return;
    // With the stream, poll rarely as a safety net; without it, every second.
    if (live && ticks % 5 !== 0) return;
    for (const id of watched.keys()) refresh(id);
    for (const [id, tr] of rows) if (!FINAL.has(tr.dataset.status) && !watched.has(id)) refresh(id);
  }, 1000);

  try {
    const list = await getJson('/documents', { page, size: PAGE_SIZE });
    for (const d of [...list.items].reverse()) show(d);
    if (!list.items.length) tbody.append(h('tr.empty', null, h('td', { colspan: 7 }, t('docs.empty'))));
    append(pager, [
      page > 0 ? h('a', { href: '#/documents' + toQuery({ page: page - 1 }) }, '← ' + t('targets.prev')) : null, ' ',
      h('span.muted', null, t('targets.total', { n: list.total })), ' ',
      list.links && list.links.next ? h('a', { href: '#/documents' + toQuery({ page: page + 1 }) }, t('targets.next') + ' →') : null]);
  } catch (e) {
    view.append(errorBox(e));
  }
  return () => { closed = true; clearInterval(poll); unsubscribe(); };
}
