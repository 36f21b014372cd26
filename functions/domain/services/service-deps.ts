import type { Config } from '../../config.js';
import type { Clock } from '../ports/clock.js';
import type { ChecklistEngine } from '../ports/checklist-engine.js';
import type { EvidenceStore } from '../ports/evidence-store.js';
import type { Repositories } from '../ports/repositories.js';
import type { ScoringQueue } from '../ports/scoring-queue.js';

/** What the use cases need. */
export interface ServiceDeps {
  repos: Repositories;
  engine: ChecklistEngine;
  queue: ScoringQueue;
  evidence: EvidenceStore;
  clock: Clock;
  config: Readonly<Pick<Config, 'maxEvidenceBytes'>>;
}
