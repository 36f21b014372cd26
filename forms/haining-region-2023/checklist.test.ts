import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';

const { definition, compiled, sample, scoreOf, scoreSample: score, criterion, status } = checklistKit(new URL('./', import.meta.url));

describe('haining-region-2023 definition', () => {
  it('validates, is published and assesses the city as a region', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('region');
  });

  it('mirrors the plan structure, overall targets first', () => {
    expect(compiled.definition.sections.map((s) => `${s.clause} ${s.title.zh}`)).toEqual([
      '一 总体目标',
      '二(一) 硬件设施提升改造行动',
      '二(二) 医疗技术能力攀登行动',
      '二(三) 人才学科强基提质行动',
      '二(四) 医院管理科学高效行动',
      '二(五) 县域能力整体强化行动',
      '二(六) 智慧医院培优增效行动',
      '二(七) 体制机制改革深化行动',
      '三 保障措施',
    ]);
  });

  it('has an English label for every form field and section', () => {
    const en = compiled.definition.form.i18n?.en ?? {};
    const schema = compiled.definition.form.schema as { properties: Record<string, { properties: Record<string, unknown> }> };
    for (const [section, node] of Object.entries(schema.properties)) {
      expect(en[`${section}.label`], section).toBeTruthy();
      for (const field of Object.keys(node.properties)) expect(en[`${section}.${field}.label`], `${section}.${field}`).toBeTruthy();
    }
    // Every option (levels, list items) carries its own i18n key with an English label.
    const optionKeys = [...JSON.stringify(schema).matchAll(/"i18n":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(optionKeys.length).toBeGreaterThan(0);
    for (const key of optionKeys) expect(en[key], key).toBeTruthy();
  });

  it('keeps the plan figures as targets', () => {
    const target = (id: string) => compiled.definition.criteria.find((c) => c.id === id)?.target;
    expect(target('bed-density')).toEqual({ op: '>=', value: 3.7 });
    expect(target('primary-visit-share')).toEqual({ op: '>=', value: 50 });
    expect(target('tertiary-bed-share')).toEqual({ op: '>=', value: 60 });
    expect(target('ems-response')).toEqual({ op: '<=', value: 11 });
    expect(target('township-bed-occupancy')).toEqual({ op: '>=', value: 70 });
    expect(target('city-masters-share')).toEqual({ op: '>=', value: 10 });
    expect(target('city-doctorates')).toEqual({ op: '>=', value: 5 });
    expect(target('masters-phd-recruited')).toEqual({ op: '>=', value: 35 });
    expect(target('oriented-students')).toEqual({ op: '>=', value: 90 });
    expect(target('oriented-paediatrics')).toEqual({ op: '>=', value: 15 });
  });

  it('exempts 海洲 and 硖石 from the CT list', () => {
    const ct = compiled.definition.criteria.find((c) => c.id === 'ct-towns');
    const towns = (ct?.items ?? []).map((i) => i.label.zh);
    expect(towns).toHaveLength(10);
    expect(towns).not.toContain('海洲街道');
    expect(towns).not.toContain('硖石街道');
  });

  it('keeps every 力争/争创/争取 aim as an info item without points', () => {
    const info = compiled.definition.criteria.filter((c) => c.kind === 'info').map((c) => c.id);
    expect(info).toEqual(expect.arrayContaining([
      'talent-551', 'xingyao-nanhu', 'tcm-talent-city', 'tcm-talent-provincial', 'provincial-key-disciplines',
      'jiaxing-disciplines-western', 'jiaxing-disciplines-tcm', 'jiaxing-specialties-western', 'jiaxing-specialties-tcm', 'nsfc',
      'township-bed-occupancy-trend', 'insurance-fund-share', 'five-centres',
    ]));
  });
});

describe('haining-region-2023 golden results', () => {
  it('a city meeting every 2025 target is 优秀 with no veto', () => {
    const r = score('haining-2025-all-met');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ met: 45, partial: 0, 'not-met': 0, missing: 0, 'not-applicable': 0, info: 35 });
    // Derived from raw counts: 4100 beds / 110万 residents; 2700/4200 beds; 1500 physicians with 165 master's.
    expect(criterion(r, 'bed-density').actual?.value).toBe(3.73);
    expect(criterion(r, 'tertiary-bed-share').actual?.value).toBe(64.3);
    expect(criterion(r, 'city-masters-share').actual?.value).toBe(11);
    expect(criterion(r, 'township-bed-occupancy').actual?.value).toBe(73);
    // Aims are shown but carry no points.
    expect(criterion(r, 'xingyao-nanhu')).toMatchObject({ status: 'info', maxPoints: 0 });
    expect(criterion(r, 'xingyao-nanhu').actual?.value).toBe(1);
  });

  it('a city failing broadly is 不合格, with gaps in the plan units', () => {
    const r = score('haining-2025-broad-fail');
    expect(r.total).toBe(12.8);
    expect(r.points).toBe(17.6);
    expect(r.maxPoints).toBe(138);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual([]);
    expect(r.counts).toMatchObject({ met: 6, partial: 1, 'not-met': 38, missing: 0 });
    // The engine reports raw float gaps (3.7 - 3.0); the text rounds them.
    expect(criterion(r, 'bed-density').gap?.amount).toBeCloseTo(0.7, 6);
    expect(criterion(r, 'bed-density').gap?.text.zh).toBe('差0.7张/千人');
    expect(criterion(r, 'ems-response').gap?.amount).toBeCloseTo(1.4, 6);
    expect(criterion(r, 'ems-response').gap?.text.zh).toBe('超出1.4分钟');
    expect(criterion(r, 'masters-phd-recruited').gap?.amount).toBe(7);
    expect(criterion(r, 'tertiary-rank').gap?.amount).toBe(2);
    expect(criterion(r, 'ct-towns').gap?.missingItems).toEqual(['haichang', 'maqiao', 'zhouwangmiao', 'xieqiao', 'dingqiao', 'huangwan']);
    expect(criterion(r, 'ct-towns').points).toBe(1.6);
    // 强化五大中心建设 sets no number or date: the centres built are recorded, not scored.
    expect(criterion(r, 'five-centres')).toMatchObject({ status: 'info', maxPoints: 0 });
    expect(criterion(r, 'five-centres').actual?.value).toEqual(['chest-pain', 'stroke', 'trauma']);
    expect(criterion(r, 'new-township-recommended').actual?.value).toBe(50);
  });

  it('illegal new debt caps an otherwise excellent city at 不合格', () => {
    const r = score('haining-2025-illegal-debt');
    expect(r.total).toBe(97.8);
    expect(r.bandBeforeVeto?.label.zh).toBe('优秀');
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual(['no-illegal-debt']);
  });
});

describe('haining-region-2023 context rules', () => {
  it('基层医疗服务价格改革 is due from 2024: not graded in 2023, not met in 2024', () => {
    const y2023 = score('haining-2023-annual');
    const y2024 = score('haining-2024-annual');
    expect(criterion(y2023, 'primary-price-reform')).toMatchObject({ status: 'not-applicable', maxPoints: 0 });
    expect(criterion(y2024, 'primary-price-reform')).toMatchObject({ status: 'not-met', maxPoints: 3 });
    expect(y2023.total).toBe(100);
    expect(y2024.total).toBe(90.9);
    expect(y2024.band?.label.zh).toBe('优秀');
  });

  it('in the annual rounds only the 2023 annex targets and yearly rules count', () => {
    const y2023 = score('haining-2023-annual');
    expect(y2023.criteria.filter((c) => c.maxPoints > 0).map((c) => c.id)).toEqual([
      'yuanhua-new-site', 'changan-new-site', 'xinjiang-branch', 'ems-response', 'icu-expansion',
      'masters-phd-recruited', 'no-illegal-debt', 'price-assessment', 'assessment-mechanism', 'funding-linked',
    ]);
    expect(status(y2023, 'bed-density')).toBe('not-applicable');
  });

  it('counts new health centres as all meeting the standard when none was built', () => {
    const base = sample('haining-2025-all-met');
    const answers = structuredClone(base.answers) as { county: Record<string, unknown> };
    answers.county.newTownships = 0;
    answers.county.newTownshipsRecommended = 0;
    const r = scoreOf({ ...base, answers });
    expect(criterion(r, 'new-township-recommended')).toMatchObject({ status: 'met' });
    expect(criterion(r, 'new-township-recommended').actual?.value).toBe(100);
  });

  it('holds the emergency response time to 11 minutes every year', () => {
    const base = sample('haining-2023-annual');
    const at = (minutes: number) => {
      const answers = structuredClone(base.answers) as { technology: Record<string, unknown> };
      answers.technology.emsResponseMinutes = minutes;
      return criterion(scoreOf({ ...base, answers }), 'ems-response').status;
    };
    expect(at(11)).toBe('met');
    expect(at(11.1)).toBe('not-met');
  });
});
