import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import type { FormMap } from '../form-map';
import { SECTION_OPTION } from '../renderers/section-layout';
import { ChecklistForm, type ChecklistFormProps } from './ChecklistForm';

/**
 * A checklist published later with a field no plain renderer draws: a list of staff, each an
 * object (Material's array table), beside a plain number field.
 */
const schema = {
  type: 'object',
  properties: {
    beds: { type: 'integer', minimum: 0, title: '编制床位数' },
    staff: { type: 'array', title: '专科医师', items: { type: 'object', properties: { name: { type: 'string', title: '姓名' }, title: { type: 'string', title: '职称' } } } },
  },
};
const sectionOf = (...fields: string[]) => ({ id: 's', uischema: { type: 'VerticalLayout' as const, elements: fields.map((f) => ({ type: 'Control', scope: `#/properties/${f}` })), options: { [SECTION_OPTION]: true } }, fields });
const mapOf = (...fields: string[]): FormMap => ({ sections: [sectionOf(...fields)], criteriaAt: new Map(), sectionOfField: () => 0, fieldOfCriterion: () => undefined });
const element = (map: FormMap, data: Record<string, unknown>) =>
  createElement(
    I18nProvider,
    null,
    createElement(ChecklistForm, { form: { schema, uischema: { type: 'Categorization', elements: [] } }, map, sections: [{ id: 's', title: { zh: '人员', en: 'Staff' } }], section: 0, onSection: () => undefined, data, onChange: () => undefined } satisfies ChecklistFormProps),
  );
const html = async (map: FormMap, data: Record<string, unknown>) => {
  const { prelude } = await prerender(element(map, data));
  return new Response(prelude).text();
};

describe('ChecklistForm with a field only the stock Material set draws', () => {
  it('renders a plain form at once, with no MUI', () => {
    const shown = renderToStaticMarkup(element(mapOf('beds'), { beds: 120 }));
    expect(shown).toMatch(/<input id="[^"]*beds[^"]*-input"[^>]* type="number"/);
    expect(shown).not.toContain('Mui');
  });

  // Loading MUI and the Material set into the test's module graph takes a while on a busy machine.
  it('loads the stock set first, then renders the array control (its rows and add button) beside the plain field', { timeout: 240_000 }, async () => {
    const map = mapOf('beds', 'staff');
    // Before the set arrives: the section's place says it is loading, no half-drawn form.
    expect(renderToStaticMarkup(element(map, {}))).toContain('加载中…');
    const shown = await html(map, { beds: 120, staff: [{ name: '王医生', title: '主任医师' }, { name: '李医生', title: '主治医师' }] });
    expect(shown).toMatch(/<input id="[^"]*beds[^"]*-input"[^>]* type="number"/);
    expect(shown).toContain('专科医师');
    expect(shown).toMatch(/class="Mui[^"]*MuiTable/);
    expect(shown).toContain('value="王医生"');
    expect(shown).toContain('value="主治医师"');
    expect(shown).toContain('aria-label="Add to 专科医师 button"');
  });
});
