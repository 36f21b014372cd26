import { requireRole } from '../../access/access-rules.js';
import { DomainError, ValidationError, type Issue } from '../../errors.js';
import type { Institution } from '../../model/institution.js';
import type { Principal } from '../../ports/token-verifier.js';
import { created } from '../audit.js';
import type { ServiceDeps } from '../service-deps.js';
import { createChecklistService } from '../checklist-service.js';
import { institutionContextColumns } from './context-columns.js';
import { cellIssue, checkInstitutionRows, MAX_IMPORT_ROWS, type ImportedInstitution, type ImportSheet } from './institution-rows.js';

/** Creates at most this many institutions at once: a 5,000-row file must not burst the table. */
const WRITES_IN_FLIGHT = 25;

/** What an import did: rows read, institutions created, rows already in the directory exactly as the file has them. */
export interface ImportReport {
  rows: number;
  created: number;
  unchanged: number;
}

function sameAs(existing: Institution, row: ImportedInstitution): boolean {
  const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return existing.regionId === row.regionId && existing.name.zh === row.name.zh && (existing.name.en ?? '') === (row.name.en ?? '') && sorted(existing.context) === sorted(row.context);
}

/**
 * Imports institutions from the rows of a sheet, all or nothing as far as the client can tell:
 * every row is checked (the API's institution schema, as for one created in the directory; then
 * the regions R2, the institutions I2 and the context values the published institution
 * checklists know, each read once) before anything is written, and
 * one bad row means no write at all. The writes are conditional creates (`attribute_not_exists`)
 * keyed by the file's own ids, so a write that fails midway (throttling, a crash) leaves rows
 * that a retry of the same file recognises as already imported (same content: "unchanged") and
 * completes; a row whose id exists with other content is an error, never an overwrite.
 */
export function createInstitutionImportService(deps: ServiceDeps) {
  const { repos, clock } = deps;
  const checklists = createChecklistService(deps);
  return {
    async importInstitutions(p: Principal, sheet: ImportSheet): Promise<ImportReport> {
      requireRole(p, 'admin');
      const { rows } = sheet;
      if (rows.length === 0) throw new ValidationError('The file has no institution rows', [{ path: '/rows', code: 'empty', message: 'no data rows below the header' }]);
      if (rows.length > MAX_IMPORT_ROWS) {
        throw new ValidationError(`At most ${MAX_IMPORT_ROWS} rows per file`, [{ path: '/rows', code: 'too-many-rows', message: `${rows.length} rows; split the file`, params: { max: MAX_IMPORT_ROWS, rows: rows.length } }]);
      }
      const [regions, existing, fields] = await Promise.all([repos.regions.list(), repos.institutions.list(), checklists.contextFields()]);
      const { institutions, issues } = checkInstitutionRows(sheet, new Set(regions.map((r) => r.id)), institutionContextColumns(fields));
      const idHeader = sheet.columns.find((c) => c.key === 'id')?.header;
      const byId = new Map(existing.map((i) => [i.id, i]));
      const fresh: ImportedInstitution[] = [];
      let unchanged = 0;
      for (const row of institutions) {
        const found = byId.get(row.id);
        if (!found) fresh.push(row);
        else if (sameAs(found, row)) unchanged++;
        else issues.push(existsIssue(row, idHeader));
      }
      if (issues.length) {
        const bad = [...new Set(issues.map((i) => (i.params as { row?: number } | undefined)?.row).filter((r): r is number => r !== undefined))].sort((a, b) => a - b);
        throw new ValidationError(`${bad.length} row(s) have problems (${bad.slice(0, 20).join(', ')}${bad.length > 20 ? ', …' : ''}); nothing was imported`, issues);
      }
      const at = clock.now();
      let done = 0;
      for (let i = 0; i < fresh.length; i += WRITES_IN_FLIGHT) {
        // Settled, not all: the report must count every write of the batch that landed, even after one failed.
        const batch = await Promise.allSettled(
          fresh.slice(i, i + WRITES_IN_FLIGHT).map(({ row: _row, ...input }) =>
            repos.institutions.create({ ...input, version: 1, createdAt: at.toISOString(), updatedAt: at.toISOString(), audit: created(p.username, at, { source: 'import' }) }),
          ),
        );
        done += batch.filter((r) => r.status === 'fulfilled').length;
        const failed = batch.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) {
          throw new DomainError(
            'import-incomplete',
            `The import stopped after ${done} of ${fresh.length} new institutions. Send the same file again: rows already written are recognised and the rest are created.`,
            { created: done, remaining: fresh.length - done },
            { cause: failed.reason },
          );
        }
      }
      return { rows: rows.length, created: fresh.length, unchanged };
    },
  };
}

function existsIssue(row: ImportedInstitution, header: string | undefined): Issue {
  return cellIssue(row.row, 'id', header, 'exists', `institution ${row.id} already exists with other data; edit it in the directory or use another id`, { value: row.id });
}

export type InstitutionImportService = ReturnType<typeof createInstitutionImportService>;
