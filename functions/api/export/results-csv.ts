import type { RoundResults } from '../../domain/services/round-results.js';
import { resultTables } from './results-tables.js';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quote anything with separators, and neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The institutions table as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese),
 * followed by the criteria and differences tables, each after a blank line and a title row.
 */
export function resultsToCsv(results: RoundResults): string {
  const blocks = resultTables(results).map((t) => [[`# ${t.name}`], t.header, ...t.rows].map((row) => row.map(cell).join(',')).join('\r\n'));
  return '\uFEFF' + blocks.join('\r\n\r\n') + '\r\n';
}
