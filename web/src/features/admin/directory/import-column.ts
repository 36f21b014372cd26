import type { MessageKey } from '../../../i18n/messages';

// The template's own columns (functions/api/import/institution-sheet.ts), named as the directory names them.
const COLUMNS: Record<string, MessageKey> = {
  id: 'dir.id',
  name: 'dir.name',
  nameEn: 'dir.nameEn',
  regionId: 'dir.region',
  institutionType: 'dir.type',
  grade: 'dir.grade',
  county: 'dir.county',
  population: 'dir.population',
};

/**
 * A column of the import report as the reader finds it in the sheet: its name, then the key the
 * template's header carries in brackets (`所属地区 (regionId)`); a context column is its key.
 */
export function importColumnLabel(key: string | undefined, t: (key: MessageKey) => string): string {
  if (!key) return '';
  const label = COLUMNS[key];
  return label ? `${t(label)} (${key})` : key;
}
