import { kindOf, targetText, type CompiledChecklist, type Criterion, type Localized } from '../../../lib/engine';
import { verbatim, type DiffText } from './diff-text';

/** The points a criterion carries: its weight (default 1); a kind without a target (info) carries none. */
const shownWeight = (cr: Criterion) => cr.weight ?? (kindOf(cr.kind).target ? 1 : 0);

/** What about a criterion changed between two versions. */
export type CriterionAspect = 'target' | 'targets' | 'weight' | 'applicability' | 'veto' | 'kind' | 'value' | 'section' | 'title' | 'credit' | 'evidence' | 'other';

/** What about the checklist's own information changed: what every institution sees above its criteria. */
export type ChecklistAspect = 'checklist-title' | 'description' | 'issuer' | 'plan-title';

/** One readable change from one checklist version to another. */
export type DefinitionChange =
  | { kind: 'checklist-changed'; id: string; title: Localized; aspect: ChecklistAspect; before: DiffText; after: DiffText }
  | { kind: 'criterion-added' | 'criterion-removed'; id: string; title: Localized; section: string; summary: DiffText }
  | { kind: 'criterion-changed'; id: string; title: Localized; aspect: CriterionAspect; before: DiffText; after: DiffText }
  | { kind: 'field-added' | 'field-removed'; path: string; title: string }
  | { kind: 'section-added' | 'section-removed'; id: string; title: Localized }
  | { kind: 'section-moved'; id: string; title: Localized; from: number; to: number };

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Whether a definition about to be published says nothing its published version does not: the
 * same content but for its version number and status (key order aside). Publishing it would only
 * add an identical version, which rounds and reports would then tell apart for no reason.
 */
export function sameContent(draft: Record<string, unknown>, published: Record<string, unknown>): boolean {
  const { version: _v, status: _s, ...a } = draft;
  const { version: _pv, status: _ps, ...b } = published;
  return same(a, b);
}

/** JSON with object keys sorted, so key order never reads as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const none: DiffText = { say: 'cl.diff.none' };

function defaultTarget(c: CompiledChecklist, criterion: Criterion): DiffText {
  return criterion.target ? { text: targetText(criterion, criterion.target, c) } : none;
}

function variants(c: CompiledChecklist, criterion: Criterion): DiffText {
  const list = (criterion.targets ?? []).map((v): DiffText => ({ say: 'cl.diff.variant', values: { when: { condition: v.when }, target: { text: targetText(criterion, v.target, c) } } }));
  return list.length ? { list } : none;
}

/** Each aspect a reviewer cares about: how to compare it and how to say it. */
const ASPECTS: { aspect: CriterionAspect; pick: (cr: Criterion) => unknown; say: (c: CompiledChecklist, cr: Criterion) => DiffText }[] = [
  { aspect: 'title', pick: (cr) => cr.title, say: (_c, cr) => ({ text: { zh: cr.title.zh, en: cr.title.en ?? cr.title.zh } }) },
  { aspect: 'section', pick: (cr) => cr.section, say: (c, cr) => ({ text: sectionTitle(c, cr.section) }) },
  { aspect: 'kind', pick: (cr) => cr.kind, say: (_c, cr) => verbatim(cr.kind) },
  { aspect: 'value', pick: (cr) => cr.value, say: (_c, cr) => verbatim(cr.value ? canonical(cr.value) : '—') },
  // A unit or scale change alters what a target means, so it is worded as a target change.
  { aspect: 'target', pick: (cr) => [cr.target, cr.unit, cr.scale, cr.items, cr.display], say: defaultTarget },
  { aspect: 'targets', pick: (cr) => cr.targets ?? [], say: variants },
  { aspect: 'weight', pick: (cr) => shownWeight(cr), say: (_c, cr) => verbatim(String(shownWeight(cr))) },
  { aspect: 'applicability', pick: (cr) => cr.appliesWhen, say: (_c, cr) => ({ condition: cr.appliesWhen }) },
  { aspect: 'veto', pick: (cr) => [!!cr.veto, cr.vetoBasis], say: (_c, cr) => ({ say: cr.veto ? 'cl.diff.veto' : 'cl.diff.noVeto' }) },
  { aspect: 'credit', pick: (cr) => cr.credit ?? { mode: 'all-or-nothing' }, say: (_c, cr) => verbatim(canonical(cr.credit ?? { mode: 'all-or-nothing' })) },
  { aspect: 'evidence', pick: (cr) => cr.evidence, say: (_c, cr) => ({ say: cr.evidence?.required ? 'cl.diff.evidenceRequired' : 'cl.diff.evidenceOptional' }) },
];
const COVERED = new Set(['id', 'title', 'section', 'kind', 'value', 'target', 'unit', 'scale', 'items', 'display', 'targets', 'weight', 'appliesWhen', 'veto', 'vetoBasis', 'credit', 'evidence']);

/**
 * What an added or removed criterion asks, so the reviewer need not open the JSON: its section,
 * its target as results word it (or that it is for information only) and its weight.
 */
function criterionSummary(c: CompiledChecklist, cr: Criterion): DiffText {
  const section: DiffText = { text: sectionTitle(c, cr.section) };
  if (!cr.target && !cr.targets?.length) return { say: 'cl.diff.summaryInfo', values: { section } };
  const target = cr.target ? defaultTarget(c, cr) : variants(c, cr);
  return { say: 'cl.diff.summary', values: { section, target, weight: verbatim(String(shownWeight(cr))) } };
}

function sectionTitle(c: CompiledChecklist, id: string): Localized {
  const s = c.definition.sections.find((x) => x.id === id);
  return s ? { zh: s.title.zh, en: s.title.en ?? s.title.zh } : { zh: id, en: id };
}

/** Leaf fields of a form schema by dot path, with their titles (nested objects are walked, arrays are one field). */
export function formFields(schema: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const props = (schema as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties ?? {};
  for (const [key, node] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (node.type === 'object' && node.properties) for (const [p, t] of formFields(node, path)) out.set(p, t);
    else out.set(path, typeof node.title === 'string' ? node.title : path);
  }
  return out;
}

/** Ids in `ids` outside a longest common subsequence with `other`: the fewest that moved. */
function moved(ids: string[], other: string[]): Set<string> {
  const n = ids.length, m = other.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ids[i] === other[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ids[i] === other[j]) {
      kept.add(ids[i]!);
      i++;
      j++;
    }
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(ids.filter((id) => !kept.has(id)));
}

/**
 * What changed from version `a` to version `b`, as a reviewer reads it: criteria added, removed
 * or changed (target, variants, weight, applicability, veto, …, each worded as results word
 * them), form fields added or removed, sections added, removed or moved. Not a JSON diff: key
 * order, formatting and the form's layout details do not show.
 */
export function diffDefinitions(a: CompiledChecklist, b: CompiledChecklist): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const da = a.definition, db = b.definition;
  const info: [ChecklistAspect, (d: typeof da) => Localized | undefined][] = [
    ['checklist-title', (d) => d.title],
    ['description', (d) => d.description],
    ['issuer', (d) => d.issuer],
    ['plan-title', (d) => d.plan?.title],
  ];
  const shown = (v: Localized | undefined): DiffText => (v ? { text: { zh: v.zh, en: v.en ?? v.zh } } : none);
  for (const [aspect, pick] of info) {
    if (!same(pick(da) ?? null, pick(db) ?? null)) changes.push({ kind: 'checklist-changed', id: db.id, title: db.title, aspect, before: shown(pick(da)), after: shown(pick(db)) });
  }
  const sa = a.definition.sections, sb = b.definition.sections;
  const ida = new Set(sa.map((s) => s.id)), idb = new Set(sb.map((s) => s.id));
  for (const s of sb) if (!ida.has(s.id)) changes.push({ kind: 'section-added', id: s.id, title: sectionTitle(b, s.id) });
  for (const s of sa) if (!idb.has(s.id)) changes.push({ kind: 'section-removed', id: s.id, title: sectionTitle(a, s.id) });
  const commonA = sa.map((s) => s.id).filter((id) => idb.has(id));
  const commonB = sb.map((s) => s.id).filter((id) => ida.has(id));
  for (const id of moved(commonB, commonA)) {
    changes.push({ kind: 'section-moved', id, title: sectionTitle(b, id), from: sa.findIndex((s) => s.id === id) + 1, to: sb.findIndex((s) => s.id === id) + 1 });
  }

  const ca = new Map(a.definition.criteria.map((c) => [c.id, c]));
  const cb = new Map(b.definition.criteria.map((c) => [c.id, c]));
  for (const [id, cr] of cb) if (!ca.has(id)) changes.push({ kind: 'criterion-added', id, title: cr.title, section: cr.section, summary: criterionSummary(b, cr) });
  for (const [id, cr] of ca) if (!cb.has(id)) changes.push({ kind: 'criterion-removed', id, title: cr.title, section: cr.section, summary: criterionSummary(a, cr) });
  for (const [id, after] of cb) {
    const before = ca.get(id);
    if (!before) continue;
    for (const { aspect, pick, say } of ASPECTS) {
      if (!same(pick(before), pick(after))) changes.push({ kind: 'criterion-changed', id, title: after.title, aspect, before: say(a, before), after: say(b, after) });
    }
    const rest = (cr: Criterion) => Object.fromEntries(Object.entries(cr).filter(([k]) => !COVERED.has(k)));
    if (!same(rest(before), rest(after))) changes.push({ kind: 'criterion-changed', id, title: after.title, aspect: 'other', before: verbatim(canonical(rest(before))), after: verbatim(canonical(rest(after))) });
  }

  const fa = formFields((a.definition.form as { schema?: unknown }).schema);
  const fb = formFields((b.definition.form as { schema?: unknown }).schema);
  for (const [path, title] of fb) if (!fa.has(path)) changes.push({ kind: 'field-added', path, title });
  for (const [path, title] of fa) if (!fb.has(path)) changes.push({ kind: 'field-removed', path, title });
  return changes;
}
