import type { LocalizedText } from '../../model/localized.js';
import type { Subject } from '../../model/participant.js';
import type { ChecklistContextFields } from '../context-fields.js';

/**
 * A context value an institution (or a region) may carry, as the published checklists of that
 * subject declare it. Two checklists may declare the same field (`institutionType`, `grade`,
 * `county`): a value is accepted when any of them accepts it, so one directory serves every
 * checklist. The import and the directory's create and edit both check with these.
 */
export interface ContextColumn {
  id: string;
  label: LocalizedText;
  unit?: LocalizedText;
  /** How many checklists of the subject declare it. */
  declaredBy: number;
  /** The titles of the checklists that declare it, so a template can say what a column is for. */
  checklists: LocalizedText[];
  /** Some checklist reads it as a number (population, beds). */
  number: boolean;
  /** Some checklist takes free text. */
  text: boolean;
  /** The codes some checklist lists (enum options, scale levels), with their labels. */
  codes: Map<string, LocalizedText>;
  /**
   * Every label any checklist gives a code, Chinese and English, as `normalize` reads it, to the
   * codes it names: two checklists may word one code differently (县级中医院, 县级中医医院).
   */
  byLabel: Map<string, Set<string>>;
}

/** Full-width brackets and spaces as half-width, lower case: "二级甲等 " and "County (city)" match as typed in any input method. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The context columns of the institution checklists, by field id. */
export function institutionContextColumns(checklists: readonly ChecklistContextFields[]): Map<string, ContextColumn> {
  return contextColumns(checklists, 'institution');
}

/** The context columns the checklists of one subject declare (an institution's or a region's record), by field id. */
export function contextColumns(checklists: readonly ChecklistContextFields[], subject: Subject): Map<string, ContextColumn> {
  const columns = new Map<string, ContextColumn>();
  for (const checklist of checklists) {
    if (checklist.subject !== subject) continue;
    for (const field of checklist.fields) {
      let column = columns.get(field.id);
      if (!column) columns.set(field.id, (column = { id: field.id, label: field.label, ...(field.unit ? { unit: field.unit } : {}), declaredBy: 0, checklists: [], number: false, text: false, codes: new Map(), byLabel: new Map() }));
      column.declaredBy++;
      if (!column.checklists.some((title) => title.zh === checklist.title.zh)) column.checklists.push(checklist.title);
      if (field.kind === 'number') column.number = true;
      else if (field.options) {
        for (const option of field.options) {
          column.codes.set(option.value, option.label);
          for (const name of [option.value, option.label.zh, option.label.en]) {
            if (name === undefined || normalize(name) === '') continue;
            const codes = column.byLabel.get(normalize(name)) ?? new Set<string>();
            column.byLabel.set(normalize(name), codes.add(option.value));
          }
        }
      }
      // A scale whose levels are unknown, or a text field, takes any text.
      else column.text = true;
    }
  }
  return columns;
}

/** Why a context value is refused: the column is unknown, or the value is not one it takes. */
export type ContextProblem = { code: 'unknown-column'; allowed: string[] } | { code: 'not-allowed'; allowed: string[] } | { code: 'not-a-number' };

/**
 * The code a label names, where exactly one code of the column carries it (in Chinese or in
 * English, in any checklist): an administrator writes 二级甲等, the label the app shows, not the
 * code 2-a. A label two codes share names neither.
 */
function codeOfLabel(column: ContextColumn, text: string): string | undefined {
  const found = column.byLabel.get(normalize(text));
  return found?.size === 1 ? [...found][0] : undefined;
}

/**
 * The value as stored, or the problem with it. A code's Chinese or English label stands for the
 * code (the code is what the checklists compare). A number in a column that takes only codes or text
 * (an Excel cell holding 1) is the text "1"; text in a numeric column must read as a number.
 */
export function checkContextValue(
  columns: ReadonlyMap<string, ContextColumn>,
  key: string,
  value: string | number,
): { value: string | number } | { problem: ContextProblem } {
  const column = columns.get(key);
  if (!column) return { problem: { code: 'unknown-column', allowed: [...columns.keys()].sort() } };
  if (typeof value === 'number') {
    if (column.number && Number.isFinite(value)) return { value };
    value = String(value);
  }
  if (column.codes.has(value)) return { value };
  const trimmed = value.trim();
  const code = codeOfLabel(column, trimmed);
  if (code !== undefined) return { value: code };
  if (column.text) return { value };
  if (column.number && trimmed !== '' && Number.isFinite(Number(trimmed))) return { value: Number(trimmed) };
  if (column.codes.size) return { problem: { code: 'not-allowed', allowed: [...column.codes.keys()] } };
  return { problem: { code: 'not-a-number' } };
}

/**
 * A refused value as an issue's code, English message and params (`value`, and `allowed`: the
 * known keys or codes, comma-separated), the same words for an import cell and a directory field;
 * the web app words the codes in Chinese and English itself.
 */
export function contextProblemText(key: string, raw: string | number, problem: ContextProblem): { code: ContextProblem['code']; message: string; params: Record<string, string> } {
  const value = String(raw).slice(0, 80);
  if (problem.code === 'unknown-column') {
    return { code: problem.code, message: `no checklist has a context field ${key}; known: ${problem.allowed.join(', ')}`, params: { value, allowed: problem.allowed.join(', ') } };
  }
  if (problem.code === 'not-allowed') return { code: problem.code, message: `"${String(raw)}" is not one of: ${problem.allowed.join(', ')}`, params: { value, allowed: problem.allowed.join(', ') } };
  return { code: problem.code, message: `"${String(raw)}" is not a number`, params: { value } };
}
