import type { ChecklistDefinition } from '../../../checklist/definition-schema.js';
import type { Institution } from '../../model/institution.js';
import type { LocalizedText } from '../../model/localized.js';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import type { ScoreSummary } from '../../model/submission.js';
import { stageOf, type Stage } from './participant-stage.js';

/**
 * One letter per criterion status, so a heat map row of 100 criteria is a 100-character string and
 * a round of 1,000 institutions stays about 100 KB of JSON. `-`: that submission is not scored.
 */
export const STATUS_LETTER: Readonly<Record<string, string>> = { met: 'm', partial: 'p', 'not-met': 'n', missing: 'x', 'not-applicable': 'a', info: 'i' };

/** One scored evaluation, reduced to what a dashboard draws. */
export interface DashboardScore {
  submissionId: string;
  total: number | null;
  band: { id: string; label: LocalizedText } | null;
  vetoHits: number;
  /** Score (0–100) per section, in the order of `RoundDashboard.sections`; null where nothing counts. */
  sections: (number | null)[];
  /** One `STATUS_LETTER` per criterion, in the order of `RoundDashboard.criteria`. */
  statuses: string;
  checklistVersion: number;
  engineVersion: string;
}

export interface DashboardRow {
  institutionId: string;
  name: LocalizedText;
  region: { id: string; name: LocalizedText } | null;
  /** The institution's `institutionType` context value, for the type filter. */
  institutionType: string | null;
  selfStage: Stage;
  expertStage: Stage;
  self: DashboardScore | null;
  expert: DashboardScore | null;
  /** Expert total minus self total, when both are scored against the same version. */
  gap: number | null;
}

export interface RoundDashboard {
  round: Pick<EvaluationRound, 'id' | 'name' | 'year' | 'type' | 'checklistId' | 'checklistVersion' | 'status'>;
  checklistTitle: LocalizedText;
  sections: { id: string; title: LocalizedText }[];
  criteria: { id: string; title: LocalizedText; section: string; clause: string; veto: boolean }[];
  bands: { id: string; label: LocalizedText; min: number }[];
  rows: DashboardRow[];
  /** Checklist versions the scores were made with: more than one means totals do not compare. */
  checklistVersions: number[];
}

function summarize(s: SubmissionDigest | undefined, criteria: RoundDashboard['criteria'], sectionIndex: Map<string, number>, sectionCount: number): DashboardScore | null {
  if (!s || s.status !== 'scored' || !s.score) return null;
  const score: ScoreSummary = s.score;
  // A score made with the round's version lists the criteria in the same order: read them by
  // position (1,000 institutions, 61 criteria: no map per submission); any other, by id.
  const aligned = score.criteria.length === criteria.length && score.criteria.every((c, k) => c.id === criteria[k]!.id);
  const byId = aligned ? undefined : new Map(score.criteria.map((c) => [c.id, c]));
  const points = new Array<number>(sectionCount).fill(0);
  const max = new Array<number>(sectionCount).fill(0);
  let statuses = '';
  for (const [k, c] of criteria.entries()) {
    const found = byId ? byId.get(c.id) : score.criteria[k];
    statuses += found ? (STATUS_LETTER[found.status] ?? '-') : '-';
    const at = sectionIndex.get(c.section);
    if (found && at !== undefined) {
      points[at]! += found.points;
      max[at]! += found.maxPoints;
    }
  }
  return {
    submissionId: s.id,
    total: score.total,
    band: score.band,
    vetoHits: score.vetoHits.length,
    // The engine's own section formula (points over maximum, one decimal), from the stored summary.
    sections: points.map((p, i) => (max[i]! > 0 ? Math.round((p / max[i]!) * 1000) / 10 : null)),
    statuses,
    checklistVersion: score.checklistVersion,
    engineVersion: score.engineVersion,
  };
}

/**
 * Everything a round's dashboard draws, from the round, its checklist and the submissions'
 * stored score summaries (never the full results): ranking rows with section scores, a status
 * per criterion per institution for the heat map, bands and self/expert gaps. Counting and
 * filtering by region or type are cheap in the browser once these rows are there. Pure.
 */
export function computeRoundDashboard(round: EvaluationRound, definition: ChecklistDefinition, institutions: Institution[], regions: Region[], submissions: SubmissionDigest[]): RoundDashboard {
  const sections = definition.sections.map((s) => ({ id: s.id, title: s.title }));
  const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
  const criteria = definition.criteria.map((c) => ({ id: c.id, title: c.title, section: c.section, clause: c.clause, veto: c.veto === true }));
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const regionName = new Map(regions.map((r) => [r.id, r.name]));
  const pick = new Map(submissions.map((s) => [`${s.institutionId}|${s.kind}`, s]));
  const versions = new Set<number>();
  const rows = round.institutionIds.map((institutionId): DashboardRow => {
    const institution = byId.get(institutionId);
    const selfSub = pick.get(`${institutionId}|self`);
    const expertSub = pick.get(`${institutionId}|expert`);
    const self = summarize(selfSub, criteria, sectionIndex, sections.length);
    const expert = summarize(expertSub, criteria, sectionIndex, sections.length);
    if (self) versions.add(self.checklistVersion);
    if (expert) versions.add(expert.checklistVersion);
    const comparable = self?.total != null && expert?.total != null && self.checklistVersion === expert.checklistVersion;
    const type = institution?.context.institutionType;
    const regionId = institution?.regionId;
    return {
      institutionId,
      name: institution?.name ?? { zh: institutionId },
      region: regionId ? { id: regionId, name: regionName.get(regionId) ?? { zh: regionId } } : null,
      institutionType: type === undefined ? null : String(type),
      selfStage: stageOf(selfSub),
      expertStage: stageOf(expertSub),
      self,
      expert,
      gap: comparable ? Math.round((expert.total! - self.total!) * 10) / 10 : null,
    };
  });
  const { id, name, year, type, checklistId, checklistVersion, status } = round;
  return {
    round: { id, name, year, type, checklistId, checklistVersion, status },
    checklistTitle: definition.title,
    sections,
    criteria,
    bands: definition.bands.map((b) => ({ id: b.id, label: b.label, min: b.min })),
    rows,
    checklistVersions: [...versions].sort((a, b) => a - b),
  };
}
