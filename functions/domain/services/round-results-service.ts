import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { CriterionResult } from '../../scoring/result-types.js';
import { canReadSubmission, canSeeRound, canSeeRoundResults, ensure, oversees, requireRole } from '../access/access-rules.js';
import type { CommissionScope } from '../access/commission-scope.js';
import { NotFoundError } from '../errors.js';
import type { Institution } from '../model/institution.js';
import { participantOf, roundRegionIds } from '../model/participant.js';
import type { Region } from '../model/region.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission } from '../model/submission.js';
import type { Principal } from '../ports/token-verifier.js';
import { loadScope } from './commission-scope-loader.js';
import { collectFacts, type RoundExport } from './round-export.js';
import { computeRoundResults, type RoundResults } from './round-results.js';
import { overseenRound, overseesOthers, overseenOrder, type OverseenRound } from './overseen-rounds.js';
import { loadVisibleRound } from './round-access.js';
import type { ServiceDeps } from './service-deps.js';

/** The regions named, and the parents of those (a region row shows its city), each read once. */
async function loadRegions(repos: ServiceDeps['repos'], ids: string[]): Promise<Region[]> {
  const get = async (list: string[]) => (await Promise.all([...new Set(list.filter(Boolean))].map((id) => repos.regions.get(id)))).filter((r): r is Region => r !== undefined);
  const named = await get(ids);
  const known = new Set(named.map((r) => r.id));
  const parents = await get(named.map((r) => r.parentId ?? '').filter((id) => id && !known.has(id)));
  return [...named, ...parents];
}

/** Reads at most this many stored results at once, so a large round does not burst the table. */
const RESULT_READS_IN_FLIGHT = 8;

/** Rounds of a commission's overview read at once, for the same reason. */
const ROUNDS_IN_FLIGHT = 4;

/**
 * A commission compares only what it oversees: the round narrowed to those participants, and their
 * submissions that it may read (so a county commission sees its own row, a city its counties).
 */
function narrowToScope(p: Principal, scope: CommissionScope, round: EvaluationRound, submissions: Submission[]): { round: EvaluationRound; submissions: Submission[] } {
  if (p.role !== 'commission') return { round, submissions };
  const narrowed: EvaluationRound = {
    ...round,
    institutionIds: round.institutionIds.filter((id) => oversees(p, scope, { type: 'institution', id })),
    regionIds: roundRegionIds(round).filter((id) => oversees(p, scope, { type: 'region', id })),
  };
  return { round: narrowed, submissions: submissions.filter((s) => canReadSubmission(p, s, round, scope) && oversees(p, scope, participantOf(s))) };
}

/** Round comparisons: for admins and the round's experts (they show other participants), and commissions within their scope. */
export function createRoundResultsService(deps: ServiceDeps) {
  const { repos } = deps;

  async function load(p: Principal, roundId: string): Promise<{ results: RoundResults; submissions: Submission[] }> {
    const scope = await loadScope(repos, p);
    return resultsOf(p, scope, await loadVisibleRound(repos, p, roundId, scope));
  }

  async function resultsOf(p: Principal, scope: CommissionScope, visibleRound: EvaluationRound): Promise<{ results: RoundResults; submissions: Submission[] }> {
    ensure(canSeeRoundResults(p, visibleRound, scope), 'Only administrators, the round\'s experts and the commissions overseeing it see round results');
    const [checklist, allSubmissions] = await Promise.all([
      repos.checklists.get(visibleRound.checklistId, visibleRound.checklistVersion),
      repos.submissions.listByRound(visibleRound.id),
    ]);
    if (!checklist) throw new NotFoundError('Checklist', `${visibleRound.checklistId}@${visibleRound.checklistVersion}`);
    const { round, submissions } = narrowToScope(p, scope, visibleRound, allSubmissions);
    const found = await Promise.all(round.institutionIds.map((id) => repos.institutions.get(id)));
    const institutions = found.filter((i): i is Institution => i !== undefined);
    const regions = await loadRegions(repos, [...institutions.map((i) => i.regionId), ...roundRegionIds(round)]);
    const results = computeRoundResults(round, checklist.definition as unknown as ChecklistDefinition, institutions, submissions, regions);
    return { results, submissions };
  }

  return {
    async forRound(p: Principal, roundId: string): Promise<RoundResults> {
      return (await load(p, roundId)).results;
    },

    /**
     * A commission's overview in one reply: every round where it oversees someone besides its own
     * region, with the rows of those it oversees (narrowed as `forRound` narrows them), open rounds
     * first, newest year first. Its home read one `forRound` per round before.
     */
    async overseen(p: Principal): Promise<OverseenRound[]> {
      requireRole(p, 'commission');
      const scope = await loadScope(repos, p);
      const rounds = (await repos.rounds.list()).filter((r) => canSeeRound(p, r, scope) && overseesOthers(p, scope, r));
      const items: OverseenRound[] = [];
      // A few rounds at once: each reads its checklist, its submissions and its participants.
      for (let i = 0; i < rounds.length; i += ROUNDS_IN_FLIGHT) {
        items.push(...(await Promise.all(rounds.slice(i, i + ROUNDS_IN_FLIGHT).map(async (r) => overseenRound((await resultsOf(p, scope, r)).results, p.regionId)))));
      }
      return items.sort(overseenOrder);
    },

    /** `forRound` plus each scored submission's criteria with actual value, target and gap (its stored result). */
    async forExport(p: Principal, roundId: string): Promise<RoundExport> {
      const { results, submissions } = await load(p, roundId);
      const listed = new Set([...results.institutions.map((i) => `institution:${i.institutionId}`), ...results.regions.map((r) => `region:${r.regionId}`)]);
      const scored = submissions.filter((s) => s.status === 'scored' && s.score && listed.has(`${participantOf(s).type}:${participantOf(s).id}`));
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
