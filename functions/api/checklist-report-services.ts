/**
 * The use cases that load on their first call, not with the signed-in routes (services.ts,
 * lazy-service.ts): checklists and scales (publishing, the forms' definitions, with the checklist
 * and scoring code they use) and the reports (results, comparisons, dashboards) and imports. One
 * module, so they load as one chunk.
 */
export { createChecklistService } from '../domain/services/checklist-service.js';
export { createScaleService } from '../domain/services/scale-service.js';
export { createRoundResultsService } from '../domain/services/round-results-service.js';
export { createRoundComparisonService } from '../domain/services/round-comparison-service.js';
export { createDashboardService } from '../domain/services/dashboard/dashboard-service.js';
export { createInstitutionImportService } from '../domain/services/import/institution-import-service.js';
