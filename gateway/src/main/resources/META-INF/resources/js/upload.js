// The upload zone of the documents page: drop files, choose several or a folder; each file gets its row with
// upload progress, then its outcome, followed live by the page (the event stream or polling).
import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { upload, uploadType, ApiError, documentsById } from './api.js';
import { statusBadge, number, errorText } from './format.js';

const ACCEPT = '.txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,'
  + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FINAL = new Set(['EXTRACTED', 'FAILED']);

/**
 * The zone and the list of uploads. `accepted(body, file)` is called when the server took a file (to show and
 * follow it); `follow(li, d)` shows a document's status on its upload row.
 */
export function uploadZone(uploads, accepted) {
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
      clear(status).append(body.created === false ? t('docs.duplicate')
        : [statusBadge('INGESTED'), ' ', t('docs.received')]);
      await accepted(body, file, li);
    } catch (e) {
      li.dataset.status = 'REJECTED';
      const msg = e instanceof ApiError && (e.status === 401 || e.status === 403) ? t('docs.needKey') : errorText(e);
      clear(status).append(h('span.error-text', null, msg));
    }
  }
  return zone;
}

/** A document's status on its upload row; true once it is final (extracted or failed). */
export function followUpload(li, d) {
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
  return FINAL.has(d.status);
}

export { FINAL };
