import type { LocalizedText } from '../../model/localized.js';
import { STAGES, type Stage } from './participant-stage.js';
import { STATUS_LETTER, type DashboardScore, type RoundDashboard } from './round-dashboard.js';

/** Criterion statuses in the order of their codes: code `k` in a `statuses` string is `STATUS_CODES[k]`. */
export const STATUS_CODES: readonly string[] = ['met', 'partial', 'not-met', 'missing', 'not-applicable', 'info'];

const CODE_OF_LETTER = new Map(STATUS_CODES.map((status, k) => [STATUS_LETTER[status]!, String(k)]));

/** One kind's scores as columns, one entry per scored participant. */
export interface CompactScores {
  /** The participant (index into `institutions`) each entry belongs to. */
  row: number[];
  submissionId: string[];
  total: (number | null)[];
  /** Index into `bands`, or -1 for no band. */
  band: number[];
  vetoHits: number[];
  /** One column per section (in the order of `sections`), aligned with `row`. */
  sections: (number | null)[][];
  /** One status code per criterion (a digit, index into `statusCodes`; `-` where not scored). */
  statuses: string[];
  checklistVersion: number[];
  /** Index into `engineVersions`. */
  engine: number[];
}

/**
 * The compact reply's shape. Change it with the shape: it is part of the reply's ETag
 * (`dashboard-tag.ts`), so that a client holding a reply of the old shape does not get a 304.
 */
export const COMPACT_FORMAT = 'columns/1';

/**
 * The dashboard as the page draws it, sent once per visit: every text once (criteria, sections,
 * bands, regions, institution names in dictionaries), every per-institution value in columns,
 * statuses as one digit per criterion. `expandRoundDashboard` (web) turns it back into rows.
 */
export interface CompactRoundDashboard {
  format: typeof COMPACT_FORMAT;
  round: RoundDashboard['round'];
  checklistTitle: LocalizedText;
  sections: RoundDashboard['sections'];
  criteria: RoundDashboard['criteria'];
  bands: RoundDashboard['bands'];
  checklistVersions: number[];
  statusCodes: readonly string[];
  stages: readonly Stage[];
  regions: { id: string; name: LocalizedText }[];
  types: string[];
  engineVersions: string[];
  /** Participants, in the round's order. `region` and `type` are indexes (-1: none); stages index `stages`. */
  institutions: { id: string[]; name: LocalizedText[]; region: number[]; type: number[]; selfStage: number[]; expertStage: number[] };
  self: CompactScores;
  expert: CompactScores;
}

/** An index per distinct key, in order of first use. */
function dictionary<T>(key: (x: T) => string) {
  const at = new Map<string, number>();
  const items: T[] = [];
  return {
    items,
    index(x: T): number {
      const k = key(x);
      let i = at.get(k);
      if (i === undefined) {
        i = items.push(x) - 1;
        at.set(k, i);
      }
      return i;
    },
  };
}

function emptyScores(sectionCount: number): CompactScores {
  return { row: [], submissionId: [], total: [], band: [], vetoHits: [], sections: Array.from({ length: sectionCount }, () => []), statuses: [], checklistVersion: [], engine: [] };
}

/** The columns of a round's dashboard (`computeRoundDashboard`'s rows, nothing left out but the gap, which is derived). Pure. */
export function compactRoundDashboard(d: RoundDashboard): CompactRoundDashboard {
  const regions = dictionary<{ id: string; name: LocalizedText }>((r) => r.id);
  const types = dictionary<string>((t) => t);
  const engines = dictionary<string>((e) => e);
  const bandIndex = new Map(d.bands.map((b, i) => [b.id, i]));
  const stageIndex = new Map(STAGES.map((s, i) => [s, i]));
  const institutions: CompactRoundDashboard['institutions'] = { id: [], name: [], region: [], type: [], selfStage: [], expertStage: [] };
  const self = emptyScores(d.sections.length);
  const expert = emptyScores(d.sections.length);
  const put = (to: CompactScores, row: number, s: DashboardScore) => {
    to.row.push(row);
    to.submissionId.push(s.submissionId);
    to.total.push(s.total);
    to.band.push(s.band ? (bandIndex.get(s.band.id) ?? -1) : -1);
    to.vetoHits.push(s.vetoHits);
    s.sections.forEach((v, k) => to.sections[k]!.push(v));
    to.statuses.push(s.statuses.replace(/[a-z]/g, (letter) => CODE_OF_LETTER.get(letter) ?? '-'));
    to.checklistVersion.push(s.checklistVersion);
    to.engine.push(engines.index(s.engineVersion));
  };
  d.rows.forEach((r, i) => {
    institutions.id.push(r.institutionId);
    institutions.name.push(r.name);
    institutions.region.push(r.region ? regions.index(r.region) : -1);
    institutions.type.push(r.institutionType === null ? -1 : types.index(r.institutionType));
    institutions.selfStage.push(stageIndex.get(r.selfStage)!);
    institutions.expertStage.push(stageIndex.get(r.expertStage)!);
    if (r.self) put(self, i, r.self);
    if (r.expert) put(expert, i, r.expert);
  });
  return {
    format: COMPACT_FORMAT,
    round: d.round,
    checklistTitle: d.checklistTitle,
    sections: d.sections,
    criteria: d.criteria,
    bands: d.bands,
    checklistVersions: d.checklistVersions,
    statusCodes: STATUS_CODES,
    stages: STAGES,
    regions: regions.items,
    types: types.items,
    engineVersions: engines.items,
    institutions,
    self,
    expert,
  };
}
