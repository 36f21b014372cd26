import ExcelJS from 'exceljs';
import { ValidationError } from '../../domain/errors.js';
import { MAX_IMPORT_ROWS, type SheetRow } from '../../domain/services/import/institution-rows.js';
import { decodeText } from './decode-text.js';
import { readCsv } from './read-csv.js';
import { declaredUnzippedBytes } from './zip-size.js';

/** An XLSX may inflate to at most this much: a 5,000-row sheet is a few megabytes. */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

/** "机构编号 (id)" → "id"; a header without brackets is its own key. */
export function columnKey(header: string): string {
  const match = /[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(header);
  return (match ? match[1]! : header).trim();
}

/** An uploaded sheet: its columns (key, and the header as written) in order, and its data rows. */
export interface InstitutionSheetRows {
  columns: { key: string; header: string }[];
  rows: SheetRow[];
}

/** A row whose first cell starts with "#" is a note, such as the template's example row: it is not imported. */
export function isNoteRow(cells: (string | number | undefined)[]): boolean {
  return typeof cells[0] === 'string' && cells[0].trimStart().startsWith('#');
}

function toRows(table: (string | number | undefined)[][], firstRow = 1): InstitutionSheetRows {
  const [header, ...body] = table;
  if (!header) return { columns: [], rows: [] };
  const keys = header.map((h) => columnKey(String(h ?? '')));
  const columns = keys.flatMap((key, k) => (key ? [{ key, header: String(header[k]).trim() }] : []));
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c === undefined || String(c).trim() === '') || isNoteRow(cells)) return;
    const record: SheetRow['cells'] = {};
    keys.forEach((key, k) => {
      if (key) record[key] = cells[k];
    });
    rows.push({ row: firstRow + 1 + i, cells: record });
  });
  return { columns, rows };
}

function tooMany(count: number): never {
  throw new ValidationError(`At most ${MAX_IMPORT_ROWS} rows per file`, [{ path: '/rows', code: 'too-many-rows', message: `more than ${MAX_IMPORT_ROWS} rows; split the file`, params: { max: MAX_IMPORT_ROWS, rows: count } }]);
}

function cellValue(value: ExcelJS.CellValue): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return undefined;
}

/**
 * The data rows of an uploaded institution sheet: XLSX (first worksheet) or CSV (UTF-8, or GBK as
 * Excel saves it on Chinese Windows), first row the header; note rows (first cell "#…") are
 * skipped. Row numbers are the sheet's own (the header is row 1), as a person finds them in Excel.
 */
export async function readInstitutionSheet(bytes: Uint8Array, kind: 'xlsx' | 'csv'): Promise<InstitutionSheetRows> {
  if (kind === 'csv') {
    const table = readCsv(decodeText(bytes).text);
    if (table.length - 1 > MAX_IMPORT_ROWS) tooMany(table.length - 1);
    return toRows(table);
  }
  const unzipped = declaredUnzippedBytes(bytes);
  if (unzipped === null) throw new ValidationError('The file is not an XLSX workbook', [{ path: '/', code: 'not-xlsx', message: 'not a ZIP/XLSX file; save it as .xlsx or .csv' }], 'invalid-body');
  if (unzipped > MAX_UNZIPPED_BYTES) {
    throw new ValidationError('The workbook is too large once unpacked', [{ path: '/', code: 'too-large', message: `over ${MAX_UNZIPPED_BYTES} bytes unpacked`, params: { max: MAX_UNZIPPED_BYTES } }], 'invalid-body');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ValidationError('The file is not a readable XLSX workbook', [{ path: '/', code: 'not-xlsx', message: 'the workbook could not be read; save it again as .xlsx or .csv' }], 'invalid-body');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) tooMany(sheet.actualRowCount - 1);
  const table: (string | number | undefined)[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: (string | number | undefined)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    table.push(cells);
  }
  return toRows(table);
}
