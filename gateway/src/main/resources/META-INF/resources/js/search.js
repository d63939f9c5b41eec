// Turns what a person types into the home search box into target query parameters: a year (2025, 2025年)
// becomes `year`, "目标"/"target" and "完成"/"achievement" become `kind`, the longest remaining word becomes
// `q` (the API's substring of indicator or quote) and the other words narrow the results on the page.
const KIND_WORDS = [
  [/目标|预期|targets?\b/gi, 'target'],
  [/完成|实现了|实际|achievements?\b|achieved\b|actual\b/gi, 'achievement'],
];

export function parseSearch(text) {
  let rest = ` ${text || ''} `;
  const params = {};
  const year = rest.match(/(?<!\d)((?:19|20)\d{2})(?!\d)年?/);
  if (year) {
    params.year = year[1];
    rest = rest.replace(year[0], ' ');
  }
  for (const [re, kind] of KIND_WORDS) {
    if (re.test(rest)) {
      params.kind = kind;
      rest = rest.replace(re, ' ');
    }
    re.lastIndex = 0;
  }
  const words = rest.split(/[\s,，、;；]+/).map((w) => w.trim()).filter(Boolean);
  words.sort((a, b) => b.length - a.length);
  if (words.length) params.q = words[0];
  return { params, narrow: words.slice(1) };
}

/** Keeps the targets whose indicator, sentence, subject or document title hold every word; all when none would. */
export function narrow(items, words, titleOf) {
  if (!words.length) return { items, ignored: [] };
  const hay = (x) => [x.indicator, x.sentence, x.quote, x.subject, titleOf(x.document)].join(' ').toLowerCase();
  const kept = items.filter((x) => words.every((w) => hay(x).includes(w.toLowerCase())));
  return kept.length ? { items: kept, ignored: [] } : { items, ignored: words };
}
