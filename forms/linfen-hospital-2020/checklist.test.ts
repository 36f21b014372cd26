import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult, Submission } from '../../functions/scoring/result-types.js';

const { definition, compiled, readJson, sample, sampleWith, scoreOf, criterion } = checklistKit(new URL('./', import.meta.url));

/** Scores a sample, its context normalized first, after checking it is a well-formed submission for this checklist. */
function score(name: string): ScoreResult {
  const raw = sample(name);
  return scoreOf({ context: compiled.normalizeContext(raw.context), answers: raw.answers, evidence: raw.evidence ?? {} });
}

describe('linfen-hospital-2020', () => {
  it('refuses more wards with a toilet than wards instead of grading a share above 100%', () => {
    const raw = sample('county-general-all-met');
    const answers = structuredClone(raw.answers) as { capacity: { wards: number; wardsWithToilet: number } };
    answers.capacity.wardsWithToilet = answers.capacity.wards + 5;
    expect(compiled.validateAnswers(answers)).toContainEqual(expect.objectContaining({ code: 'answer-inconsistent', message: expect.stringMatching(/capacity\.wards.*capacity\.wardsWithToilet|capacity\.wardsWithToilet.*capacity\.wards/) }));
    const r = scoreSubmission(compiled, { context: compiled.normalizeContext(raw.context), answers, evidence: raw.evidence ?? {} });
    expect(criterion(r, 'ward-toilets').status).toBe('missing');
  });

  it('validates', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a county general hospital meeting every target is 优秀 with no veto', () => {
    const r = score('county-general-all-met');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.counts.met).toBe(11);
    expect(r.counts['not-met'] + r.counts.partial + r.counts.missing).toBe(0);
    expect(criterion(r, 'infectious-beds').target?.text.zh).toBe('30–50张');
  });

  it('a county general hospital failing broadly is 不合格 with three vetoes and explained gaps', () => {
    const r = score('county-general-broad-fail');
    expect(r.total).toBe(9.4);
    expect(r.band?.id).toBe('fail');
    expect(r.vetoHits).toEqual(['equipment-independent', 'ward-toilets', 'matching-funds']);
    const centres = criterion(r, 'county-centres');
    expect(centres.status).toBe('partial');
    expect(centres.points).toBeCloseTo((25 * 2) / 6, 2);
    expect(centres.gap?.missingItems).toEqual(['trauma', 'critical-maternal', 'critical-neonatal', 'infectious']);
    const beds = criterion(r, 'infectious-beds');
    expect(beds.status).toBe('not-met');
    expect(beds.target?.text.zh).toBe('10–15张');
    expect(beds.gap?.text.zh).toBe('差4张');
    expect(criterion(r, 'ward-toilets').actual?.value).toBe(25);
    expect(criterion(r, 'centre-equipment').gap?.missingItems).toEqual(['imaging', 'ventilation', 'sewage']);
  });

  describe('infectious disease beds follow the county group', () => {
    it('25 beds meet 20–30 in 曲沃县', () => {
      const r = score('beds-25-quwo');
      const beds = criterion(r, 'infectious-beds');
      expect(beds.status).toBe('met');
      expect(beds.target?.text.zh).toBe('20–30张');
      expect(beds.gap).toBeNull();
      expect(r.total).toBe(100);
    });

    it('the same 25 beds are 5 short of 30–50 in 洪洞县', () => {
      const r = score('beds-25-hongtong');
      const beds = criterion(r, 'infectious-beds');
      expect(beds.status).toBe('not-met');
      expect(beds.target?.text.zh).toBe('30–50张');
      expect(beds.gap?.amount).toBe(5);
      expect(beds.gap?.text.zh).toBe('差5张');
      expect(r.total).toBe(82.6); // 95 of 115 points
      expect(r.band?.label.zh).toBe('良好');
    });

    it('and 10 over the 10–15 range in 永和县', () => {
      const r = score('beds-25-yonghe');
      const beds = criterion(r, 'infectious-beds');
      expect(beds.status).toBe('not-met');
      expect(beds.target?.text.zh).toBe('10–15张');
      expect(beds.gap?.text.zh).toBe('超出10张');
      expect(r.total).toBe(82.6);
    });

    it('25 beds meet the 20–30 zone rule at 临汾市中心医院, where county-centre items do not apply', () => {
      const r = score('city-central-beds-25');
      expect(criterion(r, 'infectious-beds').status).toBe('met');
      expect(criterion(r, 'infectious-beds').target?.note?.zh).toContain('市中心医院');
      expect(criterion(r, 'zone-standard').status).toBe('met');
      for (const id of ['county-centres', 'centre-equipment', 'equipment-independent', 'ward-toilets', 'city-infectious-centre']) {
        expect(criterion(r, id).status).toBe('not-applicable');
      }
      expect(r.total).toBe(100);
    });
  });

  it('临汾市第三人民医院 is assessed on the city infectious disease centre', () => {
    const r = score('city-third-centre');
    expect(criterion(r, 'city-infectious-centre').status).toBe('not-met');
    expect(criterion(r, 'infectious-beds').status).toBe('not-applicable');
    expect(criterion(r, 'funds-tilted').status).toBe('not-applicable');
    expect(r.total).toBe(25); // special funds 10 of 40
    expect(r.band?.id).toBe('fail');
  });

  describe('geriatrics and rehabilitation apply from grade II', () => {
    it('a grade I county TCM hospital without them is not marked down', () => {
      const r = score('county-tcm-grade-1');
      expect(criterion(r, 'tcm-geriatrics').status).toBe('not-applicable');
      expect(criterion(r, 'tcm-rehab').status).toBe('not-applicable');
      expect(criterion(r, 'tcm-preventive').status).toBe('met');
      expect(r.total).toBe(100);
    });

    it('the same hospital at grade 二级甲等 fails both and drops to 合格', () => {
      const r = score('county-tcm-grade-2');
      expect(criterion(r, 'tcm-geriatrics').status).toBe('not-met');
      expect(criterion(r, 'tcm-rehab').status).toBe('not-met');
      expect(r.total).toBe(60);
      expect(r.band?.label.zh).toBe('合格');
      expect(criterion(r, 'county-centres').status).toBe('not-applicable');
    });
  });

  describe('vetoes', () => {
    it('18 of 20 wards with a toilet caps an otherwise excellent hospital at 不合格', () => {
      const r = score('veto-ward-toilets');
      expect(criterion(r, 'ward-toilets').actual?.value).toBe(90);
      expect(criterion(r, 'ward-toilets').gap?.text.zh).toBe('差10个百分点');
      expect(r.total).toBe(91.3);
      expect(r.bandBeforeVeto?.id).toBe('excellent');
      expect(r.band?.id).toBe('fail');
      expect(r.vetoHits).toEqual(['ward-toilets']);
    });

    it('matching funds only count when the hospital applied for a project', () => {
      const notApplied = score('funds-not-applied');
      expect(criterion(notApplied, 'matching-funds').status).toBe('not-applicable');
      expect(notApplied.total).toBe(100);
      expect(notApplied.vetoHits).toEqual([]);

      const applied = score('funds-applied-no-match');
      expect(criterion(applied, 'matching-funds').status).toBe('not-met');
      expect(applied.total).toBe(91.3);
      expect(applied.vetoHits).toEqual(['matching-funds']);
      expect(applied.band?.id).toBe('fail');
    });
  });

  it('requires the county, so a county hospital cannot skip its bed range by leaving it out', () => {
    const context = { year: 2025, round: 'final', tier: 'county', institutionType: 'general', countyHost: 'yes' };
    expect(compiled.validateContext(context).map((i) => `${i.path}:${i.code}`)).toEqual(['/county:context-required']);
    const raw = readJson('./samples/county-general-all-met.json') as Submission;
    const r = scoreSubmission(compiled, { context, answers: raw.answers });
    expect(criterion(r, 'infectious-beds').status).toBe('not-applicable');
    expect(criterion(r, 'infectious-beds').reason).toBe('no-target-for-context');
  });

  it('requires the grade of a TCM hospital, so it cannot skip the grade II+ departments by leaving it out', () => {
    const base = { year: 2025, round: 'final', tier: 'county', institutionType: 'tcm', county: 'xiangfen' };
    expect(compiled.validateContext(base).map((i) => `${i.path}:${i.code}`)).toEqual(['/grade:context-required']);
    expect(compiled.validateContext({ ...base, institutionType: 'general', county: 'hongtong', countyHost: 'yes' })).toEqual([]);
  });

  it('requires the name of a city hospital, so a named hospital cannot skip its own targets', () => {
    const base = { year: 2025, round: 'final', tier: 'city', institutionType: 'general', county: 'city' };
    expect(compiled.validateContext(base).map((i) => `${i.path}:${i.code}`)).toEqual(['/hospital:context-required']);
    expect(compiled.validateContext({ ...base, hospital: 'other' })).toEqual([]);
  });

  describe('every one of the 17 counties has the bed range 三(二)6 gives it', () => {
    // The plan's three lists, by name, as printed; together they are the 17 counties (市、区).
    const groups: [string, string[]][] = [
      ['10–15张', ['永和县', '大宁县', '蒲县', '隰县', '汾西县', '乡宁县', '吉县', '古县', '浮山县', '安泽县']],
      ['20–30张', ['曲沃县', '翼城县', '霍州市', '侯马市']],
      ['30–50张', ['洪洞县', '尧都区', '襄汾县']],
    ];
    const countyField = (definition as { context: { id: string; options?: { value: string; label: { zh: string } }[] }[] }).context.find((c) => c.id === 'county');
    const valueOf = (zh: string) => countyField?.options?.find((o) => o.label.zh === zh)?.value;

    it('the county options are exactly those 17 plus 市直', () => {
      const named = groups.flatMap(([, names]) => names);
      expect(named).toHaveLength(17);
      expect(countyField?.options?.filter((o) => o.value !== 'city').map((o) => o.label.zh).sort()).toEqual([...named].sort());
    });

    for (const [range, names] of groups) {
      for (const name of names) {
        it(`${name}: ${range}`, () => {
          const county = valueOf(name);
          expect(county).toBeDefined();
          const r = scoreOf(sampleWith('county-general-all-met', { county }));
          expect(criterion(r, 'infectious-beds').target?.text.zh).toBe(range);
        });
      }
    }
  });

  describe('county centres rest on one general hospital per county', () => {
    it('a county general hospital must say whether it hosts them', () => {
      const context = { year: 2025, round: 'final', tier: 'county', institutionType: 'general', county: 'hongtong' };
      expect(compiled.validateContext(context).map((i) => `${i.path}:${i.code}`)).toEqual(['/countyHost:context-required']);
    });

    it('a second general hospital in the county is not marked down on the host centres, beds and wards', () => {
      const r = scoreOf(sampleWith('county-general-broad-fail', { countyHost: 'no' }));
      for (const id of ['county-centres', 'infectious-beds', 'centre-equipment', 'equipment-independent', 'centre-staff', 'ward-toilets', 'special-funds']) {
        expect(criterion(r, id).status).toBe('not-applicable');
      }
      expect(r.vetoHits).toEqual(['matching-funds']);
    });
  });

  describe('city hospitals: only the three the plan names get the 20–30 bed zone', () => {
    for (const hospital of ['linfen-people', 'linfen-central', 'linfen-second']) {
      it(`${hospital}: 20–30张 and 三区两通道`, () => {
        const r = scoreOf(sampleWith('city-central-beds-25', { hospital }));
        expect(criterion(r, 'infectious-beds').target?.text.zh).toBe('20–30张');
        expect(criterion(r, 'zone-standard').status).toBe('met');
        expect(criterion(r, 'city-infectious-centre').status).toBe('not-applicable');
      });
    }
    for (const hospital of ['linfen-third', 'other']) {
      it(`${hospital}: no zone target`, () => {
        const r = scoreOf(sampleWith('city-central-beds-25', { hospital }));
        expect(criterion(r, 'infectious-beds').status).toBe('not-applicable');
        expect(criterion(r, 'zone-standard').status).toBe('not-applicable');
        expect(criterion(r, 'city-infectious-centre').status).toBe(hospital === 'linfen-third' ? 'missing' : 'not-applicable');
      });
    }
  });

  it('keeps every vague aim visible as an unscored info item', () => {
    const r = score('county-general-all-met');
    const info = r.criteria.filter((c) => c.status === 'info');
    expect(info.map((c) => c.id)).toEqual(expect.arrayContaining(['talent-focus', 'maternal-neonatal-guides', 'capacity-outcomes', 'general-preventive', 'performance-link', 'poor-progress']));
    expect(info.every((c) => c.maxPoints === 0)).toBe(true);
  });
});

describe('linfen-hospital-2020 context rules (format 1.1)', () => {
  it('a city hospital is located at 市直, and only a city hospital is', () => {
    const problems = (context: Submission['context']) => scoreSubmission(compiled, sampleWith('city-central-beds-25', context)).contextProblems?.map((p) => `${p.path} ${p.code}`);
    expect(problems({})).toBeUndefined();
    expect(problems({ county: 'hongtong' })).toEqual(['/county context-conflict']);
    expect(scoreSubmission(compiled, sampleWith('beds-25-hongtong', { county: 'city' })).contextProblems?.map((p) => p.code)).toEqual(['context-conflict']);
  });
});
