import { createChecklistReader } from '../domain/services/checklist-reader.js';
import { createDirectoryService } from '../domain/services/directory-service.js';
import { createEvidenceService } from '../domain/services/evidence-service.js';
import { createRoundService } from '../domain/services/round-service.js';
import type { ServiceDeps } from '../domain/services/service-deps.js';
import { createSubmissionService } from '../domain/services/submission-service.js';
import { createWorkflowService } from '../domain/services/workflow-service.js';
import type { createChecklistService, createDashboardService, createInstitutionImportService, createRoundComparisonService, createRoundResultsService, createScaleService } from './checklist-report-services.js';
import { lazyService } from './lazy-service.js';

/**
 * Every use case, built once per app. The directory, rounds, submissions, their workflow and
 * evidence, and reading checklists are built now; the others load with their first call
 * (checklist-report-services.ts).
 */
export function createServices(deps: ServiceDeps) {
  const load = () => import('./checklist-report-services.js');
  const publishing = lazyService<ReturnType<typeof createChecklistService>>(async () => (await load()).createChecklistService(deps));
  return {
    // A form page reads its checklist: that takes a few reads (checklist-reader.ts, in this chunk),
    // not a file with the reports; publishing, retiring and restoring load with their first call.
    checklists: { ...createChecklistReader(deps), publish: publishing.publish, dryRun: publishing.dryRun, retire: publishing.retire, restore: publishing.restore },
    scales: lazyService<ReturnType<typeof createScaleService>>(async () => (await load()).createScaleService(deps)),
    directory: createDirectoryService(deps),
    rounds: createRoundService(deps),
    submissions: createSubmissionService(deps),
    workflow: createWorkflowService(deps),
    evidence: createEvidenceService(deps),
    results: lazyService<ReturnType<typeof createRoundResultsService>>(async () => (await load()).createRoundResultsService(deps)),
    comparison: lazyService<ReturnType<typeof createRoundComparisonService>>(async () => (await load()).createRoundComparisonService(deps)),
    imports: lazyService<ReturnType<typeof createInstitutionImportService>>(async () => (await load()).createInstitutionImportService(deps)),
    dashboards: lazyService<ReturnType<typeof createDashboardService>>(async () => (await load()).createDashboardService(deps)),
  };
}

export type Services = ReturnType<typeof createServices>;
