import { CRITERION_STATUS_WORDS } from '../../scoring/status-words.js';

/** The languages an export is written in: Chinese for the commissions, English on request (`?lang=en`). */
export type ExportLang = 'zh' | 'en';

type Words = Record<string, { zh: string; en: string }>;

/** Criterion statuses as an officer reads them (the engine's codes never reach a spreadsheet). */
export const CRITERION_STATUS: Words = CRITERION_STATUS_WORDS;

/** Where a submission stands in the workflow. */
export const SUBMISSION_STATUS: Words = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交（评分中）', en: 'Submitted (scoring)' },
  scored: { zh: '已评分', en: 'Scored' },
  returned: { zh: '已退回', en: 'Returned' },
};

export const EVALUATION_KIND: Words = {
  self: { zh: '自评', en: 'Self-evaluation' },
  expert: { zh: '专家评估', en: 'Expert evaluation' },
};

export const ROUND_TYPE: Words = {
  baseline: { zh: '基线评估', en: 'Baseline' },
  annual: { zh: '年度评估', en: 'Annual' },
  final: { zh: '终期评估', en: 'Final' },
};

/** The header of a column of codes (ids), named like the others: a sheet speaks its language throughout. */
export const ID_HEADER = {
  institution: { zh: '机构编号', en: 'Institution ID' },
  region: { zh: '地区编号', en: 'Region ID' },
  criterion: { zh: '指标编号', en: 'Criterion ID' },
} as const;

/** The header of the id column of `what`, in the export's language. */
export const idHeader = (what: keyof typeof ID_HEADER, lang: ExportLang) => ID_HEADER[what][lang];

/** A word from one of the tables above; an unknown code is shown as it is rather than hidden. */
export function word(words: Words, code: string, lang: ExportLang): string {
  return words[code]?.[lang] ?? code;
}

/** Localized text in the export's language, falling back to Chinese where no English was given. */
export function text(value: { zh: string; en?: string } | null | undefined, lang: ExportLang): string | null {
  if (!value) return null;
  return lang === 'en' ? value.en ?? value.zh : value.zh;
}

/** Chinese or English, for headers and fixed phrases. */
export const t = (lang: ExportLang, zh: string, en: string) => (lang === 'zh' ? zh : en);
