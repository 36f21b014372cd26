import type { ScoreResult } from '../scoring/result-types.js';
import { CRITERION_STATUS_WORDS } from '../scoring/status-words.js';
import { vetoBasisText } from '../scoring/veto-basis-text.js';

/** A mark per status, so a terminal reader can scan the column. */
const MARKS: Record<string, string> = { met: '✔', partial: '◐', 'not-met': '✘', 'not-applicable': '–', missing: '?', info: 'i' };
const STATUS_WORDS: Record<string, { zh: string; en: string; mark: string }> = Object.fromEntries(
  Object.entries(CRITERION_STATUS_WORDS).map(([status, words]) => [status, { ...words, mark: MARKS[status]! }]),
);

/** A score as a person reads it in a terminal: one line per criterion, section subtotals, total and band. */
export function formatResult(result: ScoreResult, lang: 'zh' | 'en'): string {
  const t = (l: { zh: string; en?: string }) => (lang === 'zh' ? l.zh : l.en ?? l.zh);
  const lines: string[] = [];
  lines.push(`${result.checklist.id} v${result.checklist.version} · engine ${result.engineVersion} · inputs ${result.inputHash.slice(0, 12)}`);
  for (const section of result.sections) {
    const own = result.criteria.filter((c) => c.section === section.id);
    if (!own.length) continue;
    const sub = section.score === null ? '—' : `${section.points}/${section.maxPoints} (${section.score})`;
    lines.push('', `■ ${t(section.title)}  ${sub}`);
    for (const c of own) {
      const w = STATUS_WORDS[c.status]!;
      const parts = [`  ${w.mark} [${c.clause}] ${t(c.title)}: ${lang === 'zh' ? w.zh : w.en}`];
      if (c.actual) parts.push(`${lang === 'zh' ? '实际' : 'actual'} ${t(c.actual.text)}`);
      if (c.target) parts.push(`${lang === 'zh' ? '目标' : 'target'} ${t(c.target.text)}${c.target.note ? `（${t(c.target.note)}）` : ''}`);
      if (c.gap) parts.push(t(c.gap.text));
      if (c.maxPoints > 0) parts.push(`${c.points}/${c.maxPoints}`);
      if (c.veto) parts.push(lang === 'zh' ? '一票否决项' : 'veto item');
      lines.push(parts.join(' · '));
    }
  }
  lines.push('');
  if (result.contextProblems) {
    lines.push(lang === 'zh' ? '✘ 评估背景有误，无法计分：' : '✘ The context cannot be scored:');
    for (const p of result.contextProblems) lines.push(`  ${p.path}  ${p.message}  [${p.code}]`);
  }
  if (result.error) lines.push(`✘ ${result.error.message}  [${result.error.code}]`);
  const band = result.band ? t(result.band.label) : '—';
  lines.push(`${lang === 'zh' ? '总分' : 'Total'}: ${result.total ?? '—'} / 100 · ${lang === 'zh' ? '等级' : 'Band'}: ${band}`);
  if (result.vetoHits.length) {
    lines.push(`${lang === 'zh' ? '一票否决' : 'Veto'}: ${result.vetoHits.join(', ')} (${lang === 'zh' ? '未否决时' : 'without veto'}: ${result.bandBeforeVeto ? t(result.bandBeforeVeto.label) : '—'})`);
    for (const id of result.vetoHits) {
      const hit = result.criteria.find((c) => c.id === id);
      lines.push(`  ${id}: ${t(vetoBasisText(hit?.vetoBasis))}`);
    }
  }
  const c = result.counts;
  lines.push(`${c.met} ${STATUS_WORDS.met![lang]} · ${c.partial} ${STATUS_WORDS.partial![lang]} · ${c['not-met']} ${STATUS_WORDS['not-met']![lang]} · ${c.missing} ${STATUS_WORDS.missing![lang]} · ${c['not-applicable']} ${STATUS_WORDS['not-applicable']![lang]} · ${c.info} ${STATUS_WORDS.info![lang]}`);
  return lines.join('\n');
}
