import type { CheckContext } from './check-context.js';

/**
 * A number the title states as a threshold: after a comparison sign or word ("≥35", "不低于50",
 * "达到90"), or as a percentage ("35%"). Other numbers (years, "三、四级", "RW 2" in a name) are
 * not read as thresholds, nor an English amount in other units ("≥ 1 million yuan" for 100 万元).
 */
const THRESHOLD = /(?:[≥≤＞＜><]=?|不低于|不少于|不高于|不超过|小于|大于|低于|高于|超过|达到|达|at least|at most|above|below|over|under)\s*(\d+(?:\.\d+)?)(?![\d.]|\s*(?:million|billion|thousand))|(\d+(?:\.\d+)?)\s*[%％]/gi;

/** The threshold numbers a title states. */
export function titleThresholds(title: string): number[] {
  return [...title.matchAll(THRESHOLD)].map((m) => Number(m[1] ?? m[2]));
}

/** Every number in a target (its value, bounds, tolerance): what the title may quote. */
function targetNumbers(target: unknown, out: number[] = []): number[] {
  if (typeof target === 'number') out.push(target);
  else if (Array.isArray(target)) target.forEach((x) => targetNumbers(x, out));
  else if (typeof target === 'object' && target !== null) Object.values(target).forEach((x) => targetNumbers(x, out));
  return out;
}

/**
 * Warns when a criterion's title quotes a threshold its targets do not hold ("≥35%" in the title,
 * target 40): raising a target and forgetting the title leaves forms saying one thing and scoring
 * another. A warning, not an error: a title may quote the plan's wording on purpose.
 */
export function checkTitleNumbers(ctx: CheckContext): void {
  ctx.definition.criteria.forEach((criterion, index) => {
    const inTarget = targetNumbers([criterion.target, ...(criterion.targets ?? []).map((t) => t.target)]);
    if (!inTarget.length) return;
    for (const [lang, title] of Object.entries(criterion.title) as [string, string | undefined][]) {
      const stray = titleThresholds(title ?? '').filter((n) => !inTarget.includes(n));
      if (!stray.length) continue;
      ctx.warnIssue('title-target-mismatch', { inTitle: stray.map(String), inTarget: [...new Set(inTarget)].map(String), lang }, 'criteria', index, 'title', lang);
      return;
    }
  });
}
