import type { Localized, VetoBasis } from '../checklist/definition-schema.js';

/**
 * A veto's basis as a reader sees it beside the hit: the plan's quoted words with their clause,
 * or the checklist's reading marked as such, so nobody mistakes a reading for the plan's rule.
 */
export function vetoBasisText(basis: VetoBasis | undefined): Localized {
  if (!basis) return { zh: '未注明依据', en: 'basis not stated' };
  if (basis.kind === 'plan') {
    return { zh: `方案${basis.clause}：“${basis.quote.zh}”`, en: `plan ${basis.clause}: "${basis.quote.en ?? basis.quote.zh}"` };
  }
  return { zh: `本评估表的解读（方案未作此规定）：${basis.reason.zh}`, en: `this checklist's reading (not the plan's words): ${basis.reason.en ?? basis.reason.zh}` };
}
