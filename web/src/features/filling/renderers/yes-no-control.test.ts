import type { ControlProps } from '@jsonforms/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { YesNoControl } from './YesNoControl';

const render = (props: Partial<ControlProps>) =>
  renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(YesNoControl, { id: 'q-debt', path: 'finance.debt', label: '存在违规举债', visible: true, enabled: true, errors: '', data: undefined, handleChange: () => {}, required: false, ...props } as ControlProps)),
  );

describe('YesNoControl', () => {
  it('asks 是 / 否 with two native radio buttons of one group, neither chosen until answered', () => {
    const html = render({});
    expect(html.match(/<input type="radio" name="q-debt"/g)).toHaveLength(2);
    expect(html).not.toContain('checked');
    expect(html).toMatch(/<label[^>]*><input[^>]*value="yes"[^>]*\/>是<\/label>/);
    expect(html).toContain('data-answered="false"');
  });

  it('shows a chosen 否 as chosen (false is an answer, not an empty one)', () => {
    const html = render({ data: false });
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="no"/);
    expect(html).not.toMatch(/<input[^>]*checked=""[^>]*value="yes"/);
    expect(html).toContain('data-answered="true"');
  });

  it('ties an error to the group, and greys both choices out when read-only', () => {
    const html = render({ errors: '必填', enabled: false });
    expect(html).toMatch(/aria-describedby="q-debt-help" aria-invalid="true"/);
    expect(html).toMatch(/<p id="q-debt-help" class="yes-no-help yes-no-error">必填<\/p>/);
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });

  // Why it is plain: MUI's Radio group was about twenty Emotion-styled elements per question on
  // the form's first render (the largest checklist's first field is one of these).
  it('renders no MUI (Emotion-styled) element', () => {
    expect(render({ errors: '必填', description: '说明' })).not.toMatch(/class="[^"]*Mui/);
  });
});
