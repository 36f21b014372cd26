import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { compile } from '../../../lib/engine';
import { buildFormMap } from '../form-map';
import { LiveContext, type LiveState } from '../live-context';
import { previewScore } from '../live-score';
import { repoChecklists } from '../repo-checklists.test-helper';
import type { ChecklistForm as FormDefinition } from '../use-form-i18n';
import { ChecklistForm, type ChecklistFormProps } from './ChecklistForm';

const definition = Object.entries(repoChecklists).find(([path]) => path.includes('/haining-hospital-2023/'))![1];
const compiled = compile(definition);
const map = buildFormMap(compiled);
const result = previewScore(compiled, { context: { year: 2025, round: 'annual' } as never, answers: {}, evidence: {} });
const live: LiveState = { results: new Map(result.criteria.map((c) => [c.id, c])), submissionId: 's', readOnly: false, evidence: {}, setEvidence: () => undefined };

const render = (props: Partial<ChecklistFormProps>) =>
  renderToStaticMarkup(
    createElement(
      I18nProvider,
      null,
      createElement(LiveContext.Provider, { value: live }, createElement(ChecklistForm, { form: definition.form as FormDefinition, map, sections: definition.sections, section: 0, onSection: () => undefined, data: {}, onChange: () => undefined, ...props })),
    ),
  );
/** The fields rendered, checked to be the open section's (its first ones: the layout renders the rest after the first paint). */
const fieldsOf = (html: string, section: number) => {
  const shown = [...html.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1]);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((f) => !map.sections[section]!.fields.includes(f!))).toEqual([]);
};

describe('ChecklistForm', () => {
  it('shows the sections as plain ARIA tabs, the open one labelling the panel that holds its fields', () => {
    const html = render({ section: 1 });
    expect(map.sections.length).toBeGreaterThan(2);
    expect(html).toContain('role="tablist" aria-label="评估章节"');
    expect(html.match(/role="tab"/g)).toHaveLength(map.sections.length);
    expect(html).toMatch(/role="tab" id="section-tab-1" aria-controls="section-panel" aria-selected="true" tabindex="0"/);
    expect(html).toMatch(/<div role="tabpanel" id="section-panel" tabindex="-1" aria-labelledby="section-tab-1" class="checklist-form">/);
    expect(html).not.toMatch(/MuiTab/);
    fieldsOf(html, 1);
  });

  it('names tabs and panel as the page asks (the admin preview has its own ids and test id)', () => {
    const html = render({ idPrefix: 'preview-tab', panelId: 'preview-panel', testId: 'preview-form' });
    expect(html).toMatch(/id="preview-tab-0" aria-controls="preview-panel" aria-selected="true"/);
    expect(html).toContain('<div role="tabpanel" id="preview-panel" tabindex="-1" aria-labelledby="preview-tab-0" class="checklist-form" data-testid="preview-form">');
  });

  it('opens the last section when the open one is past the end (a preview whose draft lost sections)', () => {
    const last = map.sections.length - 1;
    const html = render({ section: last + 3 });
    expect(html).toContain(`aria-labelledby="section-tab-${last}"`);
    fieldsOf(html, last);
  });
});
