import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Repositories } from '../../domain/ports/repositories.js';
import { DynamoChecklistRepository } from './checklist-repository.js';
import { DynamoInstitutionRepository } from './institution-repository.js';
import { DynamoRegionRepository } from './region-repository.js';
import { DynamoResultRepository } from './result-repository.js';
import { DynamoRoundRepository } from './round-repository.js';
import { DynamoScaleRepository } from './scale-repository.js';
import { DynamoSubmissionRepository } from './submission-repository.js';

/** Every repository over one table. */
export function createRepositories(client: DynamoDBDocumentClient, tableName: string): Repositories {
  return {
    checklists: new DynamoChecklistRepository(client, tableName),
    scales: new DynamoScaleRepository(client, tableName),
    regions: new DynamoRegionRepository(client, tableName),
    institutions: new DynamoInstitutionRepository(client, tableName),
    rounds: new DynamoRoundRepository(client, tableName),
    submissions: new DynamoSubmissionRepository(client, tableName),
    results: new DynamoResultRepository(client, tableName),
  };
}
