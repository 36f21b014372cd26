import type { RoundExport } from '../../domain/services/round-export.js';
import type { ExportLang } from './export-words.js';
import { resultTables } from './results-tables.js';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quote anything with separators, and neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The export's tables as one CSV (UTF-8 with BOM so spreadsheet programs read the Chinese), each
 * after a title row and separated by a blank line: summary, institutions, details, criteria, differences.
 */
export function resultsToCsv(results: RoundExport, lang: ExportLang = 'zh'): string {
  const blocks = resultTables(results, lang).map((t) => [[`# ${t.name}`], t.header, ...t.rows].map((row) => row.map(cell).join(',')).join('\r\n'));
  return '\uFEFF' + blocks.join('\r\n\r\n') + '\r\n';
}
