import * as v from 'valibot';
import type { Issue } from '../../domain/errors.js';
import { cellIssue, FIXED_COLUMNS, type ImportRow, type ImportSheet, type SheetRow } from '../../domain/services/import/institution-rows.js';
import { InstitutionBody } from '../schemas.js';

function text(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

/** CSV cells are text: "35" is the number 35 (as a spreadsheet cell would be), "2-a" stays text. */
function numberOrText(value: string): string | number {
  const trimmed = value.trim();
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The sheet column a schema issue is about: `/name/en` is the English name's column, `/context/beds` the `beds` column. */
function columnOf(path: readonly string[]): string {
  if (path[0] === 'name') return path[1] === 'en' ? 'nameEn' : 'name';
  if (path[0] === 'context' && path[1] !== undefined) return path[1];
  return path[0] ?? 'id';
}

/** The import's codes (which the web app words) for the schema's issue types. */
function codeOf(type: string, column: string): string {
  if (type === 'min_length') return 'required';
  if (type === 'max_length') return 'too-long';
  if (type === 'regex') return column === 'id' || column === 'regionId' ? 'invalid-id' : 'invalid-value';
  return type;
}

const IGNORED: ReadonlySet<string> = new Set(FIXED_COLUMNS);

/**
 * Checks one data row against `InstitutionBody`, the schema of `POST /api/institutions`, so a
 * file cannot store what the directory's form would refuse. An empty id, name or region is
 * "required" (the schema alone would call an empty id badly formed).
 */
export function checkRowShape(sheetRow: SheetRow, headers: ReadonlyMap<string, string>): ImportRow {
  const { row, cells } = sheetRow;
  const name = text(cells.name);
  const nameEn = text(cells.nameEn);
  const context: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(cells)) {
    if (IGNORED.has(key) || value === undefined || text(value) === '') continue;
    context[key] = typeof value === 'number' ? value : numberOrText(value);
  }
  const institution = { row, id: text(cells.id), name: nameEn ? { zh: name, en: nameEn } : { zh: name }, regionId: text(cells.regionId), context };
  const issues: Issue[] = [];
  const required = new Set<string>();
  for (const column of ['id', 'name', 'regionId'] as const) {
    if (column === 'name' ? name === '' : institution[column] === '') {
      required.add(column);
      issues.push(cellIssue(row, column, headers.get(column), 'required', `${column} is empty`));
    }
  }
  const { row: _row, ...body } = institution;
  const parsed = v.safeParse(InstitutionBody, body);
  if (!parsed.success) {
    const seen = new Set(required);
    for (const issue of parsed.issues) {
      const path = (issue.path ?? []).map((p) => String(p.key));
      const column = columnOf(path);
      if (seen.has(column)) continue;
      seen.add(column);
      const value = column === 'nameEn' ? nameEn : column === 'name' ? name : column in institution ? institution[column as 'id' | 'regionId'] : context[column];
      issues.push(cellIssue(row, column, headers.get(column), codeOf(issue.type, column), issue.message, value === undefined ? {} : { value: String(value).slice(0, 80) }));
    }
  }
  return { institution, issues };
}

/** The rows of a sheet, each checked against the institution schema, with the columns as the file names them. */
export function checkSheetShape(rows: SheetRow[], columns: { key: string; header: string }[]): ImportSheet {
  const headers = new Map(columns.map((c) => [c.key, c.header]));
  return { columns, rows: rows.map((r) => checkRowShape(r, headers)) };
}
