import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';

const { definition, compiled, sample, scoreOf, scoreSample: score, criterion, status } = checklistKit(new URL('./', import.meta.url));

describe('haining-hospital-2023 definition', () => {
  it('validates, is published and assesses institutions', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('institution');
  });

  it('mirrors the plan actions that set hospital targets, in the plan order', () => {
    expect(compiled.definition.sections.map((s) => `${s.clause} ${s.title.zh}`)).toEqual([
      '二(一) 硬件设施提升改造行动',
      '二(二) 医疗技术能力攀登行动',
      '二(三) 人才学科强基提质行动',
      '二(四) 医院管理科学高效行动',
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
    expect(target('surgery-share')).toEqual({ op: '>=', value: 35 });
    expect(target('minimally-invasive-share')).toEqual({ op: '>=', value: 15 });
    expect(target('level34-share')).toEqual({ op: '>=', value: 15 });
    expect(target('liability-ratio')).toEqual({ op: '<', value: 30 });
    expect(target('service-revenue-share')).toEqual({ op: '>=', value: 35 });
    expect(target('personnel-share')).toEqual({ op: 'about', value: 45, tolerance: 2.5, direction: 'at-least' });
    expect(target('law-star')).toEqual({ op: '>=', level: '3' });
  });

  it('keeps every 力争/争创/明显提升 aim as an info item without points', () => {
    const info = compiled.definition.criteria.filter((c) => c.kind === 'info').map((c) => c.id);
    expect(info).toEqual(expect.arrayContaining([
      'renmin-grade-3a', 'renmin-performance-a', 'renmin-cmi-top5', 'tcm-performance-bplus', 'zhongxin-chest-pain-basic',
      'cmi-improve', 'rw2-improve', 'level34-improve',
    ]));
    for (const c of compiled.definition.criteria.filter((x) => x.kind === 'info')) expect(c.weight ?? 0).toBe(0);
  });
});

describe('haining-hospital-2023 golden results', () => {
  it('市人民医院 meeting every 2025 target is 优秀 with no veto', () => {
    const r = score('renmin-2025-all-met');
    expect(r.total).toBe(100);
    expect(r.points).toBe(101);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ met: 31, partial: 0, 'not-met': 0, missing: 0, 'not-applicable': 11 });
    // Shares come from the raw counts: 20800/52000, 4160/20800, (5200+2080)/20800, 57600/160000, 76000/168000.
    expect(criterion(r, 'surgery-share').actual?.value).toBe(40);
    expect(criterion(r, 'minimally-invasive-share').actual?.value).toBe(20);
    expect(criterion(r, 'level34-share').actual?.value).toBe(35);
    expect(criterion(r, 'liability-ratio').actual?.value).toBe(22.5);
    expect(criterion(r, 'service-revenue-share').actual?.value).toBe(36);
    expect(criterion(r, 'personnel-share').actual?.value).toBe(45.2);
    // Other hospitals' named targets do not apply to 市人民医院.
    for (const id of ['zhongxin-3b-capability', 'three-centres', 'specialty-3b', 'kanghua-2a-review', 'tcm-xiashi-branch']) {
      expect(status(r, id), id).toBe('not-applicable');
    }
  });

  it('市中心医院 failing broadly is 不合格, with the debt veto and the gaps spelled out', () => {
    const r = score('zhongxin-2025-broad-fail');
    expect(r.total).toBe(14.7);
    expect(r.points).toBe(12.52);
    expect(r.maxPoints).toBe(85);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual(['no-illegal-debt']);
    expect(r.counts).toMatchObject({ met: 4, partial: 4, 'not-met': 18, missing: 0 });
    expect(criterion(r, 'surgery-share').gap?.amount).toBe(10);
    expect(criterion(r, 'minimally-invasive-share').gap?.amount).toBe(5);
    expect(criterion(r, 'liability-ratio').actual?.value).toBe(40);
    expect(criterion(r, 'balanced-budget').gap?.amount).toBe(3500);
    expect(criterion(r, 'legacy-debt').gap?.amount).toBe(1200);
    expect(criterion(r, 'personnel-share').actual?.value).toBe(29.4);
    expect(criterion(r, 'zhongxin-3b-capability').gap?.text.zh).toBe('差2级');
    expect(criterion(r, 'quality-systems').points).toBe(0.75);
    // A certified-centre claim without the certificate does not count.
    expect(criterion(r, 'three-centres')).toMatchObject({ status: 'not-met', reason: 'evidence-missing' });
    // A grade 2A hospital gets the secondary EMR target and no interoperability target.
    expect(criterion(r, 'emr-level').target?.text.zh).toBe('不低于3级');
    expect(status(r, 'interop-level')).toBe('not-applicable');
  });
});

describe('haining-hospital-2023 context rules', () => {
  it('EMR level 4 meets the target of a 二级 hospital but not of a 三级 one', () => {
    const secondary = score('emr-4-eryuan-grade-2a');
    const tertiary = score('emr-4-eryuan-grade-3b');
    expect(criterion(secondary, 'emr-level')).toMatchObject({ status: 'met', points: 5 });
    expect(criterion(tertiary, 'emr-level')).toMatchObject({ status: 'not-met', points: 0 });
    expect(criterion(tertiary, 'emr-level').gap?.text.zh).toBe('差1级');
    expect(status(secondary, 'interop-level')).toBe('not-applicable');
    expect(status(tertiary, 'interop-level')).toBe('missing');
  });

  it('the annex project milestones switch by year: 开工 by 2023/2024, 投入使用 by 2025', () => {
    const y2023 = score('tcm-projects-2023');
    const y2024 = score('tcm-projects-2024');
    const y2025 = score('tcm-projects-2025');
    expect(status(y2023, 'tcm-xiashi-branch')).toBe('met');
    expect(status(y2024, 'tcm-xiashi-branch')).toBe('met');
    expect(criterion(y2025, 'tcm-xiashi-branch')).toMatchObject({ status: 'not-met' });
    expect(criterion(y2025, 'tcm-xiashi-branch').target?.note?.zh).toBe('2025年：投入使用');
    expect(criterion(y2025, 'tcm-xiashi-branch').gap?.text.zh).toBe('差2级');
    // 改扩建二期 is due from 2024 only.
    expect(criterion(y2023, 'tcm-expansion-phase2')).toMatchObject({ status: 'not-applicable', reason: 'no-target-for-context' });
    expect(status(y2024, 'tcm-expansion-phase2')).toBe('not-met');
    // 2025 targets (e.g. surgery shares) only count from 2025.
    expect(status(y2024, 'surgery-share')).toBe('not-applicable');
    expect(status(y2025, 'surgery-share')).toBe('missing');
  });

  it('the same 30% surgery share is not graded in 2024 and falls 5 points short in 2025', () => {
    const y2024 = score('surgery-30pct-2024');
    const y2025 = score('surgery-30pct-2025');
    expect(criterion(y2024, 'surgery-share')).toMatchObject({ status: 'not-applicable', maxPoints: 0 });
    expect(criterion(y2025, 'surgery-share')).toMatchObject({ status: 'not-met', maxPoints: 4 });
    expect(criterion(y2025, 'surgery-share').actual?.value).toBe(30);
    expect(criterion(y2025, 'surgery-share').gap?.amount).toBe(5);
    expect(criterion(y2025, 'level34-share')).toMatchObject({ status: 'met' });
  });

  it('the same 三级乙等 capability meets 市中心医院 target but not 市人民医院 (三甲)', () => {
    const renmin = score('capability-3b-renmin');
    const zhongxin = score('capability-3b-zhongxin');
    expect(status(renmin, 'renmin-3a-capability')).toBe('not-met');
    expect(status(renmin, 'zhongxin-3b-capability')).toBe('not-applicable');
    expect(status(zhongxin, 'zhongxin-3b-capability')).toBe('met');
    expect(status(zhongxin, 'renmin-3a-capability')).toBe('not-applicable');
    // Both are 医共体牵头医院, for which 三级 capability is enough.
    expect(status(renmin, 'lead-tertiary-capability')).toBe('met');
    expect(status(zhongxin, 'lead-tertiary-capability')).toBe('met');
  });

  it('surgery shares grade general and TCM hospitals, not specialty ones such as 市四院', () => {
    const shares = ['surgery-share', 'minimally-invasive-share', 'level34-share'];
    const siyuan = score('surgery-siyuan-specialty-2025');
    // 30 operations on 3000 discharges: recorded (1%), but not graded for a specialty hospital.
    expect(criterion(siyuan, 'surgery-share').actual?.value).toBe(1);
    for (const id of shares) expect(criterion(siyuan, id), id).toMatchObject({ status: 'not-applicable', maxPoints: 0 });
    expect(status(siyuan, 'specialty-3b')).toBe('met');
    // The same counts in a general or TCM hospital are graded and fall short.
    for (const [hospital, institutionType] of [['other-public', 'general'], ['tcm', 'tcm']] as const) {
      const r = score('surgery-siyuan-specialty-2025', { hospital, institutionType });
      for (const id of shares) expect(criterion(r, id), `${hospital} ${id}`).toMatchObject({ status: 'not-met', maxPoints: 4 });
      expect(criterion(r, 'surgery-share').gap?.amount).toBe(34);
    }
  });

  it('the rotation system is required of general hospitals only', () => {
    expect(status(score('rotation-other-general'), 'rotation-system')).toBe('not-met');
    expect(status(score('rotation-other-tcm'), 'rotation-system')).toBe('not-applicable');
  });

  it('public-hospital rules, the debt veto included, do not apply to the private 康华医院', () => {
    const kanghua = score('debt-kanghua-2023');
    const other = score('debt-other-public-2023');
    expect(kanghua.vetoHits).toEqual([]);
    expect(kanghua.total).toBe(100);
    expect(kanghua.band?.label.zh).toBe('优秀');
    expect(status(kanghua, 'no-illegal-debt')).toBe('not-applicable');
    expect(status(kanghua, 'kanghua-2a-review')).toBe('met');
    expect(other.vetoHits).toEqual(['no-illegal-debt']);
    expect(other.band?.label.zh).toBe('不合格');
    expect(status(other, 'kanghua-2a-review')).toBe('not-applicable');
  });

  it('reads "达到45%左右" (pay reform: raise the share) as at least 42.5% of operating spending; above is not a miss', () => {
    const base = sample('renmin-2025-all-met');
    const at = (personnel: number) => {
      const answers = structuredClone(base.answers) as { reform: Record<string, unknown> };
      answers.reform.personnelSpending = personnel;
      answers.reform.businessSpending = 1000;
      return criterion(scoreOf({ ...base, answers }), 'personnel-share').status;
    };
    expect(at(425)).toBe('met');
    expect(at(475)).toBe('met');
    expect(at(424)).toBe('not-met');
    // Format 1.1 direction: the plan's 左右 is one-sided here (it was failed as "off" before).
    expect(at(476)).toBe('met');
    expect(at(550)).toBe('met');
  });

  it('a share of zero operations is unknown, not 0%', () => {
    const base = sample('surgery-30pct-2025');
    const answers = structuredClone(base.answers) as { technology: Record<string, unknown> };
    answers.technology.surgeries = 0;
    const r = scoreOf({ ...base, answers });
    expect(status(r, 'surgery-share')).toBe('not-met');
    expect(status(r, 'minimally-invasive-share')).toBe('missing');
    expect(status(r, 'level34-share')).toBe('missing');
  });
});
