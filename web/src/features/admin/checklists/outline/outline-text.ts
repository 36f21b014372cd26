import type { ParseErrorCode } from 'jsonc-parser';
import type { MessageKey } from '../../../../i18n/messages';
import { syntaxErrorKey } from '../json-syntax-words';
import type { OutlineProblem } from './read-outline';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Where a problem is, in words: "第 1 个章节 · 第 2 个评分项 · target" for
 * `/sections/0/criteria/1/target`, so an author who does not read JSON Pointers finds it.
 */
export function outlinePlaceText(path: string, t: T): string {
  if (path === '') return t('outline.place.whole');
  const parts = path.slice(1).split('/');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if ((part === 'sections' || part === 'criteria' || part === 'items') && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(`outline.place.${part}`, { n: Number(next) + 1 }));
      i++;
    } else words.push(part);
  }
  return words.join(' · ');
}

/** A problem of an outline in the page's language (Chinese first), made from its code and params. */
export function outlineProblemText(p: OutlineProblem, t: T): string {
  const q = p.params ?? {};
  if (p.code === 'json-syntax') return t('cl.syntax', { line: q.line!, column: q.column!, error: t(syntaxErrorKey(q.error as ParseErrorCode)) });
  if (p.code === 'too-many') return t('outline.problem.too-many', { what: t(`outline.key.${String(q.key)}` as MessageKey), max: q.max! });
  return t(`outline.problem.${p.code}`, q);
}
