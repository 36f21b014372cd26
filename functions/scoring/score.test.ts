import { describe, expect, it } from 'vitest';
import { compileChecklist } from './compile.js';
import { scoreSubmission } from './score.js';
import { perfectAnswers, sampleDefinition } from './fixtures/sample-definition.js';
import type { Submission } from './result-types.js';

const compiled = compileChecklist(sampleDefinition());
const context = { type: 'general', county: 'a', grade: '2', year: 2025, round: 'final' } as const;
const evidence = { centres: [{ name: '认证证书.pdf' }] };
const score = (answers: Record<string, unknown>, ctx: Submission['context'] = context, ev: Submission['evidence'] = evidence) =>
  scoreSubmission(compiled, { context: ctx, answers, evidence: ev });
const byId = (result: ReturnType<typeof score>, id: string) => result.criteria.find((c) => c.id === id)!;

function withAnswers(patch: (a: ReturnType<typeof perfectAnswers>) => void) {
  const answers = perfectAnswers();
  patch(answers);
  return answers;
}

describe('scoreSubmission', () => {
  it('gives 100 and the top band when everything is met', () => {
    const result = score(perfectAnswers());
    expect(result.total).toBe(100);
    expect(result.band?.label.zh).toBe('优秀');
    expect(result.vetoHits).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.counts).toMatchObject({ met: 7, info: 1 });
  });

  it('picks the target by named county: 30 beds meet 甲县 (≥ 20) but not 乙县 (≥ 50)', () => {
    const answers = withAnswers((a) => { a.beds.infectious = 30; });
    const inA = byId(score(answers), 'infectious-beds');
    const inB = byId(score(answers, { ...context, county: 'b' }), 'infectious-beds');
    expect(inA.status).toBe('met');
    expect(inB.status).toBe('not-met');
    expect(inB.gap?.text).toEqual({ zh: '差20张', en: '20 beds short' });
    expect(inB.target?.text.en).toBe('at least 50 beds');
  });

  it('drops a criterion that does not apply from the denominator instead of failing it', () => {
    const mch = score(withAnswers((a) => { a.beds.infectious = 0; }), { ...context, type: 'mch' });
    const beds = byId(mch, 'infectious-beds');
    expect(beds.status).toBe('not-applicable');
    expect(beds.maxPoints).toBe(0);
    expect(mch.total).toBe(100);
    expect(mch.maxPoints).toBe(compiled.definition.criteria.reduce((s, c) => s + (c.weight ?? 0), 0) - 10);
  });

  it('treats a criterion without a target for this context as not applicable', () => {
    const result = score(perfectAnswers(), { type: 'general', grade: '2', year: 2025 });
    expect(byId(result, 'infectious-beds')).toMatchObject({ status: 'not-applicable', reason: 'no-target-for-context' });
  });

  it('raises the EMR target with the hospital grade', () => {
    const answers = withAnswers((a) => { a.quality.emr = '4'; });
    expect(byId(score(answers), 'emr').status).toBe('met');
    const tertiary = byId(score(answers, { ...context, grade: '3' }), 'emr');
    expect(tertiary.status).toBe('not-met');
    expect(tertiary.gap?.text.zh).toBe('差1级');
    expect(tertiary.target?.text.zh).toBe('不低于5级');
  });

  it('derives the surgery share from raw counts and gives linear partial credit', () => {
    const result = score(withAnswers((a) => { a.quality.surgeries = 250; }));
    const share = byId(result, 'surgery-share');
    expect(share.actual?.value).toBe(25);
    expect(share.status).toBe('partial');
    expect(share.points).toBe(5);
    expect(share.gap?.text.zh).toBe('差10个百分点');
  });

  it('reports a share of zero discharges as missing, not as 0%', () => {
    const share = byId(score(withAnswers((a) => { a.quality.discharges = 0; })), 'surgery-share');
    expect(share.status).toBe('missing');
    expect(share.points).toBe(0);
  });

  it('scores "about 45%" as met within the tolerance and shows the deviation beyond it', () => {
    expect(byId(score(withAnswers((a) => { a.quality.staffCost = 47.5; })), 'staff-cost').status).toBe('met');
    const off = byId(score(withAnswers((a) => { a.quality.staffCost = 52; })), 'staff-cost');
    expect(off.status).toBe('partial');
    expect(off.gap?.text.zh).toBe('偏离7个百分点（允许±3个百分点）');
  });

  it('caps the band with a veto item whatever the total', () => {
    const result = score(withAnswers((a) => { a.quality.illegalDebt = true; }));
    expect(result.total).toBeGreaterThan(90);
    expect(result.bandBeforeVeto?.id).toBe('excellent');
    expect(result.band?.id).toBe('fail');
    expect(result.vetoHits).toEqual(['no-illegal-debt']);
  });

  it('treats an unanswered veto item as a veto hit', () => {
    const result = score(withAnswers((a) => { delete (a.quality as Partial<typeof a.quality>).illegalDebt; }));
    expect(result.vetoHits).toEqual(['no-illegal-debt']);
    expect(result.complete).toBe(false);
  });

  it('does not count a coverage item as met without its required evidence', () => {
    const centres = byId(score(perfectAnswers(), context, {}), 'centres');
    expect(centres).toMatchObject({ status: 'not-met', reason: 'evidence-missing', points: 0 });
  });

  it('gives proportional credit for coverage and names what is missing', () => {
    const centres = byId(score(withAnswers((a) => { a.quality.centres = ['chest', 'stroke']; })), 'centres');
    expect(centres.status).toBe('partial');
    expect(centres.points).toBe(6);
    expect(centres.gap?.missingItems).toEqual(['trauma']);
    expect(centres.gap?.text.zh).toBe('差1项（未具备：创伤中心）');
  });

  it('keeps informational items visible without points', () => {
    const aim = byId(score(perfectAnswers()), 'aim');
    expect(aim).toMatchObject({ status: 'info', points: 0, maxPoints: 0 });
    expect(aim.actual?.text.zh).toBe('进入前十');
  });

  it('subtotals each section on a 100-point scale', () => {
    const result = score(withAnswers((a) => { a.beds.feverClinic = false; }));
    const beds = result.sections.find((s) => s.id === 'beds')!;
    expect(beds).toMatchObject({ points: 10, maxPoints: 15, score: 66.7 });
  });

  it('is reproducible: same inputs, same hash; any change, another hash', () => {
    const a = score(perfectAnswers());
    const b = score(perfectAnswers());
    const c = score(withAnswers((x) => { x.beds.infectious = 21; }));
    expect(a.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.inputHash).toBe(b.inputHash);
    expect(c.inputHash).not.toBe(a.inputHash);
    expect(a.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(a.checklist).toEqual({ id: 'sample', version: 1 });
  });

  it('reports unanswered criteria as missing and the result as incomplete', () => {
    const result = score({});
    expect(result.complete).toBe(false);
    expect(result.total).toBe(0);
    expect(result.band?.id).toBe('fail');
    expect(byId(result, 'emr').status).toBe('missing');
  });

  it('format 1.0 grades a derived share unrounded, and shows it with the decimals that say so: 34.96% (not "35%") misses ≥ 35%', () => {
    const share = byId(score(withAnswers((a) => { a.quality.discharges = 10000; a.quality.surgeries = 3496; })), 'surgery-share');
    expect(share.actual).toEqual({ value: 34.96, text: { zh: '34.96%', en: '34.96%' } });
    expect(share.status).toBe('partial');
    expect(share.gap?.text.zh).toBe('差0.04个百分点');
    // Where rounding does not change the verdict, the declared decimals stand.
    const low = byId(score(withAnswers((a) => { a.quality.discharges = 10000; a.quality.surgeries = 3012; })), 'surgery-share');
    expect(low.actual?.text.zh).toBe('30.1%');
  });

  it('format 1.1 grades a derived value as reported, rounded to its decimals: 34.96% is 35.0% and meets ≥ 35%', () => {
    const v11 = compileChecklist({ ...sampleDefinition(), format: 1.1 });
    const result = scoreSubmission(v11, { context, answers: withAnswers((a) => { a.quality.discharges = 10000; a.quality.surgeries = 3496; }), evidence });
    const share = byId(result, 'surgery-share');
    expect([share.actual?.text.zh, share.status, share.gap]).toEqual(['35%', 'met', null]);
    const below = byId(scoreSubmission(v11, { context, answers: withAnswers((a) => { a.quality.discharges = 10000; a.quality.surgeries = 3494; }), evidence }), 'surgery-share');
    expect([below.actual?.text.zh, below.status, below.gap?.text.zh]).toEqual(['34.9%', 'partial', '差0.1个百分点']);
  });

  it('shows an informational item only where it applies', () => {
    const d = sampleDefinition();
    d.criteria.find((c) => c.id === 'aim')!.appliesWhen = { context: { type: 'general' } };
    const own = compileChecklist(d);
    const mch = scoreSubmission(own, { context: { ...context, type: 'mch' }, answers: perfectAnswers() });
    expect(mch.criteria.find((c) => c.id === 'aim')!.status).toBe('not-applicable');
  });

  it('counts partial credit on a veto item as a veto hit', () => {
    const d = sampleDefinition();
    d.criteria.find((c) => c.id === 'surgery-share')!.veto = true;
    const own = compileChecklist(d);
    const answers = withAnswers((a) => { a.quality.surgeries = 300; });
    const result = scoreSubmission(own, { context, answers, evidence });
    expect(result.criteria.find((c) => c.id === 'surgery-share')!.status).toBe('partial');
    expect(result.vetoHits).toEqual(['surgery-share']);
    expect(result.band?.id).toBe('fail');
  });

  it('carries a veto hit’s basis into the result, so the result page can say whose rule it is', () => {
    const d = sampleDefinition();
    const debt = d.criteria.find((c) => c.id === 'no-illegal-debt')!;
    debt.vetoBasis = { kind: 'plan', quote: { zh: '严禁违规新增举借长期债务', en: 'new long-term debt in breach of the rules is strictly forbidden' }, clause: '二(5)' };
    const result = scoreSubmission(compileChecklist(d), { context, answers: withAnswers((a) => { a.quality.illegalDebt = true; }), evidence });
    const hit = result.criteria.find((c) => c.id === 'no-illegal-debt')!;
    expect(result.vetoHits).toEqual(['no-illegal-debt']);
    expect(hit.vetoBasis).toEqual(debt.vetoBasis);
    // A version-1 definition without a basis still scores; its results simply carry none.
    expect(byId(score(perfectAnswers()), 'no-illegal-debt').vetoBasis).toBeUndefined();
  });

  it('locates answer problems at the field: a missing required answer, a wrong type', () => {
    const d = sampleDefinition();
    (d.form.schema.properties as { beds: { required?: string[] } }).beds.required = ['infectious'];
    const own = compileChecklist(d);
    const issues = own.validateAnswers({ beds: { feverClinic: 'yes' } });
    expect(issues).toContainEqual(expect.objectContaining({ path: '/beds/infectious', code: 'answer-required' }));
    expect(issues).toContainEqual(expect.objectContaining({ path: '/beds/feverClinic', code: 'answer-type' }));
  });

  it('shows a list on an informational item as its entries', () => {
    const d = sampleDefinition();
    d.criteria.find((c) => c.id === 'aim')!.value = { field: 'quality.centres' };
    const aim = scoreSubmission(compileChecklist(d), { context, answers: perfectAnswers(), evidence }).criteria.find((c) => c.id === 'aim')!;
    expect(aim.actual?.text.zh).toBe('chest、stroke、trauma');
  });

  it('flags answers that contradict each other (more operations than discharges) and does not grade them', () => {
    const d = sampleDefinition();
    d.derived![0]!.range = { min: 0, max: 100 };
    const own = compileChecklist(d);
    const answers = withAnswers((a) => { a.quality.surgeries = 1200; });
    expect(own.validateAnswers(answers)).toContainEqual(expect.objectContaining({ path: '/quality/surgeries', code: 'answer-inconsistent', message: expect.stringContaining('120%') }));
    const share = scoreSubmission(own, { context, answers, evidence }).criteria.find((c) => c.id === 'surgery-share')!;
    expect(share.status).toBe('missing');
    expect(own.validateAnswers(perfectAnswers())).toEqual([]);
  });

  it('says in English how far a derived value went, in an English unit where the definition gives only Chinese', () => {
    const d = sampleDefinition();
    d.derived![0]!.range = { min: 0, max: 30 };
    d.derived![0]!.unit = { zh: '人次' };
    const answers = withAnswers((a) => { a.quality.surgeries = 400; });
    const [issue] = compileChecklist(d).validateAnswers(answers).filter((i) => i.code === 'answer-inconsistent');
    expect(issue?.message).toContain('超出0–30人次');
    expect(issue?.message).toMatch(/works out at 40 person-times, outside 0–30 person-times\)$/);
  });

  it('reads numbers typed as text in the context as numbers, so year and population rules still apply', () => {
    const asText = score(perfectAnswers(), { ...context, year: '2025', population: '35' });
    expect(asText.context).toMatchObject({ year: 2025, population: 35 });
    expect(asText.inputHash).toBe(score(perfectAnswers(), { ...context, year: 2025, population: 35 }).inputHash);
  });

  it('reports answers under keys the form does not declare', () => {
    const issues = compiled.validateAnswers({ ...perfectAnswers(), nope: 1, beds: { infectious: 3, typo: 'x' } });
    expect(issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: '/nope', code: 'answer-unknown' }),
      expect.objectContaining({ path: '/beds/typo', code: 'answer-unknown' }),
    ]));
    expect(compiled.validateAnswers(perfectAnswers())).toEqual([]);
  });
});
