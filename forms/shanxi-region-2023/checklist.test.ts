import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import { scoreSubmission } from '../../functions/scoring/score.js';

const { definition, compiled, scoreSample, sampleWith, criterion, status } = checklistKit(new URL('./', import.meta.url));
const target = (id: string) => compiled.definition.criteria.find((c) => c.id === id)?.target;

describe('shanxi-region-2023 definition', () => {
  it('validates, is published and assesses regions', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('region');
  });

  it('mirrors the plan headings, in the plan order', () => {
    expect(compiled.definition.sections.map((s) => s.clause)).toEqual(['一', '二(一)', '二(二)', '二(三)', '二(四)', '二(五)', '三']);
    expect(compiled.definition.sections[6]?.title.zh).toBe('保障措施');
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

  it('keeps the province-wide figures of the plan as targets', () => {
    expect(target('assistant-gp')).toEqual({ op: '>=', value: 100 });
    expect(target('elite-study')).toEqual({ op: '>=', value: 450 });
    expect(target('appropriate-tech')).toEqual({ op: '>=', value: 50 });
    expect(target('expert-studios')).toEqual({ op: '>=', value: 50 });
    expect(target('thousand-doctors')).toEqual({ op: '>=', value: 1000 });
    expect(target('village-doctor-degree')).toEqual({ op: '>=', value: 1000 });
    expect(target('village-subsidy-amount')).toEqual({ op: '>=', value: 1000 });
    expect(target('central-townships')).toEqual({ op: 'between', min: 1, max: 3 });
    expect(target('focus-hospitals')).toEqual({ op: 'between', min: 1, max: 2 });
    expect(target('county-key-specialties')).toEqual({ op: '>=', value: 100 });
    expect(target('oncology-pilots')).toEqual({ op: '>=', value: 50 });
    expect(target('disciplines-assessed')).toEqual({ op: '>=', value: 147 });
    expect(target('top-disciplines')).toEqual({ op: '>=', value: 10 });
    expect(target('key-disciplines')).toEqual({ op: '>=', value: 40 });
    expect(target('integration-pilots')).toEqual({ op: '>=', value: 15 });
    expect(target('remote-consult')).toEqual({ op: '>=', value: 100 });
    expect(target('flagship-hospitals')).toEqual({ op: '>=', value: 2 });
    expect(target('tcm-key-hospitals')).toEqual({ op: '>=', value: 3 });
    expect(target('provincial-tcm-specialties')).toEqual({ op: '>=', value: 100 });
    expect(target('county-tcm-specialties')).toEqual({ op: 'about', value: 50, tolerance: 5, direction: 'at-least' });
    expect(target('leading-specialties')).toEqual({ op: '>=', value: 10 });
    expect(target('national-key-specialties')).toEqual({ op: '>=', value: 25 });
    expect(target('provincial-key-specialties')).toEqual({ op: '>=', value: 100 });
    expect(target('day-surgery-diseases')).toEqual({ op: '>=', value: 298 });
    expect(target('capitation-pilots')).toEqual({ op: '>=', value: 15 });
  });

  it('derives every share from raw counts', () => {
    const derived = Object.fromEntries((compiled.definition.derived ?? []).map((d) => [d.id, d]));
    for (const id of ['villageSubsidyShare', 'remoteConsultShare', 'dispatchQualifiedShare', 'countyTcmShare', 'primaryStandardShare',
      'primaryVisitShare', 'primaryFundShare', 'dataPlatformShare', 'tertiaryMinorSurgeryShare', 'tertiaryOutpatientShare']) {
      expect(derived[id]?.unit?.zh, id).toBe('%');
    }
  });

  it('keeps the 力争 counts (37/10/3 hospitals, 1-2 in the top 100) as information', () => {
    for (const id of ['tertiary-general', 'tertiary-tcm', 'tertiary-mch', 'top100', 'county-tcm-coverage']) {
      const c = compiled.definition.criteria.find((x) => x.id === id);
      expect(c?.kind, id).toBe('info');
      expect(c?.weight ?? 0).toBe(0);
    }
    // The top-100 aim records how many hospitals made it, not whether data monitoring runs.
    expect(compiled.definition.criteria.find((c) => c.id === 'top100')?.value).toEqual({ field: 'management.top100Hospitals' });
    expect(criterion(scoreSample('weak-province', {}, { management: { top100Hospitals: 2 } }), 'top100').actual?.value).toBe(2);
  });
});

describe('shanxi-region-2023 README', () => {
  it('lists every criterion in its audit table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const c of compiled.definition.criteria) expect(readme, c.id).toContain(`| \`${c.id}\` | ${c.clause} |`);
  });
});

describe('shanxi-region-2023 samples', () => {
  it('the province meeting everything: 100, 优秀', () => {
    const r = scoreSample('full-province');
    expect(r.total).toBe(100);
    expect(r.maxPoints).toBe(123);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.counts).toMatchObject({ met: 53, partial: 0, 'not-met': 0, missing: 0 });
    expect(criterion(r, 'remote-consult').actual?.value).toBe(100);
    // A city-pilot aim does not apply to the province.
    expect(criterion(r, 'tertiary-minor-surgery').status).toBe('not-applicable');
  });

  it('a city (长治) and a county (介休) meeting everything: 100, 优秀', () => {
    const city = scoreSample('full-city-changzhi');
    expect(city.total).toBe(100);
    expect(city.maxPoints).toBe(35);
    const county = scoreSample('full-county-jiexiu');
    expect(county.total).toBe(100);
    expect(county.maxPoints).toBe(71);
    expect(criterion(county, 'village-subsidy-coverage').actual?.value).toBe(100);
  });

  it('a weak province fails broadly, with gaps in the plan units', () => {
    const r = scoreSample('weak-province');
    // 51.3 before format 1.1: its 56 county TCM specialties now meet "建设50个左右" (at least about).
    expect(r.total).toBe(51.4);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.vetoHits).toEqual([]);
    expect(r.counts).toMatchObject({ met: 18, partial: 18, 'not-met': 17 });
    expect(criterion(r, 'thousand-doctors').gap?.text.zh).toBe('差400名');
    expect(criterion(r, 'dispatch-eligibility').actual?.value).toBe(75);
    expect(criterion(r, 'remote-consult').gap?.text.zh).toBe('差23.1个百分点');
    expect(criterion(r, 'provincial-rmc').gap?.missingItems).toEqual(['yuncheng-central', 'linfen-peoples', 'datong-fifth']);
    expect(criterion(r, 'capitation-pilots').gap?.text.zh).toBe('差7个');
    expect(status(r, 'cdc-new-site')).toBe('not-met');
  });

  it('a weak county (阳曲县, not a pilot) fails, with county-level gaps', () => {
    const r = scoreSample('weak-county');
    expect(r.maxPoints).toBe(60);
    expect(r.total).toBe(42.9);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.counts).toMatchObject({ met: 6, partial: 6, 'not-met': 10 });
    expect(criterion(r, 'central-townships').gap?.text.zh).toBe('差1所');
    expect(criterion(r, 'village-subsidy-coverage').actual?.value).toBe(60);
    expect(criterion(r, 'village-subsidy-coverage').points).toBe(1.8);
    expect(criterion(r, 'village-subsidy-amount').gap?.text.zh).toBe('差200元');
    expect(criterion(r, 'five-centres').gap?.missingItems).toEqual(['critical-maternal', 'critical-child-neonatal']);
    for (const id of ['pilot-zone', 'integration-pilot', 'capitation-rules']) expect(status(r, id), id).toBe('not-applicable');
  });
});

describe('shanxi-region-2023 context rules', () => {
  it('region level: county items do not bind the province, and province counts do not bind a county', () => {
    const prov = scoreSample('full-province');
    expect(status(prov, 'central-townships')).toBe('not-applicable');
    expect(status(prov, 'five-centres')).toBe('not-applicable');
    const county = scoreSample('full-county-jiexiu');
    expect(status(county, 'central-townships')).toBe('met');
    expect(status(county, 'county-key-specialties')).toBe('not-applicable');
  });

  it('named counties: the comprehensive pilot zone binds 介休市 but not an unnamed county', () => {
    expect(status(scoreSample('full-county-jiexiu'), 'pilot-zone')).toBe('met');
    const other = scoreSample('full-county-jiexiu', { county: 'other', regionName: '阳曲县', city: 'taiyuan' });
    expect(status(other, 'pilot-zone')).toBe('not-applicable');
    expect(other.maxPoints).toBe(67);
    const notDone = scoreSample('full-county-jiexiu', {}, { resources: { pilotZone: false } });
    expect(status(notDone, 'pilot-zone')).toBe('not-met');
    expect(notDone.total).toBe(94.4);
  });

  it('integration pilot: 万荣县 by name, or any county selected as a pilot; otherwise not applicable', () => {
    const wanrong = scoreSample('full-county-jiexiu', { county: 'wanrong', city: 'yuncheng', integrationPilot: 'no' }, { integration: { integrationPilotDeepened: false } });
    expect(status(wanrong, 'integration-pilot')).toBe('not-met');
    const selected = scoreSample('full-county-jiexiu', { county: 'other', integrationPilot: 'yes' });
    expect(status(selected, 'integration-pilot')).toBe('met');
    const none = scoreSample('full-county-jiexiu', { county: 'other', integrationPilot: 'no' });
    expect(status(none, 'integration-pilot')).toBe('not-applicable');
  });

  it('a named county lies in its city and is assessed as a county (context rules, format 1.1)', () => {
    const problems = (context: Record<string, string>) => scoreSubmission(compiled, sampleWith('full-county-jiexiu', context)).contextProblems?.map((p) => `${p.path} ${p.code}`);
    expect(problems({})).toBeUndefined();
    expect(problems({ city: 'taiyuan' })).toEqual(['/city context-conflict']);
    expect(problems({ regionLevel: 'city' })).toEqual(['/regionLevel context-conflict']);
  });

  it('capitation pilot: the 超支不补 rule binds pilot counties only', () => {
    const missing = { reform: { capitationRules: false } };
    expect(status(scoreSample('full-county-jiexiu', { capitationPilot: 'yes' }, missing), 'capitation-rules')).toBe('not-met');
    expect(status(scoreSample('full-county-jiexiu', { capitationPilot: 'no' }, missing), 'capitation-rules')).toBe('not-applicable');
  });

  it('named cities: 长治 builds a provincial regional centre and pilots urban groups; 晋中 does neither', () => {
    const changzhi = scoreSample('full-city-changzhi');
    expect(status(changzhi, 'city-provincial-rmc')).toBe('met');
    expect(status(changzhi, 'urban-group-pilot')).toBe('met');
    expect(status(changzhi, 'taiyuan-demo')).toBe('not-applicable');
    const jinzhong = scoreSample('full-city-changzhi', { city: 'jinzhong', regionName: '晋中市' });
    expect(status(jinzhong, 'city-provincial-rmc')).toBe('not-applicable');
    expect(status(jinzhong, 'urban-group-pilot')).toBe('not-applicable');
    expect(jinzhong.maxPoints).toBe(25);
  });

  it('named cities: the public-hospital demonstration project binds 太原 only', () => {
    const taiyuan = scoreSample('full-city-changzhi', { city: 'taiyuan', regionName: '太原市' }, { management: { taiyuanDemo: false } });
    expect(status(taiyuan, 'taiyuan-demo')).toBe('not-met');
    expect(status(taiyuan, 'urban-group-pilot')).toBe('not-applicable');
    const datong = scoreSample('full-city-changzhi', { city: 'datong', regionName: '大同市' }, { management: { taiyuanDemo: false } });
    expect(status(datong, 'taiyuan-demo')).toBe('not-applicable');
    expect(status(datong, 'urban-group-pilot')).toBe('met');
  });

  it('year: the 1000 village doctors a year target runs 2023-2025 only', () => {
    const short = { resources: { villageDoctorDegreeEnrolled: 400 } };
    const y2025 = scoreSample('full-province', { year: 2025 }, short);
    expect(status(y2025, 'village-doctor-degree')).toBe('partial');
    expect(criterion(y2025, 'village-doctor-degree').gap?.text.zh).toBe('差600名');
    expect(status(scoreSample('full-province', { year: 2026 }, short), 'village-doctor-degree')).toBe('not-applicable');
  });

  it('ranges: 1-3 central township centres; 4 is over, 0 is short', () => {
    const four = criterion(scoreSample('full-county-jiexiu', {}, { resources: { centralTownships: 4 } }), 'central-townships');
    expect(four.status).toBe('not-met');
    expect(four.gap?.text.zh).toBe('超出1所');
    expect(status(scoreSample('full-county-jiexiu', {}, { resources: { centralTownships: 0 } }), 'central-townships')).toBe('not-met');
    expect(status(scoreSample('full-county-jiexiu', {}, { resources: { centralTownships: 3 } }), 'central-townships')).toBe('met');
  });

  it('左右: about 50 county TCM specialties accepts 45 or more', () => {
    const at = (n: number) => criterion(scoreSample('full-province', {}, { integration: { countyTcmSpecialties: n } }), 'county-tcm-specialties');
    expect(at(47).status).toBe('met');
    expect(at(55).status).toBe('met');
    // "建设50个左右" is a build target: more is not a miss (format 1.1 direction at-least).
    expect(at(56).status).toBe('met');
    expect(at(44).gap?.text.zh).toBe('差1个');
    expect(at(56).target?.text.zh).toBe('50个左右（不低于45个，高于不限）');
    expect(at(56).target?.note?.zh).toBe('“50个左右”按不低于45个把握，多建不算偏离');
  });

  it('assistant GPs: credit rises from the 20 a year baseline to 100', () => {
    const c = criterion(scoreSample('full-province', {}, { resources: { assistantGpEnrolment: 60 } }), 'assistant-gp');
    expect(c.status).toBe('partial');
    expect(c.points).toBe(1.5);
  });
});
