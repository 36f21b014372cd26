import { createChecklistService } from '../domain/services/checklist-service.js';
import { createDirectoryService } from '../domain/services/directory-service.js';
import { createEvidenceService } from '../domain/services/evidence-service.js';
import { createRoundComparisonService } from '../domain/services/round-comparison-service.js';
import { createRoundResultsService } from '../domain/services/round-results-service.js';
import { createRoundService } from '../domain/services/round-service.js';
import { createScaleService } from '../domain/services/scale-service.js';
import type { ServiceDeps } from '../domain/services/service-deps.js';
import { createSubmissionService } from '../domain/services/submission-service.js';
import { createWorkflowService } from '../domain/services/workflow-service.js';
import { createDashboardService } from '../domain/services/dashboard/dashboard-service.js';
import { createInstitutionImportService } from '../domain/services/import/institution-import-service.js';

/** Every use case, built once per app. */
export function createServices(deps: ServiceDeps) {
  return {
    checklists: createChecklistService(deps),
    scales: createScaleService(deps),
    directory: createDirectoryService(deps),
    rounds: createRoundService(deps),
    submissions: createSubmissionService(deps),
    workflow: createWorkflowService(deps),
    evidence: createEvidenceService(deps),
    results: createRoundResultsService(deps),
    comparison: createRoundComparisonService(deps),
    imports: createInstitutionImportService(deps),
    dashboards: createDashboardService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
