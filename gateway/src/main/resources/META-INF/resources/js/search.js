// Reads what a person types into the home search box the way the API understands it (“天津 GDP 2025 目标”):
// a year (2025, 2025年) → `year`; 目标/target and 完成/achievement → `kind`; a region of the corpus's documents
// under its full or short name (天津 → 天津市) → `region`; a word the indicators answer to, synonyms included
// (GDP → 地区生产总值, through GET /indicators?q=) → `indicator`; the longest other word → `q` (substring of
// indicator or quote) and the rest narrow the results on the page. Each part keeps the word it was read from,
// so the page can say how it read the query and drop one part.
const KIND_WORDS = { target: /^(?:目标|预期|targets?)$/i, achievement: /^(?:完成|实现了|实际|achievements?|achieved|actual)$/i };
const YEAR = /^((?:19|20)\d{2})年?$/;
// Words in order: a year with its 年, a kind word, a run of Chinese (stopping before a kind word, so 2025年目标 and
// 天津目标 split), or a run of anything else but spaces, punctuation and a year (PM2.5, GDP of GDP2025).
const WORD = /(?:19|20)\d{2}年?(?![\d.])|目标|预期|完成|实现了|实际|(?:(?!目标|预期|完成|实现了|实际)\p{Script=Han})+|(?:(?!(?:19|20)\d{2}(?![\d.]))[^\s\p{Script=Han},，、;；。])+/gu;
// 天津市 → 天津, 广西壮族自治区 → 广西: the short names people type.
const REGION_SUFFIX = /(?:省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$/;

/** The words of a query in order (天津GDP2025年目标 → 天津, GDP, 2025年, 目标). */
export function words(text) {
  return (text || '').match(WORD) || [];
}

/** Full and short names of regions (天津市 → 天津市, 天津), longest first, so a word can be matched or split. */
export function regionNames(regions) {
  const names = new Map();
  for (const r of regions) {
    if (!r) continue;
    names.set(r, r);
    const short = r.replace(REGION_SUFFIX, '');
    if (short !== r && short.length >= 2 && !names.has(short)) names.set(short, r);
  }
  return new Map([...names.entries()].sort((a, b) => b[0].length - a[0].length));
}

/** A Chinese word that starts with a region's name splits into the region and the rest (天津地区生产总值). */
function splitRegion(word, names) {
  for (const name of names.keys()) {
    if (word.length > name.length && word.startsWith(name) && /\p{Script=Han}/u.test(word[name.length])) {
      return [word.slice(0, name.length), word.slice(name.length)];
    }
  }
  return [word];
}

/**
 * How the query reads: parts {type: year|kind|region|indicator|q|narrow, value, word, param} in the query's order
 * (`value` as shown, `param` what the API is asked when it differs).
 * `regions` are the region names of the corpus; `indicatorOf(word)` resolves to an indicator key or null.
 */
export async function readQuery(text, regions, indicatorOf) {
  const names = regionNames(regions);
  const parts = words(text).flatMap((w) => splitRegion(w, names)).map((word) => ({ word }));
  const has = (type) => parts.some((p) => p.type === type);
  for (const p of parts) {
    const year = p.word.match(YEAR);
    const kind = Object.keys(KIND_WORDS).find((k) => KIND_WORDS[k].test(p.word));
    if (year && !has('year')) Object.assign(p, { type: 'year', value: year[1] });
    else if (kind && !has('kind')) Object.assign(p, { type: 'kind', value: kind });
    else if (names.has(p.word) && !has('region')) Object.assign(p, { type: 'region', value: names.get(p.word) });
  }
  const open = parts.filter((p) => !p.type);
  const keys = await Promise.all(open.map((p) => indicatorOf(p.word).catch(() => null)));
  // The API is asked with the word itself (indicator=GDP finds the key's figures through the synonym resource;
  // the key 地区生产总值 would also match 人均地区生产总值 as a substring); the line shows the key it stands for.
  open.forEach((p, i) => {
    if (keys[i] && !has('indicator')) Object.assign(p, { type: 'indicator', value: keys[i], param: p.word });
  });
  const rest = parts.filter((p) => !p.type).sort((a, b) => b.word.length - a.word.length);
  rest.forEach((p, i) => Object.assign(p, { type: i === 0 ? 'q' : 'narrow', value: p.word }));
  return parts;
}

/** The API's target filters of a reading, and the words left to narrow the results on the page. */
export function paramsOf(parts) {
  const params = {};
  for (const p of parts) if (p.type !== 'narrow') params[p.type] = p.param || p.value;
  return { params, narrow: parts.filter((p) => p.type === 'narrow').map((p) => p.word) };
}

/** The query without one part (the words of the others, in order). */
export function without(parts, part) {
  return parts.filter((p) => p !== part).map((p) => p.word).join(' ');
}

/**
 * The indicator key a word stands for among GET /indicators?q=word items (which know the synonym resource):
 * the item named by the word (key, name or alias), else the only item (GDP → 地区生产总值); several loose matches
 * or none → null, and the word stays free text (the API's `q`, which also searches the quotes).
 */
export function indicatorKeyOf(word, items) {
  if (!items || !items.length) return null;
  const exact = items.find((x) => x.key === word || x.name === word || (x.aliases || []).includes(word));
  if (exact) return exact.key;
  return items.length === 1 ? items[0].key : null;
}

/** Keeps the targets whose indicator, sentence, subject or document title hold every word; all when none would. */
export function narrow(items, words, titleOf) {
  if (!words.length) return { items, ignored: [] };
  const hay = (x) => [x.indicator, x.sentence, x.quote, x.subject, titleOf(x.document)].join(' ').toLowerCase();
  const kept = items.filter((x) => words.every((w) => hay(x).includes(w.toLowerCase())));
  return kept.length ? { items: kept, ignored: [] } : { items, ignored: words };
}
