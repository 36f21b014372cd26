import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandDefinition } from './generate-form.js';
import { validateDefinition } from './validate-definition.js';
import { compileChecklist } from '../scoring/compile.js';
import { scoreSubmission } from '../scoring/score.js';
import { resolveScaleRefs, scaleLookup } from './resolve-scale-refs.js';
import { readStandardScales } from '../cli/standard-scales-file.js';
import { CJK } from '../scoring/unit-words.js';

/** A checklist as an author writes it criteria first: no form at all. */
function formless(): Record<string, unknown> {
  return {
    format: 1.1, id: 'gen-test', version: 1, status: 'draft',
    title: { zh: '生成测试', en: 'Generation test' }, issuer: { zh: '某卫健委' },
    plan: { title: { zh: '某方案' }, years: { from: 2023, to: 2025 }, seed: 'plan.txt' },
    subject: 'institution', context: [],
    scales: { emr: { title: { zh: '电子病历' }, levels: [{ value: '3', label: { zh: '3级', en: 'Level 3' } }, { value: '4', label: { zh: '4级', en: 'Level 4' } }] } },
    sections: [
      { id: 'beds', title: { zh: '床位', en: 'Beds' } },
      { id: 'it', title: { zh: '信息化', en: 'IT' } },
    ],
    derived: [{ id: 'share', title: { zh: '手术占比', en: 'Surgery share' }, unit: { zh: '%' }, decimals: 1,
      expr: { '*': [{ '/': [{ var: 'beds.surgeries' }, { var: 'beds.discharges' }] }, 100] } }],
    criteria: [
      { id: 'infectious', section: 'beds', title: { zh: '传染病床位', en: 'Infectious-disease beds' }, clause: '二(一)1', kind: 'count',
        value: { field: 'beds.infectious' }, unit: { zh: '张', en: 'beds' }, target: { op: '>=', value: 50 }, weight: 2 },
      { id: 'ward', section: 'beds', title: { zh: '建成传染病院区' }, clause: '二(一)2', kind: 'boolean', value: { field: 'beds.ward' }, target: { equals: true } },
      { id: 'share', section: 'beds', title: { zh: '手术占比' }, clause: '二(一)3', kind: 'numeric', value: { derived: 'share' }, unit: { zh: '%' }, target: { op: '>=', value: 35 } },
      { id: 'emr', section: 'it', title: { zh: '电子病历等级', en: 'EMR level' }, clause: '二(二)1', kind: 'ordinal', scale: 'emr', value: { field: 'it.emr' }, target: { op: '>=', level: '4' } },
      { id: 'centres', section: 'it', title: { zh: '五大中心' }, clause: '二(二)2', kind: 'coverage', value: { field: 'it.centres' },
        items: [{ value: 'chest', label: { zh: '胸痛中心' } }, { value: 'stroke', label: { zh: '卒中中心' } }], target: { min: 1 } },
      { id: 'ratio', section: 'it', title: { zh: '床护比' }, clause: '二(二)3', kind: 'numeric', value: { field: 'it.nursesPerBed' }, target: { op: '>=', value: 0.6 } },
      { id: 'note', section: 'it', title: { zh: '其他进展' }, clause: '二(二)4', kind: 'info', value: { field: 'it.note' } },
    ],
    bands: [{ id: 'pass', label: { zh: '达标' }, min: 60 }, { id: 'fail', label: { zh: '未达标' }, min: 0 }],
  };
}

type Form = { schema: { properties: Record<string, { properties: Record<string, Record<string, unknown>> }> }; uischema: Record<string, unknown>; i18n?: { en: Record<string, string> } };
const formOf = (d: unknown) => (d as { form: Form }).form;

describe('expandDefinition', () => {
  it('generates a form a form-less definition validates and scores with', () => {
    const expanded = expandDefinition(formless());
    expect(validateDefinition(expanded)).toMatchObject({ ok: true });
    const result = scoreSubmission(compileChecklist(expanded), {
      context: { year: 2025, round: 'final' },
      answers: { beds: { infectious: 50, ward: true, surgeries: 40, discharges: 100 }, it: { emr: '4', centres: ['chest'], nursesPerBed: 0.5, note: '进展顺利' } },
      evidence: {},
    });
    const status = Object.fromEntries(result.criteria.map((c) => [c.id, c.status]));
    expect(status).toEqual({ infectious: 'met', ward: 'met', share: 'met', emr: 'met', centres: 'met', ratio: 'not-met', note: 'info' });
  });

  it('types each field by its criterion kind, titled by the criterion with the target as help text', () => {
    const { schema } = formOf(expandDefinition(formless()));
    const beds = schema.properties.beds!.properties;
    const it = schema.properties.it!.properties;
    expect(schema.properties.beds).toMatchObject({ type: 'object', title: '床位' });
    expect(beds.infectious).toEqual({ type: 'integer', minimum: 0, title: '传染病床位（张）', description: '目标：≥ 50张（不低于）' });
    expect(beds.ward).toMatchObject({ type: 'boolean', title: '建成传染病院区' });
    expect(beds.surgeries).toEqual({ type: 'number', title: '手术占比：surgeries' });
    expect(it.emr).toMatchObject({ type: 'string', oneOf: [{ const: '3', title: '3级' }, { const: '4', title: '4级' }], description: '目标：不低于4级' });
    expect(it.centres).toMatchObject({ type: 'array', uniqueItems: true, items: { oneOf: [{ const: 'chest', title: '胸痛中心' }, { const: 'stroke', title: '卒中中心' }] } });
    expect(it.nursesPerBed).toMatchObject({ type: 'number' });
    expect(it.note).toMatchObject({ type: 'string' });
    expect(it.note).not.toHaveProperty('description');
  });

  it('says where the target depends on the context, rather than show a default that may not apply', () => {
    const d = formless();
    const criteria = d.criteria as Record<string, unknown>[];
    criteria[0]!.targets = [{ when: { context: { year: 2025 } }, target: { op: '>=', value: 60 } }];
    criteria[1]!.targets = [{ when: { context: { year: 2025 } }, target: { equals: true } }];
    delete criteria[1]!.target;
    const { schema, i18n } = formOf(expandDefinition(d));
    expect(schema.properties.beds!.properties.infectious!.description).toBe('目标：≥ 50张（不低于）（部分情形另有目标）');
    expect(schema.properties.beds!.properties.ward!.description).toBe('目标：因情形而异');
    expect(i18n?.en['beds.ward.description']).toBe('Target: depends on the context');
  });

  it('lays out a category per section with one control per field, and English i18n keys', () => {
    const { uischema, i18n } = formOf(expandDefinition(formless()));
    expect(uischema).toEqual({
      type: 'Categorization',
      elements: [
        { type: 'Category', label: '床位', i18n: 'beds', elements: ['infectious', 'ward', 'surgeries', 'discharges'].map((k) => ({ type: 'Control', scope: `#/properties/beds/properties/${k}` })) },
        { type: 'Category', label: '信息化', i18n: 'it', elements: ['emr', 'centres', 'nursesPerBed', 'note'].map((k) => ({ type: 'Control', scope: `#/properties/it/properties/${k}` })) },
      ],
    });
    expect(i18n?.en).toMatchObject({
      'beds.label': 'Beds', 'it.label': 'IT',
      'beds.infectious.label': 'Infectious-disease beds (beds)', 'beds.infectious.description': 'Target: at least 50 beds',
      'it.emr.label': 'EMR level', 'it.emr.description': 'Target: at least level 4',
    });
  });

  it('gives English texts without Chinese where the units are given only in Chinese, and the Chinese texts as before', () => {
    const d = formless();
    const criteria = d.criteria as Record<string, unknown>[];
    criteria[0]!.unit = { zh: '张' };
    criteria[2]!.title = { zh: '手术占比', en: 'Surgery share' };
    criteria[5]!.title = { zh: '急救响应时间', en: 'Ambulance response' };
    criteria[5]!.unit = { zh: '分钟' };
    criteria[5]!.target = { op: 'between', min: 10, max: 15 };
    criteria.push({ id: 'bed-days', section: 'it', title: { zh: '实际占用', en: 'Bed-days used' }, clause: '二(二)5', kind: 'numeric',
      value: { field: 'it.bedDays' }, unit: { zh: '床日' }, target: { op: '>=', value: 1 } });
    const { schema, i18n } = formOf(expandDefinition(d));
    const en = i18n?.en ?? {};
    expect(en).toMatchObject({
      'beds.infectious.label': 'Infectious-disease beds (beds)', 'beds.infectious.description': 'Target: at least 50 beds',
      'it.nursesPerBed.label': 'Ambulance response (minutes)', 'it.nursesPerBed.description': 'Target: between 10 and 15 minutes',
      // A unit the table does not know is left out: the number stays.
      'it.bedDays.label': 'Bed-days used', 'it.bedDays.description': 'Target: at least 1',
    });
    expect(Object.entries(en).filter(([, text]) => CJK.test(text))).toEqual([]);
    expect(schema.properties.beds!.properties.infectious).toMatchObject({ title: '传染病床位（张）', description: '目标：≥ 50张（不低于）' });
    expect(schema.properties.it!.properties.nursesPerBed).toMatchObject({ title: '急救响应时间（分钟）', description: '目标：10–15分钟' });
    expect(schema.properties.it!.properties.bedDays).toMatchObject({ title: '实际占用（床日）', description: '目标：≥ 1床日（不低于）' });
  });

  it('gives each scale level its English where the scale has it, so a generated choice is not left in Chinese', () => {
    const { i18n } = formOf(expandDefinition(formless()));
    expect(i18n?.en).toMatchObject({ 'it.emr.3': 'Level 3', 'it.emr.4': 'Level 4' });
    // The items here have no English: nothing is made up for them, and validation still says so.
    expect(Object.keys(i18n?.en ?? {}).filter((k) => k.startsWith('it.centres.'))).toEqual(['it.centres.description']);
    const validation = validateDefinition(expandDefinition(formless()));
    const untranslated = validation.ok ? validation.warnings.filter((w) => w.code === 'option-untranslated').map((w) => w.path) : [];
    expect(untranslated).toEqual(['/form/schema/properties/it/properties/centres/items/oneOf/0', '/form/schema/properties/it/properties/centres/items/oneOf/1']);
  });

  it('keeps a hand-written form exactly: every checklist in forms/ comes back as the same object', () => {
    const lookup = scaleLookup(readStandardScales());
    const folders = readdirSync(new URL('../../forms/', import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('_'));
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) {
      const raw = JSON.parse(readFileSync(new URL(`../../forms/${folder.name}/checklist.json`, import.meta.url), 'utf8'));
      const resolved = resolveScaleRefs(raw, lookup);
      if (!resolved.ok) throw new Error(folder.name);
      expect(expandDefinition(resolved.definition)).toBe(resolved.definition);
    }
  });

  it('fills in only the missing part: a hand-written schema gets a layout with a control for each of its fields', () => {
    const d = formless();
    const schema = { type: 'object', properties: {
      beds: { type: 'object', properties: { infectious: { type: 'integer', title: '传染病床位数' }, ward: { type: 'boolean' }, surgeries: { type: 'number' }, discharges: { type: 'number' } } },
      it: { type: 'object', properties: { emr: { type: 'string', enum: ['3', '4'] }, centres: { type: 'array', items: { enum: ['chest', 'stroke'] } }, nursesPerBed: { type: 'number' }, note: { type: 'string' }, extra: { type: 'string' } } },
    } };
    d.form = { schema };
    const form = formOf(expandDefinition(d));
    expect(form.schema).toBe(schema);
    const controls = (form.uischema.elements as { elements: { scope: string }[] }[]).flatMap((c) => c.elements.map((e) => e.scope));
    expect(controls).toContain('#/properties/it/properties/extra');
    expect(controls).toHaveLength(9);
    // Field labels are the hand-written schema's; only the section labels are added.
    expect(form.i18n).toEqual({ en: { 'beds.label': 'Beds', 'it.label': 'IT' } });
    expect(validateDefinition(expandDefinition(d))).toMatchObject({ ok: true });

    const uischema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/beds' }] };
    const onlyLayout = formless();
    onlyLayout.form = { uischema };
    expect(formOf(expandDefinition(onlyLayout)).uischema).toBe(uischema);
  });

  it('leaves what it cannot generate to validation, which says what is wrong', () => {
    const d = formless();
    (d.criteria as Record<string, unknown>[])[3]!.scale = 'no-such-scale';
    const result = validateDefinition(expandDefinition(d));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining({ code: 'unknown-scale', path: '/criteria/3/scale' }));
    expect(expandDefinition('not a definition')).toBe('not a definition');
  });
});
