import type { I18n, Localized } from '../../../i18n/i18n-context';
import type { CompiledChecklist } from '../../../lib/engine';
import type { DefinitionProblem } from './api/queries';
import type { SampleContext } from './components/ContextInputs';

/** The values a context field allows, with their labels: an enum's options, a scale's levels; none for numbers and text. */
export function contextOptions(compiled: CompiledChecklist, id: string): readonly { value: string; label: Localized }[] {
  const field = compiled.definition.context.find((f) => f.id === id);
  if (field?.kind === 'enum') return field.options ?? [];
  if (field?.kind === 'scale') return compiled.scales.get(field.scale ?? '')?.levels ?? [];
  return [];
}

const REQUIRED = 'context-required';
const problemsBeyondMissing = (compiled: CompiledChecklist, context: SampleContext) => compiled.validateContext(context).filter((i) => i.code !== REQUIRED).length;

/**
 * The preview's starting context: each enum or scale field the definition declares, in its order,
 * takes the first of its values that the engine accepts beside those already chosen (its
 * `contextRules` included), so criteria that apply only to a type, grade or county show at once.
 * A field no value of which fits stays empty; values already given are kept.
 */
export function preselectContext(compiled: CompiledChecklist, base: SampleContext): SampleContext {
  const next = { ...base };
  let changed = false;
  for (const field of compiled.definition.context) {
    if (next[field.id] !== undefined) continue;
    const before = problemsBeyondMissing(compiled, next);
    const fits = contextOptions(compiled, field.id).find((o) => problemsBeyondMissing(compiled, { ...next, [field.id]: o.value }) <= before);
    if (!fits) continue;
    next[field.id] = fits.value;
    changed = true;
  }
  // The same object when nothing was added: a caller's state update then changes nothing.
  return changed ? next : base;
}

/** Whether a dry run's sample issue is about the context (said by `contextProblemText`), not about the answers. */
export const isContextProblem = (issue: Pick<DefinitionProblem, 'code'>) => issue.code.startsWith('context-') || issue.code === 'unknown-context';

/**
 * A context problem of a dry run in plain words: which value (by its label) is missing or wrong,
 * and which values are allowed, instead of a JSON path. `given` is the context the dry run sent.
 */
export function contextProblemText(issue: DefinitionProblem, compiled: CompiledChecklist, given: SampleContext, t: I18n['t'], l: I18n['l']): string {
  const key = issue.path.replace(/^\//, '').split('/')[0] ?? '';
  const field = compiled.definition.context.find((f) => f.id === key);
  const label = key === 'year' ? t('rounds.year') : key === 'round' ? t('rounds.kind') : field ? l(field.label) : key;
  const allowed = contextOptions(compiled, key).map((o) => l(o.label)).join(t('common.enumSeparator'));
  switch (issue.code) {
    case REQUIRED:
      return allowed ? t('cl.ctxRequiredOf', { label, values: allowed }) : t('cl.ctxRequired', { label });
    case 'context-value':
      return allowed ? t('cl.ctxValueOf', { label, value: String(given[key] ?? ''), values: allowed }) : t('cl.ctxValue', { label, value: String(given[key] ?? '') });
    case 'context-type':
      return key === 'year' ? t('cl.ctxYear') : field?.kind === 'number' ? t('cl.ctxNumber', { label }) : t('cl.ctxText', { label });
    case 'context-conflict':
      // The engine's message is "<zh> (<en>; context rule n)": the rule in words in each language.
      return t('cl.ctxConflict', { rule: ruleWords(issue.message, l) });
    default:
      return t('cl.ctxUnknown', { key });
  }
}

function ruleWords(message: string, l: I18n['l']): string {
  const match = /^(.*) \((.*); context rule \d+\)$/s.exec(message);
  return match ? l({ zh: match[1]!, en: match[2]! }) : message;
}
