import { describe, expect, it } from 'vitest';
import { resolveScaleRefs, scaleLookup } from './resolve-scale-refs.js';
import { validateDefinition } from './validate-definition.js';
import { issueText } from './issue-text.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import type { StandardScale } from './standard-scale-schema.js';

const emr: StandardScale = {
  id: 'emr', version: 1, title: { zh: '电子病历', en: 'EMR' },
  levels: ['0', '1', '2', '3', '4', '5'].map((v) => ({ value: v, label: { zh: `${v}级`, en: `Level ${v}` } })),
};

/** The sample checklist with its `emr` scale replaced by a reference. */
function referencing(ref: string) {
  const d = sampleDefinition() as unknown as { scales: Record<string, unknown> };
  d.scales.emr = { ref };
  return d;
}

describe('standard scale references', () => {
  it('expand into a copy that names its standard, keeping scales defined in place; the result validates', () => {
    const resolved = resolveScaleRefs(referencing('emr@1'), scaleLookup([emr]));
    expect(resolved.ok).toBe(true);
    const scales = (resolved as { definition: { scales: Record<string, unknown> } }).definition.scales;
    expect(scales.emr).toEqual({ standard: 'emr@1', title: emr.title, levels: emr.levels });
    expect(scales.grade).toEqual(sampleDefinition().scales!.grade);
    expect(validateDefinition((resolved as { definition: unknown }).definition)).toMatchObject({ ok: true });
  });

  it('leave a definition without references untouched (a version-1 definition reads as before)', () => {
    const d = sampleDefinition();
    expect(resolveScaleRefs(d, scaleLookup([]))).toEqual({ ok: true, definition: d });
  });

  it('name an unpublished version with the versions that exist, in both languages', () => {
    const resolved = resolveScaleRefs(referencing('emr@2'), scaleLookup([emr]));
    expect(resolved).toEqual({ ok: false, issues: [expect.objectContaining({ path: '/scales/emr/ref', code: 'unknown-standard-scale', params: { ref: 'emr@2', versions: ['emr@1'] } })] });
    if (resolved.ok) return;
    expect(issueText(resolved.issues[0]!)).toEqual({ zh: '引用的标准量表 "emr@2" 未发布（已发布版本：emr@1）', en: 'standard scale "emr@2" is not published (published versions: emr@1)' });
  });

  it('are refused by the validator until resolved, so the engine never scores a scale it cannot see', () => {
    const result = validateDefinition(referencing('emr@1'));
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path: '/scales/emr/ref', code: 'unresolved-scale-ref' })] });
  });
});
