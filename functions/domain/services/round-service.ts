import { canSeeRound, requireRole } from '../access/access-rules.js';
import { roundView, type RoundView } from '../access/round-view.js';
import { InvalidStateError, ValidationError, type Issue } from '../errors.js';
import { chinaDate } from '../model/china-time.js';
import { roundRegionIds } from '../model/participant.js';
import type { EvaluationRound } from '../model/round.js';
import type { Principal } from '../ports/token-verifier.js';
import { advance, changedKeys, created } from './audit.js';
import { loadScope } from './commission-scope-loader.js';
import { loadVisibleRound } from './round-access.js';
import { expertIssues } from './round-experts.js';
import { participantIssues, subjectOf } from './round-participants.js';
import type { ServiceDeps } from './service-deps.js';

/**
 * What an administrator sends to create or update a round: the round's own fields, status
 * optional. `regionIds` (region checklists) defaults to none on create and to the current list on
 * update, so clients that predate it keep working; `deadline` likewise, and `null` removes it.
 */
export type RoundInput = Pick<EvaluationRound, 'id' | 'name' | 'checklistId' | 'checklistVersion' | 'type' | 'year' | 'institutionIds' | 'expertIds'> &
  Partial<Pick<EvaluationRound, 'status' | 'regionIds'>> & { deadline?: string | null };

/**
 * A new round whose deadline has already passed would open overdue: refused, saying so. Only at
 * creation; a running round keeps its deadline once it passes.
 */
function deadlineIssues(deadline: string | null | undefined, at: Date): Issue[] {
  // Rounds run in China: a deadline is a Chinese calendar day.
  const today = chinaDate(at);
  if (!deadline || deadline >= today) return [];
  return [{ path: '/deadline', code: 'deadline-past', message: `截止日期 ${deadline} 已过（今天是 ${today}） (the deadline ${deadline} has already passed; today is ${today})`, params: { deadline, today } }];
}

/** Evaluation rounds: created and changed by admins, seen by their experts and institutions. */
export function createRoundService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  /**
   * `current` is the round being updated: a round may keep the checklist version it already
   * uses after that version is retired (it must still be closable), but may not move onto one;
   * likewise it keeps experts it already has. Every problem is reported at once, nothing written.
   */
  async function checkReferences(input: Omit<RoundInput, 'id' | 'regionIds'> & { regionIds: string[] }, current?: EvaluationRound, own: Issue[] = []): Promise<void> {
    const issues: Issue[] = [...own];
    const checklist = await repos.checklists.get(input.checklistId, input.checklistVersion);
    const kept = current?.checklistId === input.checklistId && current.checklistVersion === input.checklistVersion;
    if (!checklist) {
      issues.push({ path: '/checklistVersion', code: 'unknown-checklist', message: `评估表 ${input.checklistId}@${input.checklistVersion} 未发布 (checklist ${input.checklistId}@${input.checklistVersion} is not published)` });
    } else if (checklist.status !== 'published' && !kept) {
      issues.push({ path: '/checklistVersion', code: 'retired-checklist', message: `评估表 ${input.checklistId}@${input.checklistVersion} 已停用 (checklist ${input.checklistId}@${input.checklistVersion} is retired)` });
    }
    // Without the checklist its subject is unknown: the lists are still checked for existence.
    const subject = checklist ? subjectOf(checklist.definition) : input.regionIds.length ? 'region' : 'institution';
    issues.push(...(await participantIssues(repos, subject, input)));
    issues.push(...(await expertIssues(deps.accounts, input.expertIds, current?.expertIds)));
    if (issues.length) throw new ValidationError('轮次的设置有误 (the round refers to things that do not exist or cannot take part)', issues, 'invalid-reference');
  }

  return {
    /** A round the caller takes part in (404 otherwise, like a missing one), as they may see it. */
    async get(p: Principal, id: string): Promise<RoundView> {
      const scope = await loadScope(repos, p);
      return roundView(p, await loadVisibleRound(repos, p, id, scope), scope);
    },

    /** The rounds the caller takes part in or oversees (all for admins), newest year first. */
    async list(p: Principal): Promise<RoundView[]> {
      const scope = await loadScope(repos, p);
      return (await repos.rounds.list()).filter((r) => canSeeRound(p, r, scope)).map((r) => roundView(p, r, scope));
    },

    async create(p: Principal, input: RoundInput): Promise<EvaluationRound> {
      requireRole(p, 'admin');
      const { deadline, ...fields } = input;
      const regionIds = input.regionIds ?? [];
      const at = clock.now();
      await checkReferences({ ...input, regionIds }, undefined, deadlineIssues(deadline, at));
      const round: EvaluationRound = {
        ...fields,
        regionIds,
        ...(deadline ? { deadline } : {}),
        status: input.status ?? 'open',
        version: 1,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        audit: created(p.username, at),
      };
      await repos.rounds.create(round);
      return round;
    },

    async update(p: Principal, id: string, version: number, input: Omit<RoundInput, 'id'>): Promise<EvaluationRound> {
      requireRole(p, 'admin');
      const current = await loadVisibleRound(repos, p, id);
      const regionIds = input.regionIds ?? roundRegionIds(current);
      await checkReferences({ ...input, regionIds }, current);
      const moved = input.checklistId !== current.checklistId || input.checklistVersion !== current.checklistVersion;
      // Submissions carry the version they were started with; moving the round under them would
      // mix versions silently. The round re-score moves round and submissions together.
      if (moved && (await repos.submissions.listByRound(id)).length > 0) {
        throw new InvalidStateError(
          `Round ${id} already has submissions, so its checklist cannot change. To score them against another version of ${current.checklistId}, use POST /api/rounds/${id}/rescore with { "checklistVersion" }.`,
          { checklistId: current.checklistId, checklistVersion: current.checklistVersion },
        );
      }
      const { deadline, ...fields } = input;
      const changes = { ...fields, regionIds, status: input.status ?? current.status, deadline: deadline === undefined ? current.deadline : (deadline ?? undefined) };
      const advanced = advance(current, changes, p.username, 'update', clock.now(), {
        keys: changedKeys(current as unknown as Record<string, unknown>, { ...current, ...changes } as unknown as Record<string, unknown>),
      });
      // A removed deadline leaves the item rather than staying as an undefined key.
      const { deadline: kept, ...rest } = advanced;
      const next: EvaluationRound = kept === undefined ? rest : advanced;
      await repos.rounds.replace(next, version);
      return next;
    },
  };
}

export type RoundService = ReturnType<typeof createRoundService>;
