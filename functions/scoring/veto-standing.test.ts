import { describe, expect, it } from 'vitest';
import { compileChecklist } from './compile.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import { scoreSubmission } from './score.js';
import { vetoStanding } from './veto-standing.js';

const compiled = compileChecklist(sampleDefinition());
const context = { type: 'general', county: 'a', grade: '2', year: 2025, round: 'final' } as const;
const evidence = { centres: [{ name: '认证证书.pdf' }] };
const score = (answers: Record<string, unknown>) => scoreSubmission(compiled, { context, answers, evidence });
/** Every criterion met except the veto item, which is left unanswered. */
const vetoUnanswered = () => {
  const answers = perfectAnswers();
  delete (answers.quality as Partial<typeof answers.quality>).illegalDebt;
  return score(answers);
};

describe('vetoStanding', () => {
  it('reads a blank draft’s veto item as not yet answered, not as hit', () => {
    const standing = vetoStanding(score({}), 'draft');
    expect(standing.hits).toEqual([]);
    expect(standing.unanswered).toEqual(['no-illegal-debt']);
    expect(standing.capped).toBe(false);
  });

  it('does not cap a draft’s band for a veto item it has not answered yet', () => {
    const result = vetoUnanswered();
    // The engine's rule is unchanged: the stored result caps the band.
    expect([result.band?.id, result.bandBeforeVeto?.id]).toEqual(['fail', 'excellent']);
    expect(vetoStanding(result, 'draft')).toMatchObject({ hits: [], unanswered: ['no-illegal-debt'], capped: false, band: { id: 'excellent' } });
  });

  it('keeps the documented rule on a handed-in evaluation: unanswered is a hit and caps the band', () => {
    expect(vetoStanding(vetoUnanswered(), 'final')).toMatchObject({ hits: ['no-illegal-debt'], unanswered: ['no-illegal-debt'], capped: true, band: { id: 'fail' } });
  });

  it('caps a draft’s band as soon as the veto item is answered and not met', () => {
    const answers = perfectAnswers();
    answers.quality.illegalDebt = true;
    const standing = vetoStanding(score(answers), 'draft');
    expect(standing).toMatchObject({ hits: ['no-illegal-debt'], unanswered: [], capped: true, band: { id: 'fail' } });
  });

  it('reports nothing when the veto item is met', () => {
    expect(vetoStanding(score(perfectAnswers()), 'draft')).toMatchObject({ hits: [], unanswered: [], capped: false, band: { id: 'excellent' } });
  });
});
