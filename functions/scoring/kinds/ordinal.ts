import type { Credit, OrdinalTarget, Scale } from '../../checklist/definition-schema.js';
import type { Grade } from './grade.js';

/** Grades a level against an ordinal target by position in the scale; linear credit counts levels from `credit.from`. */
export function gradeOrdinal(level: string, target: OrdinalTarget, scale: Scale, credit: Credit | undefined): Grade {
  const rank = (v: string) => scale.levels.findIndex((l) => l.value === v);
  const actual = rank(level);
  const wanted = rank(target.level);
  const met = {
    '>=': actual >= wanted, '>': actual > wanted, '<=': actual <= wanted, '<': actual < wanted, '=': actual === wanted,
  }[target.op];
  if (met) return { fraction: 1, gap: null };
  const goal = target.op === '>' ? wanted + 1 : target.op === '<' ? wanted - 1 : wanted;
  const steps = Math.abs(goal - actual);
  const from = credit?.mode === 'linear' && credit.from !== undefined ? rank(String(credit.from)) : -1;
  let fraction = 0;
  if (from >= 0 && from !== goal) {
    const progress = (actual - from) / (goal - from);
    fraction = Math.min(Math.max(progress, 0), 0.999);
  }
  const direction = actual < goal ? { zh: '差', en: 'short' } : { zh: '超出', en: 'over' };
  return {
    fraction,
    gap: { amount: steps, unit: { zh: '级', en: 'level(s)' }, text: { zh: `${direction.zh}${steps}级`, en: `${steps} level(s) ${direction.en}` } },
  };
}

/** "不低于4级" / "at least Level 4". */
export function ordinalTargetText(target: OrdinalTarget, scale: Scale): { zh: string; en: string } {
  const level = scale.levels.find((l) => l.value === target.level)?.label ?? { zh: target.level };
  const en = level.en ?? level.zh;
  const words = {
    '>=': [`不低于${level.zh}`, `at least ${en}`],
    '>': [`高于${level.zh}`, `above ${en}`],
    '<=': [`不高于${level.zh}`, `at most ${en}`],
    '<': [`低于${level.zh}`, `below ${en}`],
    '=': [`${level.zh}`, `exactly ${en}`],
  }[target.op];
  return { zh: words[0] as string, en: words[1] as string };
}
