import { contextValue, linesToContext } from './context-lines';

/** The context keys the region form has fields for; the rest are edited as `key=value` lines. */
export const REGION_FIELDS = ['population', 'county'] as const;

/** What the region form holds, as typed. */
export interface RegionForm {
  id: string;
  zh: string;
  en: string;
  level: 'province' | 'city' | 'county';
  parentId: string;
  fields: Record<(typeof REGION_FIELDS)[number], string>;
  other: string;
}

/** What `POST /api/regions` (with `id`) and `PUT /api/regions/{id}` (with `version`) take. */
export interface RegionBody {
  id: string;
  name: { zh: string; en?: string };
  level: RegionForm['level'];
  parentId?: string;
  context: Record<string, string | number>;
}

/** A problem with the form, by field: the message key and its values. */
export type RegionProblem =
  | { field: 'id'; key: 'dir.problem.required' | 'dir.problem.idFormat' | 'dir.problem.idTaken' }
  | { field: 'zh'; key: 'dir.problem.required' | 'dir.problem.tooLong' }
  | { field: 'en'; key: 'dir.problem.tooLong' }
  | { field: 'parentId'; key: 'dir.problem.cycle' }
  | { field: 'population'; key: 'dir.problem.number' }
  | { field: 'other'; key: 'dir.badLine'; line: number };

/** What the check needs of the other regions: their ids and where they sit. */
export interface RegionLink {
  id: string;
  parentId?: string;
}

/** Whether `parentId` is `id` itself or lies below it (walking up the parent links; a cycle already stored ends the walk). */
function below(regions: readonly RegionLink[], id: string, parentId: string): boolean {
  const parent = new Map(regions.map((r) => [r.id, r.parentId]));
  const seen = new Set<string>();
  for (let at: string | undefined = parentId; at !== undefined && !seen.has(at); at = parent.get(at)) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

// As the API's schema (`functions/api/schemas.ts`): what it would refuse is said before sending.
const ID = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * The form's problems, the same for a new region and an edited one (an edit cannot change the
 * id, so only a new id is checked against those taken), or the body to send.
 */
export function checkRegionForm(form: RegionForm, regions: readonly RegionLink[], editing?: string): { problems: RegionProblem[] } | { body: RegionBody } {
  const problems: RegionProblem[] = [];
  const id = form.id.trim();
  const zh = form.zh.trim();
  const en = form.en.trim();
  if (!editing) {
    if (!id) problems.push({ field: 'id', key: 'dir.problem.required' });
    else if (!ID.test(id) || id.length > 80) problems.push({ field: 'id', key: 'dir.problem.idFormat' });
    else if (regions.some((r) => r.id === id)) problems.push({ field: 'id', key: 'dir.problem.idTaken' });
  }
  if (!zh) problems.push({ field: 'zh', key: 'dir.problem.required' });
  else if (zh.length > 200) problems.push({ field: 'zh', key: 'dir.problem.tooLong' });
  if (en.length > 200) problems.push({ field: 'en', key: 'dir.problem.tooLong' });
  if (editing && form.parentId && below(regions, editing, form.parentId)) problems.push({ field: 'parentId', key: 'dir.problem.cycle' });
  const population = form.fields.population.trim();
  if (population && typeof contextValue(population) !== 'number') problems.push({ field: 'population', key: 'dir.problem.number' });
  const parsed = linesToContext(form.other);
  if ('badLine' in parsed) problems.push({ field: 'other', key: 'dir.badLine', line: parsed.badLine });
  if (problems.length || 'badLine' in parsed) return { problems };
  const context: Record<string, string | number> = { ...parsed.values };
  for (const key of REGION_FIELDS) if (form.fields[key].trim()) context[key] = contextValue(form.fields[key]);
  return { body: { id: editing ?? id, name: en ? { zh, en } : { zh }, level: form.level, ...(form.parentId ? { parentId: form.parentId } : {}), context } };
}

/** A region as the form starts from: empty for a new one. */
export function regionForm(region?: { id: string; name: { zh: string; en?: string }; level: RegionForm['level']; parentId?: string; context?: Record<string, unknown> }): RegionForm {
  const context = (region?.context ?? {}) as Record<string, string | number>;
  const other = Object.fromEntries(Object.entries(context).filter(([key]) => !(REGION_FIELDS as readonly string[]).includes(key)));
  return {
    id: region?.id ?? '',
    zh: region?.name.zh ?? '',
    en: region?.name.en ?? '',
    level: region?.level ?? 'county',
    parentId: region?.parentId ?? '',
    fields: { population: context.population === undefined ? '' : String(context.population), county: context.county === undefined ? '' : String(context.county) },
    other: Object.entries(other).map(([key, value]) => `${key}=${value}`).join('\n'),
  };
}
