import type { Criterion } from './definition-schema.js';
import type { CheckContext } from './check-context.js';

/**
 * A veto caps a band whatever the total, so the checklist must say where it comes from: the plan's
 * own word or the author's reading. Format-1 definitions published before `vetoBasis` existed must
 * keep validating, so a veto without one is a warning, not an error; a basis on a criterion that is
 * no veto is an error, since it would show a reason for a rule that does not apply.
 */
export function checkVetoBasis(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  if (criterion.veto && !criterion.vetoBasis) {
    ctx.warn('veto-basis-missing', 'a veto item should say where the veto comes from: vetoBasis { kind: "plan", quote, clause } or { kind: "reading", reason }', ...path, 'veto');
  }
  if (criterion.vetoBasis && !criterion.veto) {
    ctx.report('veto-basis-without-veto', 'vetoBasis is given but the criterion is not a veto item ("veto": true)', ...path, 'vetoBasis');
  }
}
