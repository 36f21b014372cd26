import type { CoverageTarget, Credit, Criterion, Localized } from '../../checklist/definition-schema.js';
import type { Grade } from './grade.js';

type Item = NonNullable<Criterion['items']>[number];

/** Grades k of n listed items: all-or-nothing at the target's `min` (default all), or in proportion. */
export function gradeCoverage(selected: unknown[], target: CoverageTarget, items: Item[], credit: Credit | undefined): Grade {
  const present = items.filter((item) => selected.includes(item.value));
  const needed = target.min ?? items.length;
  if (present.length >= needed) return { fraction: 1, gap: null };
  const missing = items.filter((item) => !selected.includes(item.value));
  const short = needed - present.length;
  const names = missing.map((m) => m.label.zh).join('、');
  const namesEn = missing.map((m) => m.label.en ?? m.label.zh).join(', ');
  return {
    fraction: credit?.mode === 'proportional' ? present.length / needed : 0,
    gap: {
      amount: short,
      unit: { zh: '项', en: 'item(s)' },
      text: { zh: `差${short}项（未具备：${names}）`, en: `${short} item(s) short (missing: ${namesEn})` },
      missingItems: missing.map((m) => m.value),
    },
  };
}

export function coverageTargetText(target: CoverageTarget, items: Item[]): Localized {
  const n = items.length;
  const list = items.map((i) => i.label.zh).join('、');
  if (target.min === undefined || target.min === n) return { zh: `${n}项全部具备（${list}）`, en: `all ${n} items` };
  return { zh: `${n}项中至少${target.min}项（${list}）`, en: `at least ${target.min} of ${n} items` };
}

export function coverageActualText(selected: unknown[], items: Item[]): Localized {
  const present = items.filter((item) => selected.includes(item.value));
  return {
    zh: `${present.length}/${items.length}${present.length ? '：' + present.map((p) => p.label.zh).join('、') : ''}`,
    en: `${present.length}/${items.length}${present.length ? ': ' + present.map((p) => p.label.en ?? p.label.zh).join(', ') : ''}`,
  };
}
