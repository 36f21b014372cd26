import type { Localized } from '../checklist/definition-schema.js';

/** A unit word in English: one form, or the forms for exactly 1 and for any other amount. */
type Words = string | readonly [one: string, other: string];

/**
 * English for the Chinese units the plans count in, for definitions that give a unit only in
 * Chinese (`"unit": {"zh": "张"}`): without it an English reader sees "at least 100 张". Keyed by
 * the unit as the plans write it; a unit written as `A/B` is read part by part ("beds per 1,000 people").
 */
const WORDS: Readonly<Record<string, Words>> = {
  // People and attendances.
  人: ['person', 'people'], 名: ['person', 'people'], 位: ['person', 'people'], 人次: ['person-time', 'person-times'],
  千人: '1,000 people', 万人: '10k people', 万人次: '10k person-times',
  // Beds, rooms, equipment, vehicles. 张 counts beds in every plan we carry.
  张: ['bed', 'beds'], 床: ['bed', 'beds'], 间: ['room', 'rooms'], 台: ['unit', 'units'], 套: ['set', 'sets'], 辆: ['vehicle', 'vehicles'],
  所: ['institution', 'institutions'], 家: ['institution', 'institutions'],
  // 个 is a bare counter with no English noun: the number stands alone under the field's title.
  个: '', 项: ['item', 'items'], 种: ['kind', 'kinds'], 类: ['category', 'categories'], 例: ['case', 'cases'], 次: ['time', 'times'],
  篇: ['paper', 'papers'], 级: ['level', 'levels'], 分: ['point', 'points'],
  年: ['year', 'years'], 岁: ['year', 'years'], 个月: ['month', 'months'], 月: ['month', 'months'], 周: ['week', 'weeks'],
  天: ['day', 'days'], 日: ['day', 'days'], 小时: ['hour', 'hours'], 分钟: ['minute', 'minutes'],
  元: 'yuan', 千元: '1,000 yuan', 万元: '10k yuan', 亿元: '100 million yuan',
  米: 'm', 公里: 'km', 千米: 'km', 平方米: 'm²', 平方公里: 'km²',
  '%': '%', '％': '%', '‰': '‰', 百分点: ['percentage point', 'percentage points'], 个百分点: ['percentage point', 'percentage points'],
};

/** Han characters and the CJK and full-width punctuation around them: what an English text must not show. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function tableWord(zh: string, n: number | undefined): string | undefined {
  const words = WORDS[zh];
  if (words === undefined) return CJK.test(zh) ? undefined : zh;
  if (typeof words === 'string') return words;
  return n === 1 ? words[0] : words[1];
}

/**
 * The unit's English word for an amount `n` (plural unless `n` is 1; plural where no amount is
 * said, as in a field's label): the definition's own English first, else the table's word for
 * its Chinese, else nothing. An unknown Chinese unit is left out rather than shown in Chinese;
 * an empty string means the number reads best alone (个).
 */
export function englishUnit(unit: Localized, n?: number): string | undefined {
  const given = unit.en?.trim();
  // An "English" that is the Chinese copied over (a console author filling both boxes) is no English.
  if (given && !CJK.test(given)) return given;
  const zh = unit.zh.trim();
  const per = zh.split('/');
  if (per.length !== 2) return tableWord(zh, n);
  const [top, bottom] = [tableWord(per[0]!.trim(), n), tableWord(per[1]!.trim(), 1)];
  return top && bottom ? `${top} per ${bottom}` : undefined;
}

const TIGHT_UNITS = new Set(['%', '‰', '°']);

/** An amount already written out (`num`) with the unit's English word after it: "30 beds", "35%", or the number alone. */
export function englishQuantity(num: string, unit: Localized | undefined, n?: number): string {
  const en = unit && englishUnit(unit, n);
  if (!en) return num;
  return TIGHT_UNITS.has(en) ? `${num}${en}` : `${num} ${en}`;
}
