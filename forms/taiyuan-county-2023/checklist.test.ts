import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';

const { definition, compiled, sample, scoreSample: score, criterion } = checklistKit(new URL('./', import.meta.url));

describe('taiyuan-county-2023 definition', () => {
  it('validates and is published', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('institution');
  });

  it('keeps every section of the plan that sets institution targets, in the plan order', () => {
    expect(compiled.definition.sections.map((s) => s.clause)).toEqual(['一(二)', '二(一)', '二(二)', '二(三)', '二(四)', '二(五)', '二(六)', '三', '四']);
  });

  it('has an English label for every form field', () => {
    const en = compiled.definition.form.i18n?.en ?? {};
    const schema = compiled.definition.form.schema as { properties: Record<string, { properties: Record<string, unknown> }> };
    for (const [section, node] of Object.entries(schema.properties)) {
      for (const field of Object.keys(node.properties)) expect(en[`${section}.${field}.label`], `${section}.${field}`).toBeTruthy();
    }
  });
});

describe('taiyuan-county-2023 golden results', () => {
  it('a general hospital that meets everything is 优秀 with no veto', () => {
    const r = score('general-qingxu-all-met');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ met: 40, partial: 0, 'not-met': 0, missing: 0, 'not-applicable': 5, info: 24 });
    // Qingxu's own bed target and the named hospital's EMR target are the ones applied.
    expect(criterion(r, 'infectious-beds').target?.text.zh).toContain('50');
    expect(criterion(r, 'emr-level').target?.text.zh).toBe('不低于4级');
    expect(criterion(r, 'area-per-bed').status).toBe('met');
    expect(criterion(r, 'bed-area').actual?.value).toBe(120);
  });

  it('a hospital failing broadly is 不合格 on its total alone (the plan names no veto)', () => {
    const r = score('general-loufan-broad-fail');
    expect(r.total).toBe(19.8);
    expect(r.band?.label.zh).toBe('不合格');
    // Fever clinic and lab biosafety are not met, and cost their points, but cap nothing.
    expect(r.vetoHits).toEqual([]);
    expect(criterion(r, 'fever-clinic').status).toBe('not-met');
    expect(criterion(r, 'lab-biosafety').status).toBe('not-met');
    expect(r.counts).toMatchObject({ met: 7, partial: 6, 'not-met': 26 });
    expect(criterion(r, 'grade').gap?.text.zh).toBe('差1级');
    expect(criterion(r, 'infectious-beds').gap?.text.zh).toBe('差12张');
    expect(criterion(r, 'emergency-centres').status).toBe('partial');
    expect(criterion(r, 'emergency-centres').gap?.missingItems).toEqual(['trauma', 'maternal', 'child-neonatal']);
    expect(criterion(r, 'interop').gap?.text.zh).toBe('差3级');
    expect(criterion(r, 'quarterly-reports').actual?.value).toBe(25);
    expect(criterion(r, 'quarterly-reports').points).toBe(0.5);
    // Info items read as an officer would: level names and listed items, not raw codes.
    expect(criterion(r, 'capability-aim').actual?.text.zh).toBe('基本标准');
    expect(criterion(r, 'premises').actual?.text.zh).toBe('1/4：发热门诊');
    // Not rebuilt in the period, so the site-area rule does not apply.
    expect(criterion(r, 'land-area').status).toBe('not-applicable');
  });
});

describe('taiyuan-county-2023 context rules', () => {
  it('the same 30 infectious-disease beds are met in 阳曲县 (≥ 20) but not in 清徐县 (≥ 50)', () => {
    const yangqu = score('beds-30-yangqu');
    const qingxu = score('beds-30-qingxu');
    expect(criterion(yangqu, 'infectious-beds').status).toBe('met');
    expect(criterion(yangqu, 'infectious-beds').target?.note?.zh).toContain('阳曲县');
    expect(criterion(qingxu, 'infectious-beds').status).toBe('not-met');
    expect(criterion(qingxu, 'infectious-beds').gap?.text.zh).toBe('差20张');
    expect(yangqu.total).toBe(100);
    expect(qingxu.total).toBe(95.7);
    expect(qingxu.band?.label.zh).toBe('优秀');
  });

  it('infectious-disease beds have no target outside the three counties and one city', () => {
    const r = score('emr-3-other-hospital');
    expect(criterion(r, 'infectious-beds').status).toBe('met');
    const elsewhere = scoreSubmission(compiled, { ...sample('emr-3-other-hospital'), context: { ...sample('emr-3-other-hospital').context, county: 'other' } });
    expect(criterion(elsewhere, 'infectious-beds').status).toBe('not-applicable');
    expect(criterion(elsewhere, 'infectious-beds').reason).toBe('no-target-for-context');
  });

  it('EMR level 3 falls short for 古交市中心医院 (≥ 4) but meets the target for other county hospitals (≥ 3)', () => {
    const named = score('emr-3-gujiao-central');
    const other = score('emr-3-other-hospital');
    expect(criterion(named, 'emr-level').status).toBe('not-met');
    expect(criterion(named, 'emr-level').gap?.text.zh).toBe('差1级');
    expect(criterion(other, 'emr-level').status).toBe('met');
    expect(criterion(other, 'emr-level').target?.text.zh).toBe('不低于3级');
    expect(named.total).toBe(94.2);
    expect(other.total).toBe(100);
  });

  it('an MCH institution in an area of 30万 or more must reach grade 2; below 30万 it must run an outpatient clinic', () => {
    const large = score('mch-population-45');
    const small = score('mch-population-20');
    expect(criterion(large, 'grade').status).toBe('not-met');
    expect(criterion(large, 'grade').target?.text.zh).toBe('不低于二级丙等');
    expect(criterion(large, 'mch-outpatient').status).toBe('not-applicable');
    expect(criterion(small, 'grade').status).toBe('not-applicable');
    expect(criterion(small, 'mch-outpatient').status).toBe('met');
    expect(large.total).toBe(87.7);
    expect(large.band?.label.zh).toBe('良好');
    expect(small.total).toBe(100);
    // General-hospital items (centres, infectious district) never apply to an MCH institution.
    expect(criterion(small, 'emergency-centres').status).toBe('not-applicable');
    expect(criterion(small, 'infectious-beds').status).toBe('not-applicable');
  });

  it('a grade-1A TCM hospital misses the grade target in 娄烦县 but has none in an area the plan does not name', () => {
    const loufan = score('tcm-grade-1a-loufan');
    const other = score('tcm-grade-1a-other-county');
    expect(criterion(loufan, 'grade').status).toBe('not-met');
    expect(criterion(other, 'grade').status).toBe('not-applicable');
    expect(loufan.total).toBe(89.4);
    expect(loufan.band?.label.zh).toBe('良好');
    expect(other.total).toBe(100);
    expect(criterion(other, 'tcm-centres').status).toBe('met');
    // The 5 provincial TCM specialties are a city-wide total: recorded, not graded per hospital.
    expect(criterion(other, 'tcm-provincial-specialties').status).toBe('info');
    expect(criterion(other, 'tcm-provincial-specialties').actual?.value).toBe(1);
    expect(criterion(other, 'tcm-provincial-specialties').maxPoints).toBe(0);
  });

  it('a missing fever clinic costs its points from grade 2 up, is not applicable below, and is no veto', () => {
    const grade1 = score('tcm-grade-1a-other-county');
    const grade2 = score('tcm-grade-2c-no-fever-clinic');
    expect(criterion(grade1, 'fever-clinic').status).toBe('not-applicable');
    expect(criterion(grade1, 'admission-centre').status).toBe('not-applicable');
    expect(grade1.vetoHits).toEqual([]);
    expect(criterion(grade2, 'fever-clinic').status).toBe('not-met');
    expect(criterion(grade2, 'fever-clinic').points).toBe(0);
    // 二(二)7 states it in the same words as the weighted infectious-disease targets: no 一票否决.
    expect(criterion(grade2, 'fever-clinic').veto).toBe(false);
    expect(grade2.vetoHits).toEqual([]);
    expect(grade2.total).toBe(94.7);
    expect(grade2.band?.label.zh).toBe('优秀');
  });

  it('quarterly reports are not assessed at the baseline survey, and are at the annual round', () => {
    const baseline = score('reports-baseline-2023');
    const annual = score('reports-annual-2023');
    expect(criterion(baseline, 'quarterly-reports').status).toBe('not-applicable');
    expect(baseline.total).toBe(100);
    expect(criterion(annual, 'quarterly-reports').status).toBe('not-met');
    expect(criterion(annual, 'quarterly-reports').actual?.value).toBe(0);
    expect(annual.total).toBe(98.6);
  });

  it('an EMR level without its evaluation report does not count', () => {
    const submission = sample('general-qingxu-all-met');
    const withoutEvidence = { ...submission, evidence: { ...submission.evidence, 'emr-level': [] } };
    const r = scoreSubmission(compiled, withoutEvidence);
    expect(criterion(r, 'emr-level').status).toBe('not-met');
    expect(criterion(r, 'emr-level').reason).toBe('evidence-missing');
  });
});

describe('taiyuan-county-2023 context rules (format 1.1)', () => {
  it('a named hospital placed in another county cannot be scored: no total, the contradiction listed', () => {
    const moved = scoreSubmission(compiled, { ...sample('general-qingxu-all-met'), context: { ...sample('general-qingxu-all-met').context, county: 'yangqu' } });
    expect([moved.total, moved.band]).toEqual([null, null]);
    expect(moved.contextProblems).toEqual([expect.objectContaining({ path: '/county', code: 'context-conflict', message: expect.stringContaining('清徐县人民医院在清徐县') })]);
  });

  it('a named hospital is a county general hospital', () => {
    const tcm = scoreSubmission(compiled, { ...sample('emr-3-gujiao-central'), context: { ...sample('emr-3-gujiao-central').context, institutionType: 'county-tcm' } });
    expect(tcm.contextProblems?.map((p) => `${p.path} ${p.code}`)).toEqual(['/institutionType context-conflict']);
  });
});
