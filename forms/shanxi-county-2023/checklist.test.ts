import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';

const { definition, compiled, sample, scoreOf, scoreSample, criterion, status } = checklistKit(new URL('./', import.meta.url));
const GROUP_ITEMS = ['family-doctor', 'two-way-referral', 'six-unified', 'remote-consult', 'shared-centres', 'unified-staffing'];

describe('shanxi-county-2023 definition', () => {
  it('validates, is published and assesses institutions', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('institution');
  });

  it('mirrors the plan headings, in the plan order', () => {
    expect(compiled.definition.sections.map((s) => `${s.clause} ${s.title.zh}`)).toEqual([
      '一 总体要求',
      '二(一) 优化资源配置，加强人才队伍建设，推进能力现代化',
      '二(二) 加强分工合作，促进分级诊疗，推进体系整合化',
      '二(三) 提高服务质量，改善服务体验，推进服务优质化',
      '二(四) 坚持高质量发展，压实责任，推进管理精细化',
      '二(五) 深化体制机制改革，提升动力，推进治理科学化',
    ]);
  });

  it('has an English label for every form field, option and section', () => {
    const en = compiled.definition.form.i18n?.en ?? {};
    const schema = compiled.definition.form.schema as { properties: Record<string, { properties: Record<string, unknown> }> };
    for (const [section, node] of Object.entries(schema.properties)) {
      expect(en[`${section}.label`], section).toBeTruthy();
      for (const [field, spec] of Object.entries(node.properties)) {
        expect(en[`${section}.${field}.label`], `${section}.${field}`).toBeTruthy();
        const options = (spec as { oneOf?: { const: string }[]; items?: { oneOf?: { const: string }[] } });
        for (const o of options.oneOf ?? options.items?.oneOf ?? []) expect(en[`${section}.${field}.${o.const}`], o.const).toBeTruthy();
      }
    }
  });

  it('keeps the plan figures and lists', () => {
    const find = (id: string) => compiled.definition.criteria.find((c) => c.id === id);
    expect(find('core-systems')?.target).toEqual({ op: '>=', value: 18 });
    expect(find('ph-pay-ratio')?.target).toEqual({ op: '>=', value: 100 });
    expect(find('five-centres')?.items?.map((i) => i.label.zh)).toEqual([
      '胸痛中心', '卒中中心', '创伤中心', '危重孕产妇救治中心', '危重儿童和新生儿救治中心',
    ]);
    expect(find('disciplines')?.items?.map((i) => i.label.zh)).toEqual([
      '急诊科', '妇产科', '儿科', '重症医学科', '中医科', '精神科', '老年医学科', '康复医学科', '感染性疾病科',
    ]);
    expect(find('shared-centres')?.items).toHaveLength(4);
    const convenience = ['timed-appointment', 'in-room-payment', 'bedside-settlement', 'online-reports', 'online-deposit'];
    for (const id of convenience) expect(find(id)?.target, id).toEqual({ equals: true });
    // 二(二)1 names two things to build: a centre for major acute diseases and a joint chronic-disease clinic.
    for (const id of ['acute-care-centre', 'chronic-joint-clinic']) {
      expect(find(id)?.clause, id).toBe('二(二)1');
      expect(find(id)?.weight, id).toBe(2);
    }
  });

  it('makes exactly the plan prohibitions veto items', () => {
    const vetoes = compiled.definition.criteria.filter((c) => c.veto);
    // 不得虹吸 is the plan's only prohibition; the pay floor (不低于) is a scored target, not a veto.
    expect(vetoes.map((c) => c.id)).toEqual(['no-siphoning']);
    expect(vetoes[0]?.target).toEqual({ equals: false });
  });

  it('keeps every 力争/探索/逐步/鼓励 aim as an info item without points', () => {
    const info = compiled.definition.criteria.filter((c) => c.kind === 'info');
    expect(info.map((c) => c.id)).toEqual(expect.arrayContaining([
      'tertiary-capability', 'night-clinic', 'complex-disease-centre', 'family-doctor-incentive', 'service-coordination',
    ]));
    for (const c of info) expect(c.weight ?? 0).toBe(0);
  });
});

describe('shanxi-county-2023 README', () => {
  it('lists every criterion in its audit table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const c of compiled.definition.criteria) expect(readme, c.id).toContain(`| \`${c.id}\` | ${c.clause} |`);
  });
});

describe('shanxi-county-2023 samples', () => {
  it('a county general hospital leading its group that meets everything: 100, 优秀, no veto', () => {
    const r = scoreSample('full-general-group');
    expect(r.total).toBe(100);
    expect(r.maxPoints).toBe(115);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.complete).toBe(true);
    // The 5 not applicable are aims (info) for other years or institution types.
    expect(r.counts).toMatchObject({ met: 37, partial: 0, 'not-met': 0, 'not-applicable': 5, missing: 0 });
    expect(criterion(r, 'ph-pay-ratio').actual?.value).toBe(110);
  });

  it('a county TCM hospital that meets everything that applies to it: 100, 优秀', () => {
    const r = scoreSample('full-tcm');
    expect(r.total).toBe(100);
    expect(r.maxPoints).toBe(87);
    expect(r.band?.label.zh).toBe('优秀');
    expect(status(r, 'disciplines')).toBe('met');
    expect(status(r, 'five-centres')).toBe('not-applicable');
    for (const id of GROUP_ITEMS) expect(status(r, id), id).toBe('not-applicable');
    expect(criterion(r, 'tcm-specialties').actual?.value).toBe(2);
  });

  it('a weak hospital fails broadly and hits the siphoning veto', () => {
    const r = scoreSample('weak-general-group');
    expect(r.total).toBe(16.4);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual(['no-siphoning']);
    expect(r.counts).toMatchObject({ met: 4, partial: 2, 'not-met': 31 });
    const centres = criterion(r, 'five-centres');
    expect(centres.status).toBe('partial');
    expect(centres.points).toBe(3.2);
    expect(centres.gap?.missingItems).toEqual(['trauma', 'critical-maternal', 'critical-child-neonatal']);
    expect(criterion(r, 'disciplines').gap?.amount).toBe(6);
    expect(criterion(r, 'core-systems').gap?.text.zh).toBe('差9项');
    const pay = criterion(r, 'ph-pay-ratio');
    expect(pay.actual?.value).toBe(80);
    expect(pay.gap?.text.zh).toBe('差20个百分点');
    expect(pay.status).toBe('not-met');
    expect(pay.points).toBe(0);
  });

  it('siphoning township staff caps an otherwise excellent hospital at 不合格', () => {
    const r = scoreSample('veto-siphoning');
    expect(r.total).toBe(95.7);
    expect(r.bandBeforeVeto?.label.zh).toBe('优秀');
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual(['no-siphoning']);
    expect(status(r, 'no-siphoning')).toBe('not-met');
  });

  it('an unanswered veto item counts as a veto hit', () => {
    const s = sample('full-general-group');
    const answers = structuredClone(s.answers) as { resources: Record<string, unknown> };
    delete answers.resources.siphonsTownshipStaff;
    const r = scoreOf({ ...s, answers });
    expect(status(r, 'no-siphoning')).toBe('missing');
    expect(r.vetoHits).toEqual(['no-siphoning']);
    expect(r.band?.label.zh).toBe('不合格');
  });
});

describe('shanxi-county-2023 context rules', () => {
  it('grade: the public health department and data-platform rules bind 二级 hospitals, not 一级 ones', () => {
    const grade2 = scoreSample('no-ph-dept', { grade: '2-a' });
    expect(status(grade2, 'ph-dept')).toBe('not-met');
    expect(status(grade2, 'data-platform')).toBe('not-met');
    expect(grade2.total).toBe(93.7);
    const grade1 = scoreSample('no-ph-dept', { grade: '1-a' });
    expect(status(grade1, 'ph-dept')).toBe('not-applicable');
    expect(status(grade1, 'data-platform')).toBe('not-applicable');
    expect(grade1.total).toBe(100);
  });

  it('answers: the pay floor applies only where a public health department exists', () => {
    expect(status(scoreSample('full-general-group'), 'ph-pay-ratio')).toBe('met');
    expect(status(scoreSample('no-ph-dept'), 'ph-pay-ratio')).toBe('not-applicable');
  });

  it('pay floor: 100% of the hospital average is met, 99.2% is not met and loses its 4 points, without a veto', () => {
    const s = sample('full-general-group');
    const at = (income: number) => {
      const answers = structuredClone(s.answers) as { reform: Record<string, unknown> };
      answers.reform.phStaffAvgIncome = income;
      return scoreOf({ ...s, answers });
    };
    expect(status(at(12), 'ph-pay-ratio')).toBe('met');
    const below = at(11.9);
    expect(criterion(below, 'ph-pay-ratio').actual?.value).toBe(99.2);
    expect(status(below, 'ph-pay-ratio')).toBe('not-met');
    expect(below.vetoHits).toEqual([]);
    expect(below.total).toBe(96.5);
    expect(below.band?.label.zh).toBe('优秀');
  });

  it('group lead: group-level items bind the lead hospital only', () => {
    const s = sample('full-general-group');
    const answers = structuredClone(s.answers) as Record<string, Record<string, unknown>>;
    Object.assign(answers.integration!, { familyDoctor: false, twoWayReferral: false, sixUnified: false, remoteConsultLinked: false, sharedCentres: [] });
    answers.reform!.unifiedStaffing = false;
    const lead = scoreOf({ ...s, answers });
    for (const id of GROUP_ITEMS) expect(status(lead, id), id).toBe('not-met');
    expect(lead.total).toBe(82.6);
    expect(lead.band?.label.zh).toBe('良好');
    const member = scoreOf({ context: { ...s.context, leadsGroup: 'no' }, answers });
    for (const id of GROUP_ITEMS) expect(status(member, id), id).toBe('not-applicable');
    expect(member.total).toBe(100);
  });

  it('institution type: the five centres bind general hospitals and group leads, not a TCM hospital outside a group', () => {
    expect(status(scoreSample('full-tcm'), 'five-centres')).toBe('not-applicable');
    const tcmLead = scoreSample('full-tcm', { leadsGroup: 'yes' });
    expect(status(tcmLead, 'five-centres')).toBe('not-met');
    expect(criterion(tcmLead, 'five-centres').gap?.amount).toBe(5);
    expect(status(scoreSample('full-tcm', { institutionType: 'county-general' }), 'five-centres')).toBe('not-met');
  });

  it('institution type: discipline, infection and day-care lists do not bind an MCH hospital', () => {
    const mch = scoreSample('full-tcm', { institutionType: 'county-mch' });
    for (const id of ['disciplines', 'infection-dept', 'day-care', 'five-centres']) expect(status(mch, id), id).toBe('not-applicable');
    expect(status(mch, 'core-systems')).toBe('met');
    expect(mch.total).toBe(100);
  });

  it('year: the 2025 stage goal is shown as information for a 2025 assessment', () => {
    const r = scoreSample('full-general-group', { year: 2025 });
    expect(criterion(r, 'goal-2025').status).toBe('info');
    expect(criterion(r, 'goal-2025').points).toBe(0);
  });
});
