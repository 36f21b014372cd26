import type { Config } from '../../config.js';
import type { Clock } from '../ports/clock.js';
import type { ChecklistEngine } from '../ports/checklist-engine.js';
import type { EvidenceStore } from '../ports/evidence-store.js';
import type { Repositories } from '../ports/repositories.js';
import type { ScoringQueue } from '../ports/scoring-queue.js';
import type { UserDirectory } from '../ports/user-directory.js';

/** What the use cases need. */
export interface ServiceDeps {
  repos: Repositories;
  engine: ChecklistEngine;
  queue: ScoringQueue;
  evidence: EvidenceStore;
  clock: Clock;
  config: Readonly<Pick<Config, 'maxEvidenceBytes'>>;
  /**
   * The built-in directory's accounts, where there is one: a round's experts are checked against
   * it. Absent with another issuer (Cognito, OpenID Connect), whose accounts Dabiao cannot read.
   */
  accounts?: Pick<UserDirectory, 'get'>;
}
