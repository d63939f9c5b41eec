// The status of a target as the page shows it, with its reason in the page's language, from the structured
// fields of GET /indicators/{key}/series (status, year, achievementId) rather than the server's English sentence.
// One honest difference from the server's word: a target whose year is over with no result reported anywhere in
// the corpus is "未报告 / not reported", not "pending" (the 2024 target seen in December 2026 will get no result).
import { t } from './i18n.js';
import { valueText } from './format.js';
import { endYear } from './chart.js';

/** {status, reason} for a target point p among all the points of its indicator. */
export function shownStatus(p, allPoints, now) {
  const year = p.year;
  const thisYear = (now || new Date()).getFullYear();
  const achievement = p.achievementId !== undefined && p.achievementId !== null
    ? allPoints.find((x) => String(x.targetId) === String(p.achievementId)) : null;
  const vars = { year, achieved: achievement ? valueText(achievement) : '', target: valueText(p) };
  switch (p.status) {
    case 'met':
      return { status: 'met', reason: achievement ? t('reason.met', vars) : t('reason.metBare') };
    case 'missed':
      return { status: 'missed', reason: achievement ? t('reason.missed', vars) : t('reason.missedBare') };
    case 'pending': {
      const end = endYear(year);
      if (end !== null && end < thisYear) return { status: 'not_reported', reason: t('reason.notReported', vars) };
      return { status: 'pending', reason: t('reason.pending', vars) };
    }
    case 'unknown':
      if (!year) return { status: 'unknown', reason: t('reason.noYear') };
      if (achievement) return { status: 'unknown', reason: t('reason.noDirection', vars) };
      return { status: 'unknown', reason: t('reason.notComparable', vars) };
    default:
      return { status: p.status || '', reason: '' };
  }
}

/** Whether an achievement's year has any target of the same indicator in the corpus. */
export function hasTargetFor(achievement, allPoints) {
  return allPoints.some((x) => x.kind === 'target' && x.year === achievement.year);
}

// Met: the result stands to the target as its comparator asks (≥ 不低于, ≤ 不超过, ≈ 左右, = 等于); missed: the
// way it falls short (< below a floor or short of an approximate goal, > above a ceiling, ≠ when unit differs).
const MET_SIGN = { at_least: '≥', at_most: '≤', approx: '≈', exact: '=' };

/** “5.2% ≥ 5%” for a met target, “4.5% < 5%” for a missed one, from the achievement that decided; null otherwise. */
export function comparison(p, allPoints) {
  if (p.status !== 'met' && p.status !== 'missed') return null;
  const a = p.achievementId !== undefined && p.achievementId !== null
    ? allPoints.find((x) => String(x.targetId) === String(p.achievementId)) : null;
  if (!a) return null;
  const plain = (x) => valueText(Object.assign({}, x, { comparator: 'exact' }));
  let sign = MET_SIGN[p.comparator] || '≈';
  if (p.status === 'missed') {
    if (a.unit !== p.unit) sign = '≠';
    else if (a.value < p.value) sign = '<';
    else sign = '>';
  }
  return { sign, text: plain(a) + ' ' + sign + ' ' + plain(p) };
}
