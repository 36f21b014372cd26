import type { Issue } from '../../errors.js';
import type { Institution } from '../../model/institution.js';
import { checkContextValue, contextProblemText, type ContextColumn } from './context-columns.js';

/** Most rows one import may carry: a province's institutions, far below what one request can write in time. */
export const MAX_IMPORT_ROWS = 5000;

/** One data row of an import file: its 1-based row number in the sheet and its cells by column key. */
export interface SheetRow {
  row: number;
  cells: Record<string, string | number | undefined>;
}

/** An institution as the file describes it, before it is stored. */
export interface ImportedInstitution {
  row: number;
  id: string;
  name: Institution['name'];
  regionId: string;
  context: Record<string, string | number>;
}

/**
 * One row as the API read it: the institution it describes (its fields possibly wrong) and the
 * problems the API's own institution schema found, which the directory's create and edit use too.
 */
export interface ImportRow {
  institution: ImportedInstitution;
  issues: Issue[];
}

/** An import file as read: its columns in order (key, and the header as the file wrote it) and its rows. */
export interface ImportSheet {
  columns: { key: string; header: string }[];
  rows: ImportRow[];
}

/** Columns with a meaning of their own; every other column is a context value (type, grade, county, population, ...). */
export const FIXED_COLUMNS = ['id', 'name', 'nameEn', 'regionId'] as const;

/** An issue of one cell, with what a person needs to find and fix it: row, column, the header's own words. */
export function cellIssue(row: number, column: string, header: string | undefined, code: string, message: string, extra: Record<string, unknown> = {}): Issue {
  return { path: `/rows/${row}/${column}`, code, message: `${header ?? column}: ${message}`, params: { row, column, ...(header ? { header } : {}), ...extra } };
}

const quoted = (value: unknown) => ({ value: String(value).slice(0, 80) });

/**
 * Checks what the API's schema cannot: ids unique in the file, regions that exist, and context
 * values the institution checklists know (`columns`). Returns the institutions without problems
 * and every issue (the schema's too), ordered by row and then by column as the file has them;
 * the caller writes nothing unless the issues are none.
 */
export function checkInstitutionRows(
  sheet: ImportSheet,
  knownRegions: ReadonlySet<string>,
  columns: ReadonlyMap<string, ContextColumn>,
): { institutions: ImportedInstitution[]; issues: Issue[] } {
  const headerOf = new Map(sheet.columns.map((c) => [c.key, c.header]));
  const rank = new Map(sheet.columns.map((c, i) => [c.key, i]));
  const issues: Issue[] = [];
  const institutions: ImportedInstitution[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { institution, issues: found } of sheet.rows) {
    const { row, id, regionId } = institution;
    const mine = [...found];
    const flagged = new Set(found.map((i) => (i.params as { column?: string } | undefined)?.column));
    const add = (column: string, code: string, message: string, extra?: Record<string, unknown>) => mine.push(cellIssue(row, column, headerOf.get(column), code, message, extra));
    if (!flagged.has('id')) {
      const first = firstRowOf.get(id.toLowerCase());
      if (first !== undefined) add('id', 'duplicate-id', `id ${id} is also on row ${first}`, { ...quoted(id), otherRow: first });
      else firstRowOf.set(id.toLowerCase(), row);
    }
    if (!flagged.has('regionId') && !knownRegions.has(regionId)) add('regionId', 'unknown-region', `region ${regionId} does not exist (the template's sheet 地区 regions lists them)`, quoted(regionId));
    const context: Record<string, string | number> = {};
    for (const [key, raw] of Object.entries(institution.context)) {
      if (flagged.has(key)) continue;
      const checked = checkContextValue(columns, key, raw);
      if ('value' in checked) {
        context[key] = checked.value;
        continue;
      }
      const { code, message, params } = contextProblemText(key, raw, checked.problem);
      add(key, code, message, params);
    }
    mine.sort((a, b) => columnRank(rank, a) - columnRank(rank, b));
    issues.push(...mine);
    if (!mine.length) institutions.push({ ...institution, context });
  }
  return { institutions, issues };
}

function columnRank(rank: ReadonlyMap<string, number>, issue: Issue): number {
  return rank.get((issue.params as { column?: string } | undefined)?.column ?? '') ?? Number.MAX_SAFE_INTEGER;
}
