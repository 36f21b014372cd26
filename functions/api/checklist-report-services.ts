/**
 * The use cases that load on their first call, not with the signed-in routes (services.ts,
 * lazy-service.ts): publishing checklists and scales (the checks of a definition load with their
 * first use beyond that: checklist/publishing.ts), the reports (results, comparisons, dashboards)
 * and imports. Reading checklists is not here (checklist-reader.ts). One module, so they load as
 * one chunk.
 */
export { createChecklistService } from '../domain/services/checklist-service.js';
export { createScaleService } from '../domain/services/scale-service.js';
export { createRoundResultsService } from '../domain/services/round-results-service.js';
export { createRoundComparisonService } from '../domain/services/round-comparison-service.js';
export { createDashboardService } from '../domain/services/dashboard/dashboard-service.js';
export { createInstitutionImportService } from '../domain/services/import/institution-import-service.js';
