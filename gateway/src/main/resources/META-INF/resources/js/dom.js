// Tiny DOM helpers: every piece of data goes in as text, never as HTML (documents are untrusted input).

/** h('a.link#id', {href: '#/x'}, 'text', child) → element. Props starting with "on" are listeners. */
export function h(tag, props, ...children) {
  const [head, id] = tag.split('#');
  const [name, ...classes] = head.split('.');
  const el = document.createElement(name || 'div');
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(' ');
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else if (k === 'class') el.className = (el.className ? el.className + ' ' : '') + v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
      else if (k in el && typeof v !== 'string') el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** The query of a hash route "#/targets?year=2025" as a plain object. */
export function routeParams(query) {
  const out = {};
  for (const [k, v] of new URLSearchParams(query || '')) if (v !== '') out[k] = v;
  return out;
}

export function toQuery(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

/** Text with every occurrence range [start,end) of `quote` wrapped in <mark>; falls back to the first indexOf. */
export function markQuote(sentence, quote, relStart) {
  if (!sentence) return [quote || ''];
  let i = Number.isInteger(relStart) && relStart >= 0 && sentence.substr(relStart, quote.length) === quote
    ? relStart : (quote ? sentence.indexOf(quote) : -1);
  if (i < 0) return [sentence];
  return [sentence.slice(0, i), h('mark.quote', null, quote), sentence.slice(i + quote.length)];
}
