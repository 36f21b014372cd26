// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { compile } from '../../../lib/engine';
import { buildFormMap } from '../form-map';
import { LiveContext, type LiveState } from '../live-context';
import { previewScore } from '../live-score';
import { repoChecklists } from '../repo-checklists.test-helper';
import type { ChecklistForm as FormDefinition } from '../use-form-i18n';
import { ChecklistForm } from './ChecklistForm';

/** The props JSON Forms was last rendered with: its `onChange` is what it calls, 10 ms after taking a copy. */
const jsonForms = vi.hoisted(() => ({ last: undefined as undefined | { data: unknown; onChange(e: { data: unknown; errors: unknown[] }): void } }));
vi.mock('@jsonforms/react', async (actual) => {
  const real = await actual<typeof import('@jsonforms/react')>();
  return {
    ...real,
    JsonForms: (props: Parameters<typeof real.JsonForms>[0]) => {
      jsonForms.last = props as never;
      return createElement(real.JsonForms, props);
    },
  };
});

const definition = Object.entries(repoChecklists).find(([path]) => path.includes('/haining-hospital-2023/'))![1];
const compiled = compile(definition);
const map = buildFormMap(compiled);
const result = previewScore(compiled, { context: { year: 2025, round: 'annual' } as never, answers: {}, evidence: {} });
const live: LiveState = { results: new Map(result.criteria.map((c) => [c.id, c])), submissionId: 's', readOnly: false, evidence: {}, setEvidence: () => undefined };

let root: Root;
let host: HTMLElement;
const onChange = vi.fn();
const render = (data: Record<string, unknown>) =>
  act(() =>
    root.render(
      createElement(
        I18nProvider,
        null,
        createElement(LiveContext.Provider, { value: live }, createElement(ChecklistForm, { form: definition.form as FormDefinition, map, sections: definition.sections, section: 0, onSection: () => undefined, data, onChange })),
      ),
    ),
  );

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  onChange.mockClear();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('ChecklistForm and the copies the page hands it', () => {
  it('a late report of a copy the page replaced is no edit: the kept edits put back after a reload stay', async () => {
    // The cached copy opens the form; the edits kept on the device are put back before JSON Forms
    // reports that first copy (it does so 10 ms after taking it: on a loaded device, after the swap).
    const opened = {};
    await render(opened);
    const kept = { facilities: { floorArea: 5200 } };
    await render(kept);
    expect(jsonForms.last?.data).toBe(kept);
    await act(() => jsonForms.last!.onChange({ data: opened, errors: [] }));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    // Taking it would have put the empty copy back over the kept edits, on the page and in the outbox.
    expect(onChange).not.toHaveBeenCalled();
  });

  it('an edit, a new copy of the answers, reaches the page', async () => {
    await render({});
    const typed = { facilities: { floorArea: 4800 } };
    await act(() => jsonForms.last!.onChange({ data: typed, errors: [] }));
    expect(onChange).toHaveBeenCalledWith(typed);
  });

  it('the real form, handed one copy and then another, reports neither as an edit', async () => {
    await render({});
    await render({ facilities: { beds: 320 } });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(host.querySelector('[data-field="facilities.floorArea"]')).not.toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });
});
