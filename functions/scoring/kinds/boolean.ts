import type { BooleanTarget, Localized } from '../../checklist/definition-schema.js';
import type { Grade } from './grade.js';

export function gradeBoolean(value: boolean, target: BooleanTarget): Grade {
  if (value === target.equals) return { fraction: 1, gap: null };
  return { fraction: 0, gap: { amount: null, text: { zh: '未达到要求', en: 'requirement not met' } } };
}

export function yesNo(value: boolean): Localized {
  return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
}

export function booleanTargetText(target: BooleanTarget): Localized {
  return target.equals ? { zh: '是（须做到）', en: 'yes (required)' } : { zh: '否（不得发生）', en: 'no (must not happen)' };
}
