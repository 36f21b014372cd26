import type { Localized } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';
import { contextText, type ContextLabels } from './context-labels';

/** One issue of an API 400, as `details.issues` carries it. */
export interface ApiIssue {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A message key and its values, for `t`. */
export interface Wording {
  key: MessageKey;
  values: Record<string, string>;
}

const WORDING: Record<string, MessageKey> = {
  'not-allowed': 'dir.problem.notAllowed',
  'not-a-number': 'dir.problem.number',
};

/**
 * The context values a save was refused for (issues at `/context/<key>`: a code no published
 * checklist takes, a key none uses, text where a number is read), each worded for `t` by key; the
 * accepted codes by the labels the checklists give them (中医医院, not `tcm`). `rest`: the other
 * issues, which the dialog says as before.
 */
export function contextRefusals(issues: readonly ApiIssue[], labels: ContextLabels, l: (text: Localized) => string): { byKey: Map<string, Wording>; rest: ApiIssue[] } {
  const byKey = new Map<string, Wording>();
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const key = /^\/context\/(.+)$/.exec(issue.path)?.[1];
    const allowed = typeof issue.params?.allowed === 'string' ? issue.params.allowed.split(', ').filter(Boolean) : [];
    if (key === undefined || !(issue.code in WORDING || issue.code === 'unknown-column')) {
      rest.push(issue);
      continue;
    }
    if (issue.code === 'unknown-column') {
      byKey.set(key, allowed.length ? { key: 'dir.problem.unknownKey', values: { allowed: allowed.join(', ') } } : { key: 'dir.problem.noContext', values: {} });
    } else {
      byKey.set(key, { key: WORDING[issue.code]!, values: { allowed: allowed.map((code) => contextText(labels, key, code, l)).join(', ') } });
    }
  }
  return { byKey, rest };
}

/** The refusals of keys without a field of their own, one line each, for the free `key=value` field. */
export function otherRefusals(byKey: ReadonlyMap<string, Wording>, fields: readonly string[], t: (key: MessageKey, values?: Record<string, string>) => string): string | undefined {
  const lines = [...byKey].filter(([key]) => !fields.includes(key)).map(([key, wording]) => `${key}：${t(wording.key, wording.values)}`);
  return lines.length ? lines.join('；') : undefined;
}
