import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../../../functions/scoring/fixtures/sample-definition';
import { compile, type ChecklistDefinition } from '../../../lib/engine';
import { diffDefinitions } from './definition-diff';

const v1 = () => sampleDefinition();
const diff = (edit: (d: ChecklistDefinition) => void) => {
  const next = v1();
  next.version = 2;
  edit(next);
  return diffDefinitions(compile(v1()), compile(next));
};
const criterion = (d: ChecklistDefinition, id: string) => d.criteria.find((c) => c.id === id)!;

describe('diffDefinitions', () => {
  it('finds nothing between a version and itself with keys reordered and only the version changed', () => {
    const reordered = v1();
    reordered.version = 2;
    reordered.criteria = reordered.criteria.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c);
    expect(diffDefinitions(compile(v1()), compile(reordered))).toEqual([]);
  });

  it('a changed target is exactly one change, worded as results word targets', () => {
    const changes = diff((d) => {
      criterion(d, 'surgery-share').target = { op: '>=', value: 40 };
    });
    expect(changes).toEqual([
      { kind: 'criterion-changed', id: 'surgery-share', title: { zh: '手术占比', en: '手术占比' }, aspect: 'target', before: expect.objectContaining({ zh: '≥ 35%（不低于）' }), after: expect.objectContaining({ zh: '≥ 40%（不低于）' }) },
    ]);
  });

  it('names weight, applicability, veto and variant changes separately', () => {
    const changes = diff((d) => {
      criterion(d, 'fever-clinic').weight = 8;
      criterion(d, 'fever-clinic').appliesWhen = { context: { grade: { gte: '3' } } };
      criterion(d, 'staff-cost').veto = true;
      criterion(d, 'infectious-beds').targets![1]!.target = { op: '>=', value: 40 };
    });
    expect(changes.map((c) => (c.kind === 'criterion-changed' ? `${c.id}:${c.aspect}` : c.kind))).toEqual([
      'infectious-beds:targets',
      'fever-clinic:weight',
      'fever-clinic:applicability',
      'staff-cost:veto',
    ]);
    const app = changes.find((c) => c.kind === 'criterion-changed' && c.aspect === 'applicability');
    expect(app).toMatchObject({ before: { zh: 'grade ≥ 2' }, after: { zh: 'grade ≥ 3' } });
    const variants = changes.find((c) => c.kind === 'criterion-changed' && c.aspect === 'targets');
    expect(variants).toMatchObject({ after: { zh: 'county = a → ≥ 20张（不低于）；county = b → ≥ 40张（不低于）' } });
  });

  it('lists criteria and form fields added and removed', () => {
    const changes = diff((d) => {
      d.criteria = d.criteria.filter((c) => c.id !== 'aim');
      const quality = (d.form as unknown as { schema: { properties: Record<string, { properties: Record<string, unknown> }> } }).schema.properties.quality!;
      delete quality.properties.note;
      quality.properties.icu = { type: 'boolean', title: '设置重症监护室' };
      d.criteria.push({ id: 'icu', section: 'quality', title: { zh: '重症监护室' }, clause: '二(7)', kind: 'boolean', weight: 2, value: { field: 'quality.icu' }, target: { equals: true } });
    });
    expect(changes).toEqual([
      { kind: 'criterion-added', id: 'icu', title: { zh: '重症监护室' }, section: 'quality', summary: { zh: '章节：质量；目标：是（须做到）；权重 2', en: 'Section: Quality; target: yes (required); weight 2' } },
      { kind: 'criterion-removed', id: 'aim', title: { zh: '力争进入前十', en: '力争进入前十' }, section: 'quality', summary: { zh: '章节：质量；参考项，不计分', en: 'Section: Quality; for information, no points' } },
      { kind: 'field-added', path: 'quality.icu', title: '设置重症监护室' },
      { kind: 'field-removed', path: 'quality.note', title: 'quality.note' },
    ]);
  });

  it('a swap of two sections reports one move, not every section', () => {
    const changes = diff((d) => {
      d.sections.push({ id: 'extra', title: { zh: '其他' }, clause: '三' });
    });
    expect(changes).toEqual([{ kind: 'section-added', id: 'extra', title: { zh: '其他', en: '其他' } }]);
    const swapped = diff((d) => {
      d.sections = [d.sections[1]!, d.sections[0]!];
    });
    expect(swapped).toEqual([{ kind: 'section-moved', id: 'quality', title: { zh: '质量', en: 'Quality' }, from: 2, to: 1 }]);
  });
});
