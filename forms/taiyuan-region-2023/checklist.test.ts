import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { Submission } from '../../functions/scoring/result-types.js';

const { definition, compiled, scoreSample: score, criterion } = checklistKit(new URL('./', import.meta.url));

describe('taiyuan-region-2023 definition', () => {
  it('validates, is published and assesses a region', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('region');
  });

  it('derives every share from counts the commission can enter', () => {
    const shares = compiled.definition.criteria.filter((c) => c.value && 'derived' in c.value).map((c) => c.id);
    expect(shares).toEqual(['general-grade', 'tcm-grade', 'platform-access', 'paired-support', 'quarterly-reports']);
  });
});

describe('taiyuan-region-2023 golden results', () => {
  it('a share whose part exceeds its whole has no value until corrected', () => {
    const submission = JSON.parse(readFileSync(new URL('./samples/qingxu-all-met.json', import.meta.url), 'utf8')) as Submission;
    const typo = { ...submission, answers: { ...submission.answers, management: { institutions: 3, platformConnected: 4, pairedWithTertiary: 3, qcNetwork: true } } };
    const r = scoreSubmission(compiled, typo);
    expect(criterion(r, 'platform-access').status).toBe('missing');
    expect(criterion(r, 'paired-support').status).toBe('met');
    expect(r.complete).toBe(false);
  });


  it('a county that meets everything is 优秀', () => {
    const r = score('qingxu-all-met');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ met: 23, partial: 0, 'not-met': 0, missing: 0, 'not-applicable': 2, info: 12 });
    // The 5 provincial TCM specialties are a city-wide total: the county's count is recorded, not graded.
    expect(criterion(r, 'tcm-provincial-specialties').status).toBe('info');
    expect(criterion(r, 'tcm-provincial-specialties').actual?.text.zh).toBe('2个');
    expect(criterion(r, 'regional-centre').status).toBe('met');
    expect(criterion(r, 'responsibility-letter').status).toBe('met');
  });

  it('a county failing broadly is 不合格, with gaps in the plan units', () => {
    const r = score('loufan-broad-fail');
    expect(r.total).toBe(27.7);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.counts).toMatchObject({ met: 2, partial: 9, 'not-met': 10, 'not-applicable': 5 });
    expect(criterion(r, 'general-grade').actual?.value).toBe(50);
    expect(criterion(r, 'general-grade').status).toBe('partial');
    expect(criterion(r, 'infectious-beds').gap?.text.zh).toBe('差20张');
    expect(criterion(r, 'ems-radius').gap?.text.zh).toBe('超出15公里');
    expect(criterion(r, 'weak-specialties').gap?.text.zh).toBe('差3个');
    expect(criterion(r, 'three-lists').gap?.missingItems).toEqual(['supervision', 'group-operations']);
    expect(criterion(r, 'platform-access').actual?.value).toBe(25);
    // 娄烦县 is under 30万: the MCH institution must run an outpatient clinic, and does not.
    expect(criterion(r, 'mch-outpatient').status).toBe('not-met');
    expect(criterion(r, 'mch-grade').status).toBe('not-applicable');
  });
});

describe('taiyuan-region-2023 context rules', () => {
  it('the same 30 infectious-disease beds are met in 阳曲县 but not in 清徐县', () => {
    const yangqu = score('beds-30-yangqu');
    const qingxu = score('beds-30-qingxu');
    expect(criterion(yangqu, 'infectious-beds').status).toBe('met');
    expect(criterion(qingxu, 'infectious-beds').status).toBe('not-met');
    expect(criterion(qingxu, 'infectious-beds').gap?.text.zh).toBe('差20张');
    expect(yangqu.total).toBe(100);
    expect(qingxu.total).toBe(94.3);
    // The capitation pilot is 阳曲县's alone.
    expect(criterion(yangqu, 'capitation-pilot').status).toBe('met');
    expect(criterion(qingxu, 'capitation-pilot').status).toBe('not-applicable');
  });

  it('the MCH institution must reach grade 2 at 30万 and above, and run an outpatient clinic below', () => {
    const large = score('mch-population-35');
    const small = score('mch-population-25');
    expect(criterion(large, 'mch-grade').status).toBe('not-met');
    expect(criterion(large, 'mch-outpatient').status).toBe('not-applicable');
    expect(criterion(small, 'mch-grade').status).toBe('not-applicable');
    expect(criterion(small, 'mch-outpatient').status).toBe('met');
    expect(large.total).toBe(92.7);
    expect(small.total).toBe(100);
  });

  it('a missing regional medical centre counts against 古交市 only', () => {
    const gujiao = score('no-regional-centre-gujiao');
    const yingze = score('no-regional-centre-yingze');
    expect(criterion(gujiao, 'regional-centre').status).toBe('not-met');
    expect(criterion(yingze, 'regional-centre').status).toBe('not-applicable');
    expect(criterion(gujiao, 'infectious-beds').status).toBe('met');
    expect(criterion(yingze, 'infectious-beds').status).toBe('not-applicable');
    expect(criterion(yingze, 'tcm-grade').status).toBe('met');
    expect(gujiao.total).toBe(92.4);
    expect(yingze.total).toBe(100);
  });

  it('yearly specialty support and quarterly reports are not assessed at the baseline survey', () => {
    const baseline = score('baseline-2023');
    const annual = score('annual-2023');
    for (const id of ['weak-specialties', 'tcm-specialties', 'mch-specialties', 'quarterly-reports']) {
      expect(criterion(baseline, id).status, id).toBe('not-applicable');
    }
    expect(baseline.total).toBe(100);
    expect(criterion(annual, 'weak-specialties').status).toBe('not-met');
    expect(criterion(annual, 'quarterly-reports').status).toBe('partial');
    expect(annual.total).toBe(89);
    expect(annual.band?.label.zh).toBe('良好');
  });
});
