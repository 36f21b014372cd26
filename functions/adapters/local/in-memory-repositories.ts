import type { Repositories } from '../../domain/ports/repositories.js';
import { InMemoryChecklistRepository } from './in-memory-checklist-repository.js';
import { InMemoryInstitutionRepository } from './in-memory-institution-repository.js';
import { InMemoryRegionRepository } from './in-memory-region-repository.js';
import { InMemoryResultRepository } from './in-memory-result-repository.js';
import { InMemoryRoundRepository } from './in-memory-round-repository.js';
import { InMemoryScaleRepository } from './in-memory-scale-repository.js';
import { InMemorySubmissionRepository } from './in-memory-submission-repository.js';

/**
 * Every repository in memory, with the DynamoDB adapters' contract (checked by
 * `test/contract/repositories.test.ts`): fast domain unit tests, no dynalite.
 */
export function createInMemoryRepositories(): Repositories {
  return {
    checklists: new InMemoryChecklistRepository(),
    scales: new InMemoryScaleRepository(),
    regions: new InMemoryRegionRepository(),
    institutions: new InMemoryInstitutionRepository(),
    rounds: new InMemoryRoundRepository(),
    submissions: new InMemorySubmissionRepository(),
    results: new InMemoryResultRepository(),
  };
}
