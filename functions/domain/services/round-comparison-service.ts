import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { CriterionResult } from '../../scoring/result-types.js';
import { canReadSubmission, canSeeComparison, canSeeRoundResults, ensureVisible } from '../access/access-rules.js';
import { NotFoundError } from '../errors.js';
import type { Institution } from '../model/institution.js';
import type { Principal } from '../ports/token-verifier.js';
import { compareRound, type RoundComparison } from './round-comparison.js';
import { loadVisibleRound } from './round-access.js';
import type { ServiceDeps } from './service-deps.js';

/** Reads at most this many stored results at once, so a large round does not burst the table. */
const RESULT_READS_IN_FLIGHT = 8;

/** Self vs expert, criterion by criterion, for a round (see `canSeeComparison` for who sees what). */
export function createRoundComparisonService(deps: ServiceDeps) {
  const { repos } = deps;
  return {
    async forRound(p: Principal, roundId: string): Promise<RoundComparison> {
      const round = await loadVisibleRound(repos, p, roundId);
      // Only what the caller may read: an expert never learns that a self-evaluation draft exists.
      const submissions = (await repos.submissions.listByRound(round.id)).filter((s) => s.institutionId !== undefined && round.institutionIds.includes(s.institutionId) && canReadSubmission(p, s, round));
      const whole = canSeeRoundResults(p, round);
      const own = p.role === 'institution' ? submissions.find((s) => s.institutionId === p.institutionId && s.kind === 'expert') : undefined;
      // An institution before the expert's evaluation is submitted gets the answer a stranger gets.
      ensureVisible(canSeeComparison(p, round, own), 'Comparison', roundId);
      const institutionIds = whole ? round.institutionIds : [p.institutionId!];
      const mine = submissions.filter((s) => s.institutionId !== undefined && institutionIds.includes(s.institutionId));
      const [checklist, found] = await Promise.all([
        repos.checklists.get(round.checklistId, round.checklistVersion),
        Promise.all(institutionIds.map((id) => repos.institutions.get(id))),
      ]);
      if (!checklist) throw new NotFoundError('Checklist', `${round.checklistId}@${round.checklistVersion}`);
      const scored = mine.filter((s) => s.status === 'scored' && s.score);
      const full = new Map<string, CriterionResult[]>();
      for (let i = 0; i < scored.length; i += RESULT_READS_IN_FLIGHT) {
        await Promise.all(scored.slice(i, i + RESULT_READS_IN_FLIGHT).map(async (s) => {
          const result = await repos.results.get(s.id, s.score!.resultKey);
          if (result) full.set(s.id, result.criteria);
        }));
      }
      const institutions = found.filter((i): i is Institution => i !== undefined);
      return compareRound(round, checklist.definition as unknown as ChecklistDefinition, institutions, mine, full, institutionIds);
    },
  };
}
