import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Institution } from '../model/institution.js';
import type { Region } from '../model/region.js';
import type { LocalizedText } from '../model/localized.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';

/** One institution's score of one kind, or where it stands when not yet scored. */
export interface ScoreLine {
  submissionId: string;
  status: Submission['status'];
  total: number | null;
  band: { id: string; label: LocalizedText } | null;
  vetoHits: string[];
  /** What produced the score (null until scored): totals of different checklist versions do not compare. */
  checklistVersion: number | null;
  engineVersion: string | null;
}

export interface InstitutionResult {
  institutionId: string;
  name: LocalizedText;
  /** The region the institution belongs to (null when unknown). */
  region: { id: string; name: LocalizedText } | null;
  self: ScoreLine | null;
  expert: ScoreLine | null;
  /** Expert total minus self total, when both are scored against the same checklist version. */
  difference: number | null;
}

export interface CriterionAttainment {
  id: string;
  title: LocalizedText;
  clause: string;
  section: string;
  /** Status counts across institutions, per kind of evaluation. */
  self: Record<string, number>;
  expert: Record<string, number>;
}

export interface CriterionDifference {
  institutionId: string;
  criterionId: string;
  self: { status: string; points: number };
  expert: { status: string; points: number };
}

export interface RoundResults {
  round: Pick<EvaluationRound, 'id' | 'name' | 'year' | 'type' | 'checklistId' | 'checklistVersion' | 'status'>;
  checklistTitle: LocalizedText;
  /** Checklist versions the round's scores were made with, ascending. */
  checklistVersions: number[];
  /** Engine versions the round's scores were made with. */
  engineVersions: string[];
  /** True when scores come from more than one checklist version: their totals do not compare. */
  mixedVersions: boolean;
  institutions: InstitutionResult[];
  criteria: CriterionAttainment[];
  differences: CriterionDifference[];
}

function line(s: Submission | undefined): ScoreLine | null {
  if (!s) return null;
  const scored = s.status === 'scored' && s.score;
  return {
    submissionId: s.id,
    status: s.status,
    total: scored ? s.score!.total : null,
    band: scored ? s.score!.band : null,
    vetoHits: scored ? s.score!.vetoHits : [],
    checklistVersion: scored ? s.score!.checklistVersion : null,
    engineVersion: scored ? s.score!.engineVersion : null,
  };
}

/**
 * Compares a round's institutions: totals and bands of self and expert evaluations, how often
 * each criterion is attained, and where experts saw a criterion differently from the institution.
 * Pure: the caller loads everything.
 */
export function computeRoundResults(
  round: EvaluationRound,
  definition: ChecklistDefinition,
  institutions: Institution[],
  submissions: Submission[],
  regions: Region[] = [],
): RoundResults {
  const byKey = new Map(submissions.map((s) => [`${s.institutionId}|${s.kind}`, s]));
  const pick = (institutionId: string, kind: SubmissionKind) => byKey.get(`${institutionId}|${kind}`);
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const regionNames = new Map(regions.map((r) => [r.id, r.name]));
  // Maps and sets, not find/includes per row: a round of 10,000 institutions stays linear (issue 13).
  const regionIdOf = new Map(institutions.map((i) => [i.id, i.regionId]));
  const inRound = new Set(round.institutionIds);
  const regionOf = (institutionId: string): InstitutionResult['region'] => {
    const regionId = regionIdOf.get(institutionId);
    return regionId ? { id: regionId, name: regionNames.get(regionId) ?? { zh: regionId } } : null;
  };

  const rows: InstitutionResult[] = round.institutionIds.map((institutionId) => {
    const self = line(pick(institutionId, 'self'));
    const expert = line(pick(institutionId, 'expert'));
    const comparable = self?.total != null && expert?.total != null && self.checklistVersion === expert.checklistVersion;
    const difference = comparable ? Math.round((expert.total! - self.total!) * 100) / 100 : null;
    return { institutionId, name: names.get(institutionId) ?? { zh: institutionId }, region: regionOf(institutionId), self, expert, difference };
  });

  const scored = submissions.filter((s) => s.status === 'scored' && s.score && inRound.has(s.institutionId));
  // Per submission a map of its criteria, keyed once by institution and kind: building one
  // "institution|kind|criterion" string per criterion per submission (610,000 for 10,000
  // institutions) was most of the time and memory of a large round (issue 13).
  type Mark = { status: string; points: number };
  const marksOf = new Map<string, Map<string, Mark>>();
  for (const s of scored) marksOf.set(`${s.institutionId}|${s.kind}`, new Map(s.score!.criteria.map((c) => [c.id, { status: c.status, points: c.points }])));
  const versionOf = new Map(scored.map((s) => [`${s.institutionId}|${s.kind}`, s.score!.checklistVersion]));

  const tally = (kind: SubmissionKind) => {
    const out = new Map<string, Record<string, number>>(definition.criteria.map((c) => [c.id, {}]));
    for (const s of scored) {
      if (s.kind !== kind) continue;
      const marks = marksOf.get(`${s.institutionId}|${kind}`);
      for (const c of definition.criteria) {
        const status = marks?.get(c.id)?.status ?? 'missing';
        const counts = out.get(c.id)!;
        counts[status] = (counts[status] ?? 0) + 1;
      }
    }
    return out;
  };
  const selfCounts = tally('self');
  const expertCounts = tally('expert');
  const criteria: CriterionAttainment[] = definition.criteria.map((c) => ({
    id: c.id, title: c.title, clause: c.clause, section: c.section, self: selfCounts.get(c.id)!, expert: expertCounts.get(c.id)!,
  }));

  const differences: CriterionDifference[] = [];
  for (const institutionId of round.institutionIds) {
    const selfMarks = marksOf.get(`${institutionId}|self`);
    const expertMarks = marksOf.get(`${institutionId}|expert`);
    if (!selfMarks || !expertMarks) continue;
    if (versionOf.get(`${institutionId}|self`) !== versionOf.get(`${institutionId}|expert`)) continue;
    for (const c of definition.criteria) {
      const self = selfMarks.get(c.id);
      const expert = expertMarks.get(c.id);
      if (self && expert && (self.status !== expert.status || self.points !== expert.points)) {
        differences.push({ institutionId, criterionId: c.id, self, expert });
      }
    }
  }

  const checklistVersions = [...new Set(scored.map((s) => s.score!.checklistVersion))].sort((a, b) => a - b);
  const engineVersions = [...new Set(scored.map((s) => s.score!.engineVersion))].sort();
  const { id, name, year, type, checklistId, checklistVersion, status } = round;
  return {
    round: { id, name, year, type, checklistId, checklistVersion, status },
    checklistTitle: definition.title,
    checklistVersions,
    engineVersions,
    mixedVersions: checklistVersions.length > 1,
    institutions: rows,
    criteria,
    differences,
  };
}
