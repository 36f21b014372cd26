import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { definitionFromOutline, targetOf, type Outline } from '../../../../../../functions/checklist/definition-from-outline';
import { DEFINITION_LIMITS } from '../../../../../../functions/checklist/definition-limits';
import { CRITERION_KINDS } from '../../../../../../functions/scoring/kinds/index';

/**
 * How large an outline may be. Each criterion becomes a field of the generated form, so the
 * definition's own field limit bounds the criteria; the text is bounded like a definition's.
 */
export const OUTLINE_LIMITS = Object.freeze({
  maxBytes: DEFINITION_LIMITS.maxBytes,
  maxSections: 50,
  maxCriteria: DEFINITION_LIMITS.maxFormFields,
  maxItems: 100,
});

/** What is wrong with an outline, as data: a JSON Pointer into the outline, a code, and what the text needs. */
export interface OutlineProblem {
  path: string;
  code:
    | 'too-large'
    | 'json-syntax'
    | 'not-object'
    | 'required'
    | 'not-text'
    | 'not-list'
    | 'too-many'
    | 'duplicate'
    | 'unknown-kind'
    | 'target-unread'
    | 'item';
  params?: Record<string, string | number>;
}

export type OutlineReading = { ok: true; definition: Record<string, unknown> } | { ok: false; problems: OutlineProblem[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (isObject(v) && typeof v.zh === 'string' && v.zh.trim() !== '');

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Reports what the conversion needs of one object: the named keys present, as text or as a string. */
function needs(o: Json, at: string, keys: { text?: string[]; string?: string[] }, problems: OutlineProblem[]) {
  for (const key of keys.string ?? []) {
    if (typeof o[key] !== 'string' || o[key].trim() === '') problems.push({ path: `${at}/${key}`, code: 'required', params: { key } });
  }
  for (const key of keys.text ?? []) {
    if (o[key] === undefined) problems.push({ path: `${at}/${key}`, code: 'required', params: { key } });
    else if (!isText(o[key])) problems.push({ path: `${at}/${key}`, code: 'not-text', params: { key } });
  }
}

function checkCriterion(c: unknown, at: string, seen: Set<string>, problems: OutlineProblem[]) {
  if (!isObject(c)) return void problems.push({ path: at, code: 'not-object' });
  needs(c, at, { string: ['id', 'kind', 'clause'], text: ['title'] }, problems);
  if (typeof c.id === 'string') {
    if (seen.has(c.id)) problems.push({ path: `${at}/id`, code: 'duplicate', params: { id: c.id } });
    seen.add(c.id);
  }
  const kind = c.kind;
  if (typeof kind === 'string' && kind.trim() !== '' && !Object.hasOwn(CRITERION_KINDS, kind)) {
    problems.push({ path: `${at}/kind`, code: 'unknown-kind', params: { kind, kinds: Object.keys(CRITERION_KINDS).join('、') } });
  }
  // A shorthand the kind cannot read would reach the definition as a bare string, reported there at the definition's path: say it here, where the author wrote it.
  if (typeof kind === 'string' && Object.hasOwn(CRITERION_KINDS, kind) && typeof c.target === 'string' && targetOf(kind, c.target) === c.target) {
    problems.push({ path: `${at}/target`, code: 'target-unread', params: { target: c.target, kind } });
  }
  if (c.items !== undefined) {
    if (!Array.isArray(c.items)) problems.push({ path: `${at}/items`, code: 'not-list', params: { key: 'items' } });
    else if (c.items.length > OUTLINE_LIMITS.maxItems) problems.push({ path: `${at}/items`, code: 'too-many', params: { key: 'items', max: OUTLINE_LIMITS.maxItems } });
    else {
      c.items.forEach((item, k) => {
        if (typeof item === 'string' ? item.trim() === '' : !isObject(item)) problems.push({ path: `${at}/items/${k}`, code: 'item', params: {} });
        else if (isObject(item)) needs(item, `${at}/items/${k}`, { string: ['value'], text: ['label'] }, problems);
      });
    }
  }
}

/** Every problem of an outline's shape that would stop the conversion or be reported at another path after it. */
export function outlineProblems(outline: unknown): OutlineProblem[] {
  const problems: OutlineProblem[] = [];
  if (!isObject(outline)) return [{ path: '', code: 'not-object' }];
  needs(outline, '', { string: ['id'], text: ['title'] }, problems);
  if (!isObject(outline.plan)) problems.push({ path: '/plan', code: outline.plan === undefined ? 'required' : 'not-object', params: { key: 'plan' } });
  else {
    needs(outline.plan, '/plan', { string: ['seed'], text: ['title'] }, problems);
    if (outline.plan.years === undefined) problems.push({ path: '/plan/years', code: 'required', params: { key: 'years' } });
  }
  const sections = outline.sections;
  if (!Array.isArray(sections) || sections.length === 0) {
    problems.push({ path: '/sections', code: sections === undefined ? 'required' : 'not-list', params: { key: 'sections' } });
    return problems;
  }
  if (sections.length > OUTLINE_LIMITS.maxSections) return [...problems, { path: '/sections', code: 'too-many', params: { key: 'sections', max: OUTLINE_LIMITS.maxSections } }];
  const criteriaCount = sections.reduce((n: number, s) => n + (isObject(s) && Array.isArray(s.criteria) ? s.criteria.length : 0), 0);
  if (criteriaCount > OUTLINE_LIMITS.maxCriteria) return [...problems, { path: '/sections', code: 'too-many', params: { key: 'criteria', max: OUTLINE_LIMITS.maxCriteria } }];
  const sectionIds = new Set<string>();
  const criterionIds = new Set<string>();
  sections.forEach((s, i) => {
    const at = `/sections/${i}`;
    if (!isObject(s)) return void problems.push({ path: at, code: 'not-object' });
    needs(s, at, { string: ['id'], text: ['title'] }, problems);
    if (typeof s.id === 'string') {
      if (sectionIds.has(s.id)) problems.push({ path: `${at}/id`, code: 'duplicate', params: { id: s.id } });
      sectionIds.add(s.id);
    }
    if (!Array.isArray(s.criteria) || s.criteria.length === 0) {
      return void problems.push({ path: `${at}/criteria`, code: s.criteria === undefined ? 'required' : 'not-list', params: { key: 'criteria' } });
    }
    s.criteria.forEach((c, j) => checkCriterion(c, `${at}/criteria/${j}`, criterionIds, problems));
  });
  return problems;
}

/**
 * An outline's text read into a checklist definition, as `npm run checklist -- init` does, or
 * every problem that stops it, each at its path in the outline. The definition is then checked
 * like any other (the editor's validation, preview and dry run).
 */
export function readOutline(text: string): OutlineReading {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > OUTLINE_LIMITS.maxBytes) return { ok: false, problems: [{ path: '', code: 'too-large', params: { kb: Math.ceil(bytes / 1024), max: OUTLINE_LIMITS.maxBytes / 1024 } }] };
  const errors: ParseError[] = [];
  const parsed: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    const at = lineColumn(text, errors[0]!.offset);
    return { ok: false, problems: [{ path: '', code: 'json-syntax', params: { ...at, error: errors[0]!.error } }] };
  }
  const problems = outlineProblems(parsed);
  if (problems.length) return { ok: false, problems };
  return { ok: true, definition: definitionFromOutline(parsed as Outline) };
}
