import { describe, expect, it } from 'vitest';
import { definitionFromOutline, targetOf } from './init-definition.js';
import { expandDefinition } from '../checklist/generate-form.js';
import { validateDefinition } from '../checklist/validate-definition.js';

describe('targetOf (init shorthands)', () => {
  it('reads the plan-like shorthands into targets of the format', () => {
    expect(targetOf('count', '>= 50')).toEqual({ op: '>=', value: 50 });
    expect(targetOf('numeric', '≥35%')).toEqual({ op: '>=', value: 35 });
    expect(targetOf('numeric', '10-15')).toEqual({ op: 'between', min: 10, max: 15 });
    expect(targetOf('numeric', '45±3')).toEqual({ op: 'about', value: 45, tolerance: 3 });
    expect(targetOf('ordinal', '>= 4a')).toEqual({ op: '>=', level: '4a' });
    expect(targetOf('boolean', false)).toEqual({ equals: false });
    expect(targetOf('coverage', 3)).toEqual({ min: 3 });
  });

  it('passes anything else through, for validation to report at its path', () => {
    expect(targetOf('numeric', 'about 45')).toBe('about 45');
    expect(targetOf('count', '>= many')).toBe('>= many');
    expect(targetOf('numeric', { op: '<', value: 1 })).toEqual({ op: '<', value: 1 });
  });
});

describe('definitionFromOutline', () => {
  it('lets a criterion read a derived value whose inputs become form fields', () => {
    const d = definitionFromOutline({
      id: 'x', title: '测试', plan: { title: '方案', years: '2023-2025', seed: 'plan.txt' },
      derived: [{ id: 'share', title: { zh: '手术占比' }, expr: { '*': [{ '/': [{ var: 'ops.surgeries' }, { var: 'ops.discharges' }] }, 100] } }],
      sections: [{ id: 'ops', title: '手术', criteria: [{ id: 'share', title: '手术占比', kind: 'numeric', clause: '一', target: '>= 35', value: { derived: 'share' } }] }],
    });
    expect(d.plan).toMatchObject({ title: { zh: '方案' }, years: { from: 2023, to: 2025 } });
    expect((d.criteria as { value: unknown }[])[0]!.value).toEqual({ derived: 'share' });
    const expanded = expandDefinition(d) as { form: { schema: { properties: { ops: { properties: object } } } } };
    expect(Object.keys(expanded.form.schema.properties.ops.properties)).toEqual(['surgeries', 'discharges']);
    expect(validateDefinition(expanded)).toMatchObject({ ok: true });
  });

  it('refuses an outline without sections and criteria, saying what it needs', () => {
    expect(() => definitionFromOutline({ id: 'x' } as never)).toThrow(/"sections"/);
  });
});
