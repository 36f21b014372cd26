import { describe, expect, it } from 'vitest';
import { expandDefinition } from '../../../../../functions/checklist/generate-form';
import { validateDefinition } from '../../../../../functions/checklist/validate-definition';
import { scaffoldDefinition } from './scaffold';

describe('scaffoldDefinition', () => {
  it('is a valid criteria-first definition: no form written, one generated from its criteria', () => {
    const scaffold = scaffoldDefinition();
    expect(scaffold.form).toBeUndefined();
    const validation = validateDefinition(expandDefinition(scaffold));
    expect(validation).toMatchObject({ ok: true, warnings: [] });
  });
});
