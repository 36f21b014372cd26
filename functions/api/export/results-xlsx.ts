import ExcelJS from 'exceljs';
import type { RoundExport } from '../../domain/services/round-export.js';
import type { ExportLang } from './export-words.js';
import { resultTables } from './results-tables.js';

/** Round results as a workbook: one sheet per table, header row bold and frozen. */
export async function resultsToXlsx(results: RoundExport, lang: ExportLang = 'zh'): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dabiao';
  for (const table of resultTables(results, lang)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
