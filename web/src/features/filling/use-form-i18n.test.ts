import { describe, expect, it } from 'vitest';
import { getI18nKeyPrefix, oneOfToEnumOptionMapper, type JsonSchema } from '@jsonforms/core';
import { formTranslator, optionKeyOf } from './use-form-i18n';
import { repoChecklists } from './repo-checklists.test-helper';

interface Choice {
  path: string;
  option: JsonSchema & { const: unknown; title?: string };
}

/** Every constant choice of a form's schema (a select's `oneOf`, or a multi-choice's `items.oneOf`), with its field's path. */
function choicesOf(node: JsonSchema | undefined, path: string[] = []): Choice[] {
  if (!node) return [];
  const own = (node.oneOf ?? []).filter((o): o is Choice['option'] => 'const' in o).map((option) => ({ path: path.join('.'), option }));
  const items = node.items && !Array.isArray(node.items) ? choicesOf(node.items, path) : [];
  const nested = Object.entries(node.properties ?? {}).flatMap(([key, child]) => choicesOf(child, [...path, key]));
  return [...own, ...items, ...nested];
}

describe('a checklist form in English', () => {
  it('maps JSON Forms’ request for an option without an i18n key back to <path>.<const>', () => {
    expect(optionKeyOf('beds.level.二级', { const: 'second', title: '二级' })).toBe('beds.level.second');
    expect(optionKeyOf('beds.level.second', { const: 'second' })).toBe('beds.level.second');
    expect(optionKeyOf('beds.level.label', { const: 'second', title: '二级' })).toBeUndefined();
    expect(optionKeyOf('beds.level.二级', { const: 'second', title: '二级', i18n: 'x' })).toBeUndefined();
  });

  it('keeps the schema’s Chinese in Chinese and when a word has no English', () => {
    const t = formTranslator({ en: { 'a.b.x': 'Ex' } }, 'zh');
    expect(t('a.b.甲', '甲', { schema: { const: 'x', title: '甲' } })).toBe('甲');
    expect(formTranslator({ en: {} }, 'en')('a.b.甲', '甲', { schema: { const: 'x', title: '甲' } })).toBe('甲');
  });

  // What the reader sees: each option's label as JSON Forms' own option mapper builds it.
  for (const [file, definition] of Object.entries(repoChecklists)) {
    const form = definition.form as { schema: JsonSchema; i18n?: Record<string, Record<string, string>> };
    it(`shows every choice option of ${file.split('/').at(-2)} in English`, () => {
      const translate = formTranslator(form.i18n, 'en');
      const choices = choicesOf(form.schema);
      expect(choices.length).toBeGreaterThan(0);
      const untranslated = choices
        .map(({ path, option }) => ({ path, label: oneOfToEnumOptionMapper(option, translate as never, getI18nKeyPrefix({}, undefined, path)).label }))
        .filter(({ label }) => /[\u4e00-\u9fff]/.test(label));
      expect(untranslated).toEqual([]);
    });
  }
});
