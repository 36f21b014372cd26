import type { Participant } from '../../domain/model/participant.js';

/** Key builders: the single source of the key layout documented in ACCESS-PATTERNS.md. */

/** Zero-pads a version so that string order is numeric order. */
export function pad(n: number): string {
  return String(n).padStart(6, '0');
}

export const keys = {
  region: (id: string) => ({ pk: `REGION#${id}`, sk: 'REGION', gsi1pk: 'REGIONS', gsi1sk: id }),
  institution: (id: string, regionId: string) => ({
    pk: `INST#${id}`,
    sk: 'INST',
    gsi1pk: 'INSTITUTIONS',
    gsi1sk: id,
    gsi2pk: `REGION#${regionId}`,
    gsi2sk: `INST#${id}`,
  }),
  round: (id: string, year: number) => ({ pk: `ROUND#${id}`, sk: 'ROUND', gsi1pk: 'ROUNDS', gsi1sk: `${year}#${id}` }),
  checklist: (id: string, version: number) => ({
    pk: `CHECKLIST#${id}`,
    sk: `V#${pad(version)}`,
    gsi1pk: 'CHECKLISTS',
    gsi1sk: `${id}#V#${pad(version)}`,
  }),
  scale: (id: string, version: number) => ({
    pk: `SCALE#${id}`,
    sk: `V#${pad(version)}`,
    gsi1pk: 'SCALES',
    gsi1sk: `${id}#V#${pad(version)}`,
  }),
  /**
   * A region's submissions share the region's gsi2 partition with its institutions (I3); the
   * `SUB#` and `INST#` sort-key prefixes keep the two lists apart.
   */
  submission: (id: string, roundId: string, participant: Participant, kind: string, createdAt: string) => ({
    pk: `SUB#${id}`,
    sk: 'SUB',
    gsi1pk: `ROUND#${roundId}`,
    gsi1sk: `SUB#${participant.id}#${kind}#${id}`,
    gsi2pk: participant.type === 'region' ? `REGION#${participant.id}` : `INST#${participant.id}`,
    gsi2sk: `SUB#${createdAt}#${id}`,
  }),
  /** Only while a submission is `submitted`: the item leaves the sparse index when it is scored or returned. */
  awaitingScore: (submittedAt: string, id: string) => ({ gsi3pk: 'SUBMITTED', gsi3sk: `${submittedAt}#${id}` }),
  result: (submissionId: string, resultKey: string) => ({ pk: `SUB#${submissionId}`, sk: `RESULT#${resultKey}` }),
  loginAttempts: (account: string) => ({ pk: `LOGIN#${account}`, sk: 'LOGIN' }),
  user: (username: string) => ({ pk: `USER#${username}`, sk: 'USER', gsi1pk: 'USERS', gsi1sk: username }),
  refreshFamily: (id: string) => ({ pk: `REFRESH#${id}`, sk: 'REFRESH' }),
};
