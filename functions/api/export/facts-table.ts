import type { RoundExport } from '../../domain/services/round-export.js';
import { vetoBasisText } from '../../scoring/veto-basis-text.js';
import { CRITERION_STATUS, EVALUATION_KIND, idHeader, t, text, word, type ExportLang } from './export-words.js';
import { participantColumns } from './participant-columns.js';
import type { Table } from './results-tables.js';

/**
 * One row per scored submission and criterion: what the participant reported against what the plan
 * asks, the gap, the status in words and the points, with the checklist and engine version that
 * produced it, so a row read on its own can be traced and compared.
 */
export function factsTable(r: RoundExport, lang: ExportLang): Table {
  const who = participantColumns(r, lang);
  const titles = new Map(r.criteria.map((c) => [c.id, c]));
  const yes = t(lang, '是', 'yes');
  return {
    name: t(lang, '指标明细', 'details'),
    header: [
      who.idHeader, who.nameHeader, who.regionHeader, t(lang, '评估类型', 'Evaluation'),
      t(lang, '评估表版本', 'Checklist version'), t(lang, '评分引擎版本', 'Engine version'),
      idHeader('criterion', lang), t(lang, '条款', 'Clause'), t(lang, '指标', 'Criterion'), t(lang, '状态', 'Status'),
      t(lang, '实际值', 'Actual'), t(lang, '实际数值', 'Actual (number)'), t(lang, '目标', 'Target'),
      t(lang, '差距', 'Gap'), t(lang, '差距数值', 'Gap (number)'), t(lang, '得分', 'Points'), t(lang, '满分', 'Max points'),
      t(lang, '一票否决项', 'Veto item'), t(lang, '否决依据', 'Veto basis'),
    ],
    rows: r.facts.flatMap((f) => {
      const participant = who.cells(f.participant.id);
      return f.criteria.map((c) => {
        const title = c.title ?? titles.get(c.id)?.title;
        const actual = c.actual?.value;
        return [
          ...participant,
          word(EVALUATION_KIND, f.kind, lang),
          f.checklistVersion,
          f.engineVersion,
          c.id,
          c.clause ?? titles.get(c.id)?.clause ?? null,
          text(title, lang),
          word(CRITERION_STATUS, c.status, lang),
          text(c.actual?.text, lang),
          typeof actual === 'number' ? actual : null,
          text(c.target?.text, lang),
          text(c.gap?.text, lang),
          c.gap?.amount ?? null,
          c.points,
          c.maxPoints,
          c.veto ? yes : null,
          c.veto ? text(vetoBasisText(c.vetoBasis), lang) : null,
        ];
      });
    }),
  };
}
