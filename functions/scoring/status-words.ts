import type { CriterionStatus } from './result-types.js';

/**
 * A criterion's status in words, as an officer reads it: the engine's codes never reach a
 * spreadsheet or a terminal. One list for every place that writes them (exports, the CLI).
 */
export const CRITERION_STATUS_WORDS: Readonly<Record<CriterionStatus, { zh: string; en: string }>> = {
  met: { zh: '达标', en: 'Met' },
  partial: { zh: '部分达标', en: 'Partly met' },
  'not-met': { zh: '未达标', en: 'Not met' },
  missing: { zh: '待填', en: 'To fill' },
  'not-applicable': { zh: '不适用', en: 'Not applicable' },
  info: { zh: '参考项', en: 'For information' },
};
