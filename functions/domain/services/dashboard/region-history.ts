import type { LocalizedText } from '../../model/localized.js';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import type { Submission, SubmissionKind } from '../../model/submission.js';
import { historyPoints, roundOrder, type HistoryPoint } from './institution-history.js';

/** Statuses that count towards a criterion's share met: the criterion applied and was judged. */
const JUDGED = new Set(['met', 'partial', 'not-met', 'missing']);

/** One round, seen across the region's institutions that took part in it: one kind of evaluation. */
export interface RegionRoundAggregate {
  roundId: string;
  roundName: LocalizedText;
  year: number;
  type: EvaluationRound['type'];
  kind: SubmissionKind;
  checklistId: string;
  /** The round's checklist version (scores of another version are counted as they were scored). */
  checklistVersion: number;
  /** The region's institutions in the round. */
  participants: number;
  /** Of those, how many have a score of this kind with a total. */
  scored: number;
  /** Mean total of the scored ones, one decimal; null when none is scored. */
  meanTotal: number | null;
  /** Criterion id → of the scored institutions it applied to (`judged`), how many met it. */
  criteria: Record<string, { met: number; judged: number }>;
}

export interface RegionHistory {
  region: Pick<Region, 'id' | 'name'>;
  /** The region's own evaluations (rounds of `subject: region` checklists), oldest first. */
  own: HistoryPoint[];
  /** Its institutions' evaluations per round (institution checklists), oldest first, self before expert. */
  aggregates: RegionRoundAggregate[];
  /** Titles of the criteria mentioned, by checklist id and criterion id. */
  criterionTitles: Record<string, Record<string, LocalizedText>>;
}

/**
 * Aggregates, per round and kind, of the scored evaluations of the region's institutions: mean
 * total and, per criterion, how many met it of those it applied to. `digests` are each round's
 * submissions (any institution: only those in `institutionIds` and the round count). Pure.
 */
export function aggregateRegionRounds(rounds: EvaluationRound[], institutionIds: Set<string>, digests: Map<string, SubmissionDigest[]>): RegionRoundAggregate[] {
  const out: RegionRoundAggregate[] = [];
  for (const round of rounds) {
    const participants = round.institutionIds.filter((id) => institutionIds.has(id));
    if (!participants.length) continue;
    const inRound = new Set(participants);
    for (const kind of ['self', 'expert'] as const) {
      const scored = (digests.get(round.id) ?? []).filter((d) => d.kind === kind && d.status === 'scored' && d.score && d.institutionId !== undefined && inRound.has(d.institutionId));
      if (kind === 'expert' && !scored.length) continue;
      const totals = scored.map((d) => d.score!.total).filter((t): t is number => t !== null);
      const criteria: RegionRoundAggregate['criteria'] = {};
      for (const d of scored) {
        for (const c of d.score!.criteria) {
          if (!JUDGED.has(c.status)) continue;
          const entry = (criteria[c.id] ??= { met: 0, judged: 0 });
          entry.judged++;
          if (c.status === 'met') entry.met++;
        }
      }
      out.push({
        roundId: round.id, roundName: round.name, year: round.year, type: round.type, kind,
        checklistId: round.checklistId, checklistVersion: round.checklistVersion,
        participants: participants.length,
        scored: totals.length,
        meanTotal: totals.length ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10 : null,
        criteria,
      });
    }
  }
  return out.sort((a, b) => roundOrder(a, b) || a.kind.localeCompare(b.kind));
}

/** A region over time: its own evaluations, and its institutions' in aggregate. Pure. */
export function computeRegionHistory(
  region: Region,
  own: Submission[],
  rounds: Map<string, EvaluationRound>,
  aggregates: RegionRoundAggregate[],
  criterionTitles: RegionHistory['criterionTitles'],
): RegionHistory {
  return { region: { id: region.id, name: region.name }, own: historyPoints(own, rounds), aggregates, criterionTitles };
}
