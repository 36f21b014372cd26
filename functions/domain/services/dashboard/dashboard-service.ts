import type { ChecklistDefinition } from '../../../checklist/definition-schema.js';
import { canSeeRound, canSeeRoundResults, ensure, ensureVisible, requireRole } from '../../access/access-rules.js';
import { regionsUnder, scopeFromDirectory } from '../../access/commission-scope.js';
import { NotFoundError } from '../../errors.js';
import type { LocalizedText } from '../../model/localized.js';
import type { EvaluationRound } from '../../model/round.js';
import type { Principal } from '../../ports/token-verifier.js';
import { loadVisibleRound } from '../round-access.js';
import type { ServiceDeps } from '../service-deps.js';
import { COMPACT_FORMAT, compactRoundDashboard, type CompactRoundDashboard } from './compact-dashboard.js';
import { ENGINE_VERSION } from '../../../scoring/engine-version.js';
import { dashboardTag } from './dashboard-tag.js';
import { computeInstitutionHistory, type InstitutionHistory } from './institution-history.js';
import { computeRoundDashboard, type RoundDashboard } from './round-dashboard.js';
import { overseenInputs } from './overseen-dashboard.js';
import { aggregateRegionRounds, computeRegionHistory, type RegionHistory } from './region-history.js';
import { computeRoundProgress, type RoundProgress } from './round-progress.js';

/**
 * The console's read models. Each reads a fixed number of queries, whatever the round's size:
 * the round (O1), its checklist version (C1), its submissions (S2), the institutions (I2) and
 * regions (R2); no Get per institution, no full-table read.
 */
export function createDashboardService(deps: ServiceDeps) {
  const { repos } = deps;

  /** The round and its lists; `alongside(round)` runs in parallel with them (the dashboard's checklist read). */
  async function loadRound<T = undefined>(p: Principal, roundId: string, alongside?: (round: EvaluationRound) => Promise<T>) {
    const round = await loadVisibleRound(repos, p, roundId);
    ensure(canSeeRoundResults(p, round), "Only administrators and the round's experts see its progress and dashboard");
    const [submissions, institutions, regions, extra] = await Promise.all([
      repos.submissions.listDigestsByRound(round.id),
      repos.institutions.list(),
      repos.regions.list(),
      alongside ? alongside(round) : (undefined as T),
    ]);
    const participants = new Set(round.institutionIds);
    return { round, submissions, institutions: institutions.filter((i) => participants.has(i.id)), regions, extra };
  }

  /**
   * A commission's round, read-only and narrowed to its scope (`overseen-dashboard.ts`). The
   * directory lists the dashboard reads anyway (R2, I2) give the scope, read beside the round (O1)
   * instead of a query per region under the commission; then the digests (S2d) and `alongside`.
   * A round without an institution of its scope is 404, as one it may not see.
   */
  async function loadOverseenRound<T>(p: Principal, roundId: string, alongside: (round: EvaluationRound) => Promise<T>) {
    const [found, allInstitutions, allRegions] = await Promise.all([repos.rounds.get(roundId), repos.institutions.list(), repos.regions.list()]);
    const scope = scopeFromDirectory(p.regionId ?? '', allRegions, allInstitutions);
    const visible = found !== undefined && p.regionId !== undefined && canSeeRound(p, found, scope);
    ensureVisible(visible, 'Round', roundId);
    const [submissions, extra] = await Promise.all([repos.submissions.listDigestsByRound(found!.id), alongside(found!)]);
    const narrowed = overseenInputs(scope, { round: found!, submissions, institutions: allInstitutions, regions: allRegions });
    ensureVisible(narrowed !== undefined, 'Round', roundId);
    return { ...narrowed!, extra };
  }

  /** What a dashboard is built from: the whole round for admins and its experts, a commission's part of it for a commission. */
  function loadDashboard(p: Principal, roundId: string) {
    return p.role === 'commission' ? loadOverseenRound(p, roundId, definitionOf) : loadRound(p, roundId, definitionOf);
  }

  /** Whether region `regionId` is the caller's to read: any for an admin, its own or one under it for a commission (R2). */
  async function withinScope(p: Principal, regionId: string): Promise<boolean> {
    if (p.role !== 'commission') return true;
    return p.regionId !== undefined && regionsUnder(await repos.regions.list(), p.regionId).has(regionId);
  }

  /** Criterion titles of the checklist versions named (each read once), by checklist id and criterion id; a later version's title wins. */
  async function titlesOf(versions: { checklistId: string; version: number }[]): Promise<Record<string, Record<string, LocalizedText>>> {
    const keys = [...new Set(versions.map((v) => `${v.checklistId}@${v.version}`))].sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    const titles: Record<string, Record<string, LocalizedText>> = {};
    for (const key of keys) {
      const [id, version] = key.split('@') as [string, string];
      const record = await repos.checklists.get(id, Number(version));
      const definition = record?.definition as unknown as ChecklistDefinition | undefined;
      for (const c of definition?.criteria ?? []) (titles[id] ??= {})[c.id] ??= c.title;
    }
    return titles;
  }

  async function definitionOf(round: EvaluationRound): Promise<ChecklistDefinition> {
    const checklist = await repos.checklists.get(round.checklistId, round.checklistVersion);
    if (!checklist) throw new NotFoundError('Checklist', `${round.checklistId}@${round.checklistVersion}`);
    return checklist.definition as unknown as ChecklistDefinition;
  }

  return {
    /** Who has started, drafted, submitted, been returned, been scored; and the re-score's progress. */
    async progress(p: Principal, roundId: string): Promise<RoundProgress> {
      const { round, submissions, institutions, regions } = await loadRound(p, roundId);
      return computeRoundProgress(round, institutions, regions, submissions);
    },

    /** Ranking, section scores, heat map statuses and gaps of every participant (a commission: of those it oversees). */
    async dashboard(p: Principal, roundId: string): Promise<RoundDashboard> {
      // The checklist is read beside the lists, not after them: one round trip less on the way to the page.
      const { round, submissions, institutions, regions, extra: definition } = await loadDashboard(p, roundId);
      return computeRoundDashboard(round, definition, institutions, regions, submissions);
    },

    /**
     * The page's compact dashboard with its tag (`dashboard-tag.ts`), built only when `build` is
     * called: a client whose `If-None-Match` names the tag is answered without building it.
     */
    async taggedDashboard(p: Principal, roundId: string): Promise<{ tag: string; build(): CompactRoundDashboard }> {
      const { round, submissions, institutions, regions, extra: definition } = await loadDashboard(p, roundId);
      // The engine's version too: a deploy that changes how statuses or totals read must not 304.
      // A commission's reply is its scope's part of the round: the scope is in the tag, so that
      // another scope's tag (or the whole round's) is never confirmed by a 304.
      const scope = p.role === 'commission' ? `;overseen by ${p.regionId}` : '';
      return {
        tag: dashboardTag(`${COMPACT_FORMAT};engine ${ENGINE_VERSION}${scope}`, { round, submissions, institutions, regions }),
        build: () => compactRoundDashboard(computeRoundDashboard(round, definition, institutions, regions, submissions)),
      };
    },

    /**
     * One institution's scores across the rounds it took part in (admin; a commission, one in its
     * scope: else 404): S3, then each round (O1) and checklist version (C1) once. Only scored
     * evaluations count, which an overseer may read, and every round of them has the institution.
     */
    async history(p: Principal, institutionId: string): Promise<InstitutionHistory> {
      requireRole(p, 'admin', 'commission');
      const institution = await repos.institutions.get(institutionId);
      ensureVisible(institution !== undefined && (await withinScope(p, institution.regionId)), 'Institution', institutionId);
      if (!institution) throw new NotFoundError('Institution', institutionId);
      const submissions = await repos.submissions.listByInstitution(institutionId);
      const roundIds = [...new Set(submissions.map((s) => s.roundId))];
      const rounds = new Map((await Promise.all(roundIds.map((id) => repos.rounds.get(id)))).filter((r): r is EvaluationRound => !!r).map((r) => [r.id, r]));
      const versions = submissions.filter((s) => s.score).map((s) => ({ checklistId: s.checklistId, version: s.score!.checklistVersion }));
      return computeInstitutionHistory(institution, submissions, rounds, await titlesOf(versions));
    },

    /**
     * A region across rounds (admin; a commission, its region or one under it: else 404): its own evaluations (S7) and, per round its institutions
     * (its own and those of every region under it) took part in, their scores in aggregate. R1, R2,
     * I3 per region of the subtree, O2, then S2d per such round and C1 per checklist version: a
     * handful of rounds a region, never a read per institution.
     */
    async regionHistory(p: Principal, regionId: string): Promise<RegionHistory> {
      requireRole(p, 'admin', 'commission');
      const region = await repos.regions.get(regionId);
      ensureVisible(region !== undefined && (await withinScope(p, region.id)), 'Region', regionId);
      if (!region) throw new NotFoundError('Region', regionId);
      // A city's history counts its counties' institutions too: the region and every region under it (R2, then I3 each).
      const [own, institutions, allRounds] = await Promise.all([
        repos.submissions.listByRegion(regionId),
        repos.regions.list().then((all) => Promise.all([...regionsUnder(all, regionId)].map((id) => repos.institutions.listByRegion(id)))),
        repos.rounds.list(),
      ]);
      const members = new Set(institutions.flat().map((i) => i.id));
      const taking = allRounds.filter((r) => r.institutionIds.some((id) => members.has(id)));
      const digests = new Map(await Promise.all(taking.map(async (r) => [r.id, await repos.submissions.listDigestsByRound(r.id)] as const)));
      const aggregates = aggregateRegionRounds(taking, members, digests);
      const versions = [
        ...own.filter((s) => s.score).map((s) => ({ checklistId: s.checklistId, version: s.score!.checklistVersion })),
        ...taking.map((r) => ({ checklistId: r.checklistId, version: r.checklistVersion })),
      ];
      return computeRegionHistory(region, own, new Map(allRounds.map((r) => [r.id, r])), aggregates, await titlesOf(versions));
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
