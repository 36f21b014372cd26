import type { Issue } from '../errors.js';
import type { Subject } from '../model/participant.js';
import type { Repositories } from '../ports/repositories.js';

/** The participant lists a round is created or updated with. */
export interface ParticipantLists {
  institutionIds: string[];
  regionIds: string[];
}

/** A checklist's `subject`, as its stored definition declares it (definitions always do; `institution` if not). */
export function subjectOf(definition: Record<string, unknown>): Subject {
  const subject = definition.subject;
  return subject === 'region' || subject === 'person' ? subject : 'institution';
}

const WORD = { institution: '机构', region: '地区' } as const;

function listIssues(ids: string[], field: 'institutionIds' | 'regionIds', found: unknown[], what: 'institution' | 'region'): Issue[] {
  const issues: Issue[] = [];
  found.forEach((item, i) => {
    if (!item) issues.push({ path: `/${field}/${i}`, code: `unknown-${what}`, message: `${WORD[what]} ${ids[i]} 不存在 (${what} ${ids[i]} does not exist)`, params: { id: ids[i] } });
  });
  if (new Set(ids).size !== ids.length) issues.push({ path: `/${field}`, code: 'duplicate', message: `同一${WORD[what]}被列了两次 (a ${what} is listed twice)` });
  return issues;
}

/**
 * Who may take part in a round of a checklist with this subject: regions for a `region`
 * checklist, institutions otherwise (a `person` is evaluated within an institution's submission,
 * see forms/README.md), at least one, each of them existing and listed once. The other list must
 * be empty, so a region checklist is never filled through a stand-in institution.
 */
export async function participantIssues(repos: Repositories, subject: Subject, lists: ParticipantLists): Promise<Issue[]> {
  const wanted = subject === 'region' ? 'regionIds' : 'institutionIds';
  const other = subject === 'region' ? 'institutionIds' : 'regionIds';
  const issues: Issue[] = [];
  if (lists[other].length > 0) {
    issues.push({
      path: `/${other}`,
      code: 'wrong-participant',
      message: `${wanted === 'regionIds' ? '地区' : '机构'}评估表的轮次只列${wanted === 'regionIds' ? '参评地区' : '参评机构'} (a ${subject} checklist's round lists ${wanted === 'regionIds' ? 'regions (regionIds)' : 'institutions (institutionIds)'}, not ${other === 'regionIds' ? 'regions' : 'institutions'})`,
      params: { subject, expected: wanted },
    });
  }
  if (lists[wanted].length === 0) {
    const what = wanted === 'regionIds' ? 'region' : 'institution';
    issues.push({ path: `/${wanted}`, code: 'no-participants', message: `轮次至少需要一个参评${WORD[what]} (a round needs at least one ${what} to evaluate)`, params: { expected: wanted } });
  }
  const [institutions, regions] = await Promise.all([
    Promise.all(lists.institutionIds.map((id) => repos.institutions.get(id))),
    Promise.all(lists.regionIds.map((id) => repos.regions.get(id))),
  ]);
  issues.push(...listIssues(lists.institutionIds, 'institutionIds', institutions, 'institution'));
  issues.push(...listIssues(lists.regionIds, 'regionIds', regions, 'region'));
  return issues;
}
