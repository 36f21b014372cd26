import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { CriterionResult } from '../../scoring/result-types.js';
import { canSeeRoundResults, ensure } from '../access/access-rules.js';
import { NotFoundError } from '../errors.js';
import type { Institution } from '../model/institution.js';
import type { Region } from '../model/region.js';
import type { Submission } from '../model/submission.js';
import type { Principal } from '../ports/token-verifier.js';
import { collectFacts, type RoundExport } from './round-export.js';
import { computeRoundResults, type RoundResults } from './round-results.js';
import { loadVisibleRound } from './round-access.js';
import type { ServiceDeps } from './service-deps.js';

/** Reads at most this many stored results at once, so a large round does not burst the table. */
const RESULT_READS_IN_FLIGHT = 8;

/** Round comparisons: for admins and the round's experts (they show other institutions). */
export function createRoundResultsService(deps: ServiceDeps) {
  const { repos } = deps;

  async function load(p: Principal, roundId: string): Promise<{ results: RoundResults; submissions: Submission[] }> {
    const round = await loadVisibleRound(repos, p, roundId);
    ensure(canSeeRoundResults(p, round), 'Only administrators and the round\'s experts see round results');
    const [checklist, submissions, found] = await Promise.all([
      repos.checklists.get(round.checklistId, round.checklistVersion),
      repos.submissions.listByRound(round.id),
      Promise.all(round.institutionIds.map((id) => repos.institutions.get(id))),
    ]);
    if (!checklist) throw new NotFoundError('Checklist', `${round.checklistId}@${round.checklistVersion}`);
    const institutions = found.filter((i): i is Institution => i !== undefined);
    const regionIds = [...new Set(institutions.map((i) => i.regionId).filter(Boolean))];
    const regions = (await Promise.all(regionIds.map((id) => repos.regions.get(id)))).filter((r): r is Region => r !== undefined);
    const results = computeRoundResults(round, checklist.definition as unknown as ChecklistDefinition, institutions, submissions, regions);
    return { results, submissions };
  }

  return {
    async forRound(p: Principal, roundId: string): Promise<RoundResults> {
      return (await load(p, roundId)).results;
    },

    /** `forRound` plus each scored submission's criteria with actual value, target and gap (its stored result). */
    async forExport(p: Principal, roundId: string): Promise<RoundExport> {
      const { results, submissions } = await load(p, roundId);
      const scored = submissions.filter((s) => s.status === 'scored' && s.score && results.institutions.some((i) => i.institutionId === s.institutionId));
      const full = new Map<string, CriterionResult[]>();
      for (let i = 0; i < scored.length; i += RESULT_READS_IN_FLIGHT) {
        await Promise.all(scored.slice(i, i + RESULT_READS_IN_FLIGHT).map(async (s) => {
          const result = await repos.results.get(s.id, s.score!.resultKey);
          if (result) full.set(s.id, result.criteria);
        }));
      }
      return { ...results, facts: collectFacts(results, submissions, full) };
    },
  };
}
