import type { Issue } from '../../errors.js';
import type { Institution } from '../../model/institution.js';

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

/** Columns with a meaning of their own; every other column is a context value (type, grade, county, population, ...). */
export const FIXED_COLUMNS = ['id', 'name', 'nameEn', 'regionId'] as const;

const ID = /^[a-z0-9][a-z0-9_-]*$/i;
const CONTEXT_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

function issue(row: number, column: string, code: string, message: string, value?: unknown): Issue {
  return { path: `/rows/${row}/${column}`, code, message, params: { row, column, ...(value !== undefined ? { value: String(value).slice(0, 80) } : {}) } };
}

function text(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

/**
 * Checks every row of an import file against the directory as it is: ids well-formed and unique
 * in the file, names present, regions known, context values short. Returns every institution
 * and every issue; the caller writes nothing unless the issues are none.
 */
export function checkInstitutionRows(rows: SheetRow[], knownRegions: ReadonlySet<string>): { institutions: ImportedInstitution[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const institutions: ImportedInstitution[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const id = text(cells.id);
    const name = text(cells.name);
    const nameEn = text(cells.nameEn);
    const regionId = text(cells.regionId);
    const before = issues.length;
    if (!id) issues.push(issue(row, 'id', 'required', 'id is empty'));
    else if (!ID.test(id) || id.length > 80) issues.push(issue(row, 'id', 'invalid-id', 'id may hold letters, digits, "_" and "-" (at most 80)', id));
    else if (firstRowOf.has(id.toLowerCase())) issues.push(issue(row, 'id', 'duplicate-id', `id ${id} is also on row ${firstRowOf.get(id.toLowerCase())}`, id));
    else firstRowOf.set(id.toLowerCase(), row);
    if (!name) issues.push(issue(row, 'name', 'required', 'name is empty'));
    else if (name.length > 200) issues.push(issue(row, 'name', 'too-long', 'name is longer than 200 characters'));
    if (nameEn.length > 200) issues.push(issue(row, 'nameEn', 'too-long', 'nameEn is longer than 200 characters'));
    if (!regionId) issues.push(issue(row, 'regionId', 'required', 'regionId is empty'));
    else if (!knownRegions.has(regionId)) issues.push(issue(row, 'regionId', 'unknown-region', `region ${regionId} does not exist`, regionId));
    const context: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(cells)) {
      if ((FIXED_COLUMNS as readonly string[]).includes(key) || value === undefined || text(value) === '') continue;
      if (!CONTEXT_KEY.test(key) || key.length > 80) issues.push(issue(row, key, 'invalid-column', `column ${key} is not a valid context key`));
      else if (typeof value === 'string' && value.length > 200) issues.push(issue(row, key, 'too-long', `${key} is longer than 200 characters`));
      else context[key] = typeof value === 'number' ? value : numberOrText(value);
    }
    if (issues.length === before) institutions.push({ row, id, name: nameEn ? { zh: name, en: nameEn } : { zh: name }, regionId, context });
  }
  return { institutions, issues };
}

/** CSV cells are text: "35" is the number 35 (as a spreadsheet cell would be), "2-a" stays text. */
function numberOrText(value: string): string | number {
  const trimmed = value.trim();
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
