import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { issueText } from './issue-text.js';

const warningsOf = (d: ReturnType<typeof sampleDefinition>) => {
  const result = validateDefinition(d);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.warnings.filter((w) => w.code === 'option-untranslated');
};

describe('choice options in every language the form declares', () => {
  it('says nothing when the form declares no translations', () => {
    expect(warningsOf(sampleDefinition())).toEqual([]);
  });

  it('warns, at the option, about each option with no English text, and names the key to add', () => {
    const d = sampleDefinition();
    (d.form as { i18n?: Record<string, Record<string, string>> }).i18n = { en: { 'quality.emr.0': 'Level 0', 'quality.emr.1': 'Level 1', 'quality.emr.2': 'Level 2', 'quality.emr.3': 'Level 3', 'quality.emr.4': 'Level 4' } };
    const warnings = warningsOf(d);
    expect(warnings).toEqual([expect.objectContaining({ path: '/form/schema/properties/quality/properties/emr/oneOf/5', params: expect.objectContaining({ key: 'quality.emr.5', lang: 'en' }) })]);
    expect(issueText(warnings[0]!)?.zh).toContain('缺少 en 译文');
  });

  it('reads an option’s own i18n key when it has one, and a multi-choice’s items', () => {
    const d = sampleDefinition();
    const quality = (d.form.schema as { properties: { quality: { properties: Record<string, unknown> } } }).properties.quality.properties;
    const emr = quality.emr as { oneOf: { const: string; i18n?: string }[] };
    emr.oneOf.forEach((o) => { o.i18n = `emr.${o.const}`; });
    quality.centres = { type: 'array', items: { type: 'string', oneOf: [{ const: 'chest', title: '胸痛中心' }, { const: 'stroke', title: '卒中中心' }, { const: 'trauma', title: '创伤中心' }] } };
    (d.form as { i18n?: Record<string, Record<string, string>> }).i18n = { en: { ...Object.fromEntries(emr.oneOf.map((o) => [`emr.${o.const}`, `Level ${o.const}`])), 'quality.centres.chest': 'Chest pain centre', 'quality.centres.stroke': 'Stroke centre' } };
    expect(warningsOf(d).map((w) => w.path)).toEqual(['/form/schema/properties/quality/properties/centres/items/oneOf/2']);
  });

  it('a warning does not stop a definition from publishing', () => {
    const d = sampleDefinition();
    (d.form as { i18n?: Record<string, Record<string, string>> }).i18n = { en: {} };
    expect(validateDefinition(d)).toMatchObject({ ok: true });
  });
});
