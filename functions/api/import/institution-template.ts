import ExcelJS from 'exceljs';
import type { Region } from '../../domain/model/region.js';
import type { ContextColumn } from '../../domain/services/import/context-columns.js';

/** The directory's own columns: Chinese label first, the key the server reads in brackets. */
const FIXED = [
  { key: 'id', label: '机构编号' },
  { key: 'name', label: '机构名称' },
  { key: 'nameEn', label: '英文名称（可空）' },
  { key: 'regionId', label: '所属地区编号' },
] as const;

/** A label as compared for look-alikes: 所在县(市、区) and 所在县（市、区） are one label to a reader. */
const sameLabel = (column: ContextColumn) => column.label.zh.normalize('NFKC').replace(/\s+/g, '');

/** What a column takes, said where two columns share a label (one checklist's county list, another's free text). */
function kindNote(column: ContextColumn): string {
  if (column.codes.size) return '（选项，见“可填值”表）';
  return column.number ? '（数字）' : '（文字）';
}

/**
 * The header of a context column: the checklists' label, its unit, what it takes where another
 * column has the same label (so the two read differently), the key in brackets.
 */
function contextHeader(column: ContextColumn, twins: ReadonlySet<string>): string {
  const note = twins.has(sameLabel(column)) ? kindNote(column) : '';
  return `${column.label.zh}${column.unit ? `（${column.unit.zh}）` : ''}${note} (${column.id})`;
}

/** The labels more than one column carries. */
function twinLabels(columns: readonly ContextColumn[]): Set<string> {
  const seen = new Set<string>();
  const twins = new Set<string>();
  for (const label of columns.map(sameLabel)) (seen.has(label) ? twins : seen).add(label);
  return twins;
}

/**
 * The example's value for a context column: the first code of a column most institution
 * checklists declare (the institution's type), else empty, so the example reads as one coherent
 * institution rather than one code of every plan.
 */
function exampleOf(column: ContextColumn, checklists: number): string {
  return column.declaredBy * 2 >= checklists ? (column.codes.keys().next().value ?? '') : '';
}

/**
 * The import template: the header row (the directory's columns, then every context value an
 * institution checklist reads), one example row, and sheets listing the region ids and the codes
 * each context column takes (its code or its label, in Chinese or English), with the checklists
 * that use it. The example row is a note (its first cell starts with "#"), which the
 * importer skips: sent back unchanged, the template imports nothing and names no problem but the
 * empty file; with the "#" removed, the example is a valid row (a real region, codes the
 * checklists take) and imports as it is.
 */
export async function institutionTemplate(regions: Region[], columns: ReadonlyMap<string, ContextColumn>, checklists: number): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dabiao';
  const sheet = workbook.addWorksheet('机构 institutions', { views: [{ state: 'frozen', ySplit: 1 }] });
  const context = [...columns.values()];
  const twins = twinLabels(context);
  const header = (column: ContextColumn) => contextHeader(column, twins);
  sheet.addRow([...FIXED.map((c) => `${c.label} (${c.key})`), ...context.map(header)]).font = { bold: true };
  const region = regions.find((r) => r.level === 'county') ?? regions[0];
  const example = sheet.addRow(['#example-county-hospital', '示例县人民医院', "Example County People's Hospital", region?.id ?? '', ...context.map((c) => exampleOf(c, checklists))]);
  example.font = { italic: true, color: { argb: 'FF808080' } };
  sheet.getCell('A2').note = '以 # 开头的行是示例，导入时跳过；删去 # 并改成真实机构即可导入。Rows starting with # are examples and are skipped.';
  sheet.columns.forEach((column) => {
    column.width = 22;
  });

  const list = workbook.addWorksheet('地区 regions');
  list.addRow(['地区编号 (regionId)', '名称', '级别']).font = { bold: true };
  for (const r of regions) list.addRow([r.id, r.name.zh, r.level]);

  const codes = workbook.addWorksheet('可填值 values');
  codes.addRow(['列 column', '可填值 code', '中文', 'English', '使用该列的评估表 used by']).font = { bold: true };
  for (const column of context) {
    const usedBy = column.checklists.map((title) => title.zh).join('；');
    if (column.number) codes.addRow([header(column), '数字 number', '', '', usedBy]);
    if (column.text) codes.addRow([header(column), '文字 text', '', '', usedBy]);
    for (const [code, label] of column.codes) codes.addRow([header(column), code, label.zh, label.en ?? '', usedBy]);
  }
  for (const ws of [list, codes]) {
    ws.columns.forEach((column) => {
      column.width = 22;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
