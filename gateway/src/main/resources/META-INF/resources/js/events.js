// The gateway's live event stream (/api/v1/events, server-sent events named by CloudEvents type). One shared
// EventSource; when the server has no stream (an older gateway answers 404) `state` says so and pages poll.
const TYPES = ['mubiao.document.ingested.v1', 'mubiao.document.extracted.v1', 'mubiao.document.failed.v1'];

let source = null;
let state = 'connecting'; // connecting | live | down
const listeners = new Set();
const stateListeners = new Set();

function setState(s) {
  state = s;
  stateListeners.forEach((f) => f(s));
}

function deliver(e) {
  let data;
  try { data = JSON.parse(e.data); } catch (err) { return; }
  if (!data.type) data.type = e.type;
  listeners.forEach((f) => f(data));
}

function open() {
  if (source || typeof EventSource === 'undefined') {
    if (!source) setState('down');
    return;
  }
  source = new EventSource('/api/v1/events');
  source.onopen = () => setState('live');
  source.onerror = () => {
    // CLOSED: the server refused the stream (404, wrong type); CONNECTING: the browser retries by itself.
    if (source.readyState === EventSource.CLOSED) {
      source = null;
      setState('down');
    } else {
      setState('connecting');
    }
  };
  TYPES.forEach((type) => source.addEventListener(type, deliver));
  source.onmessage = deliver;
}

/** Calls onEvent({type, documentId, status, ...}) for each event until the returned function is called. */
export function subscribe(onEvent, onState) {
  listeners.add(onEvent);
  if (onState) { stateListeners.add(onState); onState(state); }
  if (state !== 'down') open();
  return () => {
    listeners.delete(onEvent);
    if (onState) stateListeners.delete(onState);
    if (!listeners.size && source) { source.close(); source = null; state = 'connecting'; }
  };
}

export function streamState() {
  return state;
}
