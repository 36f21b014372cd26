import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';

const { definition, compiled, scoreSample, criterion, status } = checklistKit(new URL('./', import.meta.url));

describe('shanxi-primary-2023 definition', () => {
  it('validates, is published and assesses institutions', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.status).toBe('published');
    expect(compiled.definition.subject).toBe('institution');
  });

  it('mirrors the plan headings, in the plan order', () => {
    expect(compiled.definition.sections.map((s) => s.clause)).toEqual(['一', '二(一)', '二(二)', '二(三)', '二(四)', '二(五)']);
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
    expect(find('village-subsidy')?.target).toEqual({ op: '>=', value: 1000 });
    expect(find('core-systems')?.target).toEqual({ op: '>=', value: 18 });
    expect(find('service-functions')?.items?.map((i) => i.label.zh)).toEqual([
      '常见病多发病诊治', '公共卫生', '健康管理', '中医药服务', '传染病筛查防治', '重大慢性病健康管理', '居民心理健康指导',
    ]);
    expect(find('elderly-services')?.items?.map((i) => i.label.zh)).toEqual(['老年人医疗照护', '家庭病床', '居家护理']);
    expect(compiled.definition.criteria.filter((c) => c.veto)).toEqual([]);
  });
});

describe('shanxi-primary-2023 README', () => {
  it('lists every criterion in its audit table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const c of compiled.definition.criteria) expect(readme, c.id).toContain(`| \`${c.id}\` | ${c.clause} |`);
  });
});

describe('shanxi-primary-2023 samples', () => {
  it('a township health centre meeting everything: 100, 优秀', () => {
    const r = scoreSample('full-township');
    expect(r.total).toBe(100);
    expect(r.maxPoints).toBe(30);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.counts).toMatchObject({ met: 8, 'not-met': 0, 'not-applicable': 7, missing: 0 });
    expect(criterion(r, 'routine-surgery').actual?.value).toBe(85);
  });

  it('a village clinic meeting everything: 100, 优秀', () => {
    const r = scoreSample('full-village');
    expect(r.total).toBe(100);
    expect(r.maxPoints).toBe(24);
    expect(status(r, 'village-subsidy')).toBe('met');
  });

  it('a weak township health centre fails broadly', () => {
    const r = scoreSample('weak-township');
    expect(r.total).toBe(31.9);
    expect(r.band?.label.zh).toBe('不合格');
    expect(r.counts).toMatchObject({ met: 2, partial: 1, 'not-met': 5 });
    const services = criterion(r, 'service-functions');
    expect(services.points).toBe(2.57);
    expect(services.gap?.missingItems).toEqual(['tcm', 'infectious-screening', 'chronic-disease', 'mental-health']);
    expect(criterion(r, 'core-systems').gap?.text.zh).toBe('差6项');
    expect(status(r, 'fever-clinic')).toBe('not-met');
  });

  it('a weak village clinic: the subsidy gap is shown in yuan', () => {
    const r = scoreSample('weak-village');
    expect(r.total).toBe(39.9);
    expect(r.band?.label.zh).toBe('不合格');
    expect(criterion(r, 'village-subsidy').gap?.text.zh).toBe('差400元');
    expect(status(r, 'village-integration')).toBe('not-met');
  });
});

describe('shanxi-primary-2023 context rules', () => {
  it('fever clinics bind township and community centres, not village clinics', () => {
    expect(status(scoreSample('weak-township'), 'fever-clinic')).toBe('not-met');
    expect(status(scoreSample('weak-township', { institutionType: 'community' }), 'fever-clinic')).toBe('not-met');
    expect(status(scoreSample('weak-village'), 'fever-clinic')).toBe('not-applicable');
  });

  it('standardisation binds township and village (乡村两级), not community centres', () => {
    expect(status(scoreSample('weak-village'), 'standardisation')).toBe('not-met');
    expect(status(scoreSample('weak-township', { institutionType: 'central-township' }), 'standardisation')).toBe('not-met');
    const community = scoreSample('weak-township', { institutionType: 'community' });
    expect(status(community, 'standardisation')).toBe('not-applicable');
    expect(community.total).toBe(36.8);
  });

  it('the 1000-yuan post subsidy binds village clinics only', () => {
    expect(status(scoreSample('weak-village'), 'village-subsidy')).toBe('not-met');
    expect(status(scoreSample('weak-township'), 'village-subsidy')).toBe('not-applicable');
  });

  it('the 18 core rules bind health centres, not village clinics', () => {
    expect(status(scoreSample('weak-township'), 'core-systems')).toBe('not-met');
    expect(status(scoreSample('weak-village'), 'core-systems')).toBe('not-applicable');
  });

  it('a central township centre (县域医疗次中心) is held to every township-centre rule', () => {
    const r = scoreSample('full-township', { institutionType: 'central-township' });
    expect(r.maxPoints).toBe(30);
    expect(r.total).toBe(100);
    expect(criterion(r, 'county-level-capability').actual?.value).toBe(true);
  });
});

describe('shanxi-primary-2023 informational items', () => {
  it('show the option chosen by its label, not its code', () => {
    expect(criterion(scoreSample('full-township'), 'quality-service-action').actual?.text).toEqual({ zh: '达到推荐标准', en: expect.any(String) });
    expect(criterion(scoreSample('weak-township'), 'quality-service-action').actual?.text.zh).toBe('未达基本标准');
  });
});
