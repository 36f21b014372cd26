import type { ChecklistDefinition } from '../../checklist/definition-schema.js';
import type { Institution } from '../model/institution.js';
import type { Region } from '../model/region.js';
import type { LocalizedText } from '../model/localized.js';
import { participantOf, roundParticipants, roundRegionIds, type Participant } from '../model/participant.js';
import type { EvaluationRound } from '../model/round.js';
import type { Submission, SubmissionKind } from '../model/submission.js';
import { summarizeByRegion, type RegionSummary } from './region-summary.js';

/** One participant's score of one kind, or where it stands when not yet scored. */
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

/** A region by id and name. */
export interface RegionRef {
  id: string;
  name: LocalizedText;
}

export interface InstitutionResult {
  institutionId: string;
  name: LocalizedText;
  /** The region the institution belongs to (null when unknown). */
  region: RegionRef | null;
  /** `region.id`, flat, for grouping and filtering rows by region. */
  regionId: string | null;
  self: ScoreLine | null;
  expert: ScoreLine | null;
  /** Expert total minus self total, when both are scored against the same checklist version. */
  difference: number | null;
}

/** A region evaluated in a region round (its commission's self-evaluation, an expert's evaluation of it). */
export interface RegionResult {
  regionId: string;
  name: LocalizedText;
  /** The region it belongs to (a county's city), null for a top-level or unknown one. */
  parent: RegionRef | null;
  self: ScoreLine | null;
  expert: ScoreLine | null;
  difference: number | null;
}

export interface CriterionAttainment {
  id: string;
  title: LocalizedText;
  clause: string;
  section: string;
  /** Status counts across participants, per kind of evaluation. */
  self: Record<string, number>;
  expert: Record<string, number>;
}

/** Where the experts saw a criterion differently: `institutionId` in an institution round, `regionId` in a region round. */
export interface CriterionDifference {
  institutionId?: string;
  regionId?: string;
  criterionId: string;
  self: { status: string; points: number };
  expert: { status: string; points: number };
}

export interface RoundResults {
  round: Pick<EvaluationRound, 'id' | 'name' | 'year' | 'type' | 'checklistId' | 'checklistVersion' | 'status' | 'deadline'>;
  checklistTitle: LocalizedText;
  /** Whom the round evaluates: institutions (rows in `institutions`) or regions (rows in `regions`). */
  participants: Participant['type'];
  /** Checklist versions the round's scores were made with, ascending. */
  checklistVersions: number[];
  /** Engine versions the round's scores were made with. */
  engineVersions: string[];
  /** True when scores come from more than one checklist version: their totals do not compare. */
  mixedVersions: boolean;
  institutions: InstitutionResult[];
  regions: RegionResult[];
  /** An institution round's rows grouped by region: count, mean total and bands, per kind. Empty for a region round. */
  byRegion: RegionSummary[];
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

const keyOf = (x: Participant) => `${x.type}:${x.id}`;

/** A score's criterion marks by the definition's criterion index (undefined: not in the score). */
type Marks = readonly ({ status: string; points: number } | undefined)[];

/** `stored` in the order of `criteria`: itself when already so, else looked up by id once. */
function inDefinitionOrder(stored: { id: string; status: string; points: number }[], criteria: readonly { id: string }[]): Marks {
  if (stored.length === criteria.length && stored.every((c, k) => c.id === criteria[k]!.id)) return stored;
  const byId = new Map(stored.map((c) => [c.id, c]));
  return criteria.map((c) => byId.get(c.id));
}

/** Self and expert lines of one participant, and the difference when they compare. */
function pair(pick: (x: Participant, kind: SubmissionKind) => Submission | undefined, x: Participant) {
  const self = line(pick(x, 'self'));
  const expert = line(pick(x, 'expert'));
  const comparable = self?.total != null && expert?.total != null && self.checklistVersion === expert.checklistVersion;
  const difference = comparable ? Math.round((expert.total! - self.total!) * 100) / 100 : null;
  return { self, expert, difference };
}

/**
 * Compares a round's participants (institutions, or regions): totals and bands of self and expert
 * evaluations, how often each criterion is attained, and where experts saw a criterion
 * differently from the participant; an institution round also per region. Pure: the caller loads
 * everything (the participants' regions, and for regions their parents, in `regions`).
 */
export function computeRoundResults(
  round: EvaluationRound,
  definition: ChecklistDefinition,
  institutions: Institution[],
  submissions: Submission[],
  regions: Region[] = [],
): RoundResults {
  const participants = roundParticipants(round);
  const inRound = new Set(participants.map(keyOf));
  // Each submission's participant key made once (it was made again per lookup: a string per
  // submission per pass, issue 13.5).
  const mine: { s: Submission; key: string }[] = [];
  for (const s of submissions) {
    const key = keyOf(participantOf(s));
    if (inRound.has(key)) mine.push({ s, key: `${key}|${s.kind}` });
  }
  const byKey = new Map(mine.map(({ s, key }) => [key, s]));
  const pick = (x: Participant, kind: SubmissionKind) => byKey.get(`${keyOf(x)}|${kind}`);
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const regionRef = (id: string | undefined): RegionRef | null => (id ? { id, name: regionById.get(id)?.name ?? { zh: id } } : null);

  // Maps and sets, not find/includes per row: a round of 10,000 institutions stays linear (issue 13).
  const institutionById = new Map(institutions.map((i) => [i.id, i]));
  const institutionRows: InstitutionResult[] = round.institutionIds.map((institutionId) => {
    const institution = institutionById.get(institutionId);
    const region = regionRef(institution?.regionId);
    return { institutionId, name: institution?.name ?? { zh: institutionId }, region, regionId: region?.id ?? null, ...pair(pick, { type: 'institution', id: institutionId }) };
  });
  const regionRows: RegionResult[] = roundRegionIds(round).map((regionId) => ({
    regionId,
    name: regionById.get(regionId)?.name ?? { zh: regionId },
    parent: regionRef(regionById.get(regionId)?.parentId),
    ...pair(pick, { type: 'region', id: regionId }),
  }));

  // Per scored submission its criteria in the definition's order, read in place when the score
  // lists them so (a score of the round's version does): no map and no object per criterion per
  // submission, which were most of the time and memory of a large round (issue 13).
  const scored = mine.filter(({ s }) => s.status === 'scored' && s.score);
  const marksOf = new Map<string, Marks>();
  for (const { s, key } of scored) marksOf.set(key, inDefinitionOrder(s.score!.criteria, definition.criteria));
  const versionOf = new Map(scored.map(({ s, key }) => [key, s.score!.checklistVersion]));

  const tally = (kind: SubmissionKind) => {
    const out = definition.criteria.map((): Record<string, number> => ({}));
    for (const { s, key } of scored) {
      if (s.kind !== kind) continue;
      const marks = marksOf.get(key)!;
      for (let k = 0; k < out.length; k++) {
        const status = marks[k]?.status ?? 'missing';
        out[k]![status] = (out[k]![status] ?? 0) + 1;
      }
    }
    return out;
  };
  const selfCounts = tally('self');
  const expertCounts = tally('expert');
  const criteria: CriterionAttainment[] = definition.criteria.map((c, k) => ({
    id: c.id, title: c.title, clause: c.clause, section: c.section, self: selfCounts[k]!, expert: expertCounts[k]!,
  }));

  const differences: CriterionDifference[] = [];
  for (const x of participants) {
    const selfMarks = marksOf.get(`${keyOf(x)}|self`);
    const expertMarks = marksOf.get(`${keyOf(x)}|expert`);
    if (!selfMarks || !expertMarks) continue;
    if (versionOf.get(`${keyOf(x)}|self`) !== versionOf.get(`${keyOf(x)}|expert`)) continue;
    definition.criteria.forEach((c, k) => {
      const self = selfMarks[k];
      const expert = expertMarks[k];
      if (self && expert && (self.status !== expert.status || self.points !== expert.points)) {
        differences.push({
          ...(x.type === 'region' ? { regionId: x.id } : { institutionId: x.id }),
          criterionId: c.id,
          self: { status: self.status, points: self.points },
          expert: { status: expert.status, points: expert.points },
        });
      }
    });
  }

  const checklistVersions = [...new Set(scored.map(({ s }) => s.score!.checklistVersion))].sort((a, b) => a - b);
  const engineVersions = [...new Set(scored.map(({ s }) => s.score!.engineVersion))].sort();
  const { id, name, year, type, checklistId, checklistVersion, status, deadline } = round;
  return {
    round: { id, name, year, type, checklistId, checklistVersion, status, ...(deadline ? { deadline } : {}) },
    checklistTitle: definition.title,
    participants: regionRows.length > 0 && institutionRows.length === 0 ? 'region' : 'institution',
    checklistVersions,
    engineVersions,
    mixedVersions: checklistVersions.length > 1,
    institutions: institutionRows,
    regions: regionRows,
    byRegion: summarizeByRegion(institutionRows),
    criteria,
    differences,
  };
}
