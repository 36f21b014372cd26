import { describe, expect, it } from 'vitest';
import { compile } from '../../lib/engine.js';
import { repoChecklists } from './repo-checklists.test-helper.js';
import { buildFormMap, scopeToPath } from './form-map.js';

const definitions = repoChecklists;
const haining = Object.entries(definitions).find(([p]) => p.includes('/haining-hospital-2023/'))![1];

describe('buildFormMap', () => {
  it('turns scopes into answer paths', () => {
    expect(scopeToPath('#/properties/technology/properties/surgeries')).toBe('technology.surgeries');
  });

  it('shows a derived criterion at the last of its inputs in form order (the surgery share under the surgeries)', () => {
    const map = buildFormMap(compile(haining));
    expect(map.fieldOfCriterion('surgery-share')).toBe('technology.surgeries');
    expect(map.criteriaAt.get('technology.surgeries')!.map((c) => c.id)).toContain('surgery-share');
    expect(map.sections[map.sectionOfField('technology.surgeries')]!.id).toBe('technology');
  });

  it('places every criterion that reads a form field, in every checklist, and keeps the plan order of sections', () => {
    for (const [path, definition] of Object.entries(definitions)) {
      const compiled = compile(definition);
      const map = buildFormMap(compiled);
      // Tabs follow the plan's order; a section with nothing to fill (only unanswerable info items) has no tab.
      const order = definition.sections.map((s) => s.id);
      const shown = map.sections.map((s) => order.indexOf(s.id));
      expect(shown.every((index, i) => index >= 0 && (i === 0 || index > shown[i - 1]!)), path).toBe(true);
      for (const c of definition.criteria) {
        const value = c.value as { field?: string } | undefined;
        if (value?.field) expect(map.fieldOfCriterion(c.id), `${path} ${c.id}`).toBe(value.field);
      }
    }
  });
});
