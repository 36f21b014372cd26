import type { EvaluationRound } from './round.js';
import type { Submission } from './submission.js';

/** What a checklist evaluates (its definition's `subject`). */
export type Subject = 'institution' | 'region' | 'person';

/** Who takes part in a round and is evaluated by a submission: an institution or a region. */
export interface Participant {
  type: 'institution' | 'region';
  id: string;
}

/** Rounds stored before regions took part have no `regionIds`: they list institutions only. */
export function roundRegionIds(round: Pick<EvaluationRound, 'regionIds'>): string[] {
  return round.regionIds ?? [];
}

/** The participants a round lists, institutions first (a round lists only one kind). */
export function roundParticipants(round: Pick<EvaluationRound, 'institutionIds' | 'regionIds'>): Participant[] {
  return [
    ...round.institutionIds.map((id) => ({ type: 'institution' as const, id })),
    ...roundRegionIds(round).map((id) => ({ type: 'region' as const, id })),
  ];
}

/** Whom a submission evaluates. */
export function participantOf(s: Pick<Submission, 'institutionId' | 'regionId'>): Participant {
  return s.regionId !== undefined ? { type: 'region', id: s.regionId } : { type: 'institution', id: s.institutionId ?? '' };
}

/** Whether a round lists this participant. */
export function roundHas(round: Pick<EvaluationRound, 'institutionIds' | 'regionIds'>, participant: Participant): boolean {
  return participant.type === 'region' ? roundRegionIds(round).includes(participant.id) : round.institutionIds.includes(participant.id);
}

/** The kind of participant a checklist's subject calls for: a person is evaluated within an institution's submission. */
export function participantTypeFor(subject: Subject): Participant['type'] {
  return subject === 'region' ? 'region' : 'institution';
}
