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

/**
 * A unit that counts in thousands, ten-thousands or hundred-millions (万人 as "10k residents",
 * 万元 as "10k yuan"), read from its English. "35 10k residents" is no English, so an amount in such
 * a unit is multiplied out ("350,000 residents"); the unit's word alone, in a field's label, keeps
 * the scale ("Resident population (10k residents)") because that is what the field is filled in.
 */
const SCALED = /^(10k|10,000|ten thousand|1,000|thousand|100 million)(?:\s+(.*))?$/i;
const SCALE: Readonly<Record<string, number>> = { '10k': 1e4, '10,000': 1e4, 'ten thousand': 1e4, '1,000': 1e3, thousand: 1e3, '100 million': 1e8 };

/**
 * Built on first use, not at import: the first Intl formatter of a process loads ICU's data, ≈ 20 ms
 * of a Lambda's cold start (the scorer and seeding functions import this module in their init).
 */
let grouped: Intl.NumberFormat | undefined;
const groupedFormat = () => (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));

/** The amount and word an English reader sees: `num` multiplied out where the unit is scaled, with the rest of the unit's word. */
function scaled(num: string, en: string): { num: string; word: string } {
  const m = SCALED.exec(en);
  if (!m) return { num, word: en };
  const factor = SCALE[m[1]!.toLowerCase()]!;
  // Every number in `num` (an amount, or a span "0–100") is multiplied; signs and dashes stay as written.
  return { num: num.replace(/\d+(?:\.\d+)?/g, (d) => groupedFormat().format(Number(d) * factor)), word: m[2]?.trim() ?? '' };
}

/** An amount written out (`num`) as English writes it in `unit`: multiplied out where the unit counts in ten-thousands ("350,000" for 35 万人). */
export function englishNumber(num: string, unit: Localized | undefined): string {
  const en = unit && englishUnit(unit);
  return en ? scaled(num, en).num : num;
}

/** An amount already written out (`num`) with the unit's English word after it: "30 beds", "35%", "350,000 residents", or the number alone. */
export function englishQuantity(num: string, unit: Localized | undefined, n?: number): string {
  const en = unit && englishUnit(unit, n);
  if (!en) return num;
  const { num: shown, word } = scaled(num, en);
  if (!word) return shown;
  return TIGHT_UNITS.has(word) ? `${shown}${word}` : `${shown} ${word}`;
}
