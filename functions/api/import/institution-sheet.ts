import ExcelJS from 'exceljs';
import { ValidationError } from '../../domain/errors.js';
import type { Region } from '../../domain/model/region.js';
import { MAX_IMPORT_ROWS, type SheetRow } from '../../domain/services/import/institution-rows.js';
import { readCsv } from './read-csv.js';
import { declaredUnzippedBytes } from './zip-size.js';

/** An XLSX may inflate to at most this much: a 5,000-row sheet is a few megabytes. */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

/**
 * The template's columns: Chinese label first, the key the server reads in brackets. Extra columns
 * become context values. The example row is made up: real ids come from the directory, not code.
 */
export const TEMPLATE_COLUMNS: { key: string; label: string; example: string | number }[] = [
  { key: 'id', label: '机构编号', example: 'example-county-hospital' },
  { key: 'name', label: '机构名称', example: '示例县人民医院' },
  { key: 'nameEn', label: '英文名称（可空）', example: "Example County People's Hospital" },
  { key: 'regionId', label: '所属地区编号', example: 'example-city' },
  { key: 'institutionType', label: '机构类型', example: 'county-general' },
  { key: 'grade', label: '医院等级', example: '2-a' },
  { key: 'county', label: '所在县', example: 'example-county' },
  { key: 'population', label: '服务人口（万）', example: 35 },
];

/** "机构编号 (id)" → "id"; a header without brackets is its own key. */
export function columnKey(header: string): string {
  const match = /[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(header);
  return (match ? match[1]! : header).trim();
}

function toRows(table: (string | number | undefined)[][], firstRow = 1): SheetRow[] {
  const [header, ...body] = table;
  if (!header) return [];
  const keys = header.map((h) => columnKey(String(h ?? '')));
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c === undefined || String(c).trim() === '')) return;
    const record: SheetRow['cells'] = {};
    keys.forEach((key, k) => {
      if (key) record[key] = cells[k];
    });
    rows.push({ row: firstRow + 1 + i, cells: record });
  });
  return rows;
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
 * The data rows of an uploaded institution sheet: XLSX (first worksheet) or CSV (UTF-8), first row
 * the header. Row numbers are the sheet's own (the header is row 1), as a person finds them in Excel.
 */
export async function readInstitutionSheet(bytes: Uint8Array, kind: 'xlsx' | 'csv'): Promise<SheetRow[]> {
  if (kind === 'csv') {
    const table = readCsv(new TextDecoder('utf-8').decode(bytes));
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
  if (!sheet) return [];
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

/** The import template: the header row, one example row, and a sheet listing the known region ids. */
export async function institutionTemplate(regions: Region[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dabiao';
  const sheet = workbook.addWorksheet('机构 institutions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => `${c.label} (${c.key})`)).font = { bold: true };
  sheet.addRow(TEMPLATE_COLUMNS.map((c) => c.example));
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  const list = workbook.addWorksheet('地区 regions');
  list.addRow(['地区编号 (regionId)', '名称', '级别']).font = { bold: true };
  for (const r of regions) list.addRow([r.id, r.name.zh, r.level]);
  list.columns.forEach((column) => {
    column.width = 22;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
