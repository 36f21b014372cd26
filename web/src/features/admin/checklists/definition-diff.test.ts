import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../../../functions/scoring/fixtures/sample-definition';
import { compile, type ChecklistDefinition } from '../../../lib/engine';
import { en, zh } from '../../../i18n/messages';
import { diffDefinitions, sameContent } from './definition-diff';
import { diffText, type DiffText, type Wording } from './diff-text';

const v1 = () => sampleDefinition();
const diff = (edit: (d: ChecklistDefinition) => void) => {
  const next = v1();
  next.version = 2;
  edit(next);
  return diffDefinitions(compile(v1()), compile(next));
};
const criterion = (d: ChecklistDefinition, id: string) => d.criteria.find((c) => c.id === id)!;
/** The page's wording in one language, from the real catalogues. */
const wording = (lang: 'zh' | 'en'): Wording => ({
  t: (key, values) => (lang === 'en' ? en : zh)[key].replace(/\{(\w+)\}/g, (_, n: string) => String(values?.[n] ?? '')),
  l: (text) => (lang === 'en' ? (text.en ?? text.zh) : text.zh),
});
const say = (lang: 'zh' | 'en') => (x: DiffText) => diffText(x, wording(lang));

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
      { kind: 'criterion-changed', id: 'surgery-share', title: { zh: '手术占比', en: '手术占比' }, aspect: 'target', before: { text: expect.objectContaining({ zh: '≥ 35%（不低于）' }) }, after: { text: expect.objectContaining({ zh: '≥ 40%（不低于）' }) } },
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
    const worded = (lang: 'zh' | 'en') =>
      changes.map((c) => (c.kind === 'criterion-changed' ? `${c.aspect}: ${say(lang)(c.before)} ⇒ ${say(lang)(c.after)}` : c.kind));
    expect(worded('zh')).toEqual([
      'targets: county = a → ≥ 20张（不低于）；county = b → ≥ 50张（不低于） ⇒ county = a → ≥ 20张（不低于）；county = b → ≥ 40张（不低于）',
      'weight: 5 ⇒ 8',
      'applicability: grade ≥ 2 ⇒ grade ≥ 3',
      'veto: 否 ⇒ 一票否决',
    ]);
    expect(worded('en')).toEqual([
      'targets: county = a → at least 20 beds; county = b → at least 50 beds ⇒ county = a → at least 20 beds; county = b → at least 40 beds',
      'weight: 5 ⇒ 8',
      'applicability: grade ≥ 2 ⇒ grade ≥ 3',
      'veto: no ⇒ veto',
    ]);
  });

  it('lists criteria and form fields added and removed', () => {
    const changes = diff((d) => {
      d.criteria = d.criteria.filter((c) => c.id !== 'aim');
      const quality = (d.form as unknown as { schema: { properties: Record<string, { properties: Record<string, unknown> }> } }).schema.properties.quality!;
      delete quality.properties.note;
      quality.properties.icu = { type: 'boolean', title: '设置重症监护室' };
      d.criteria.push({ id: 'icu', section: 'quality', title: { zh: '重症监护室' }, clause: '二(7)', kind: 'boolean', weight: 2, value: { field: 'quality.icu' }, target: { equals: true } });
    });
    expect(changes.map((c) => `${c.kind} ${'id' in c ? c.id : c.path}`)).toEqual(['criterion-added icu', 'criterion-removed aim', 'field-added quality.icu', 'field-removed quality.note']);
    const summaries = (lang: 'zh' | 'en') => changes.flatMap((c) => ('summary' in c ? [say(lang)(c.summary)] : []));
    expect(summaries('zh')).toEqual(['章节：质量；目标：是（须做到）；权重 2', '章节：质量；参考项，不计分']);
    expect(summaries('en')).toEqual(['Section: Quality; target: yes (required); weight 2', 'Section: Quality; for information, no points']);
    expect(changes.slice(2)).toEqual([
      { kind: 'field-added', path: 'quality.icu', title: '设置重症监护室' },
      { kind: 'field-removed', path: 'quality.note', title: 'quality.note' },
    ]);
  });

  it('an English reader sees no Chinese the catalogue should have worded', () => {
    const changes = diff((d) => {
      criterion(d, 'fever-clinic').appliesWhen = undefined;
      criterion(d, 'staff-cost').veto = true;
      criterion(d, 'surgery-share').evidence = { required: true };
      criterion(d, 'infectious-beds').targets = undefined;
      criterion(d, 'infectious-beds').target = { op: '>=', value: 30 };
    });
    const english = changes.flatMap((c) => (c.kind === 'criterion-changed' ? [say('en')(c.before), say('en')(c.after)] : 'summary' in c ? [say('en')(c.summary)] : []));
    expect(english).toEqual(expect.arrayContaining(['grade ≥ 2', 'always', 'no', 'veto', 'not required', 'evidence required', '(none)']));
    expect(english.filter((s) => /\p{Script=Han}/u.test(s))).toEqual([]);
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

  it('lists a changed checklist title, which every institution sees, beside a weight change', () => {
    const changes = diff((d) => {
      d.title = { zh: `${d.title.zh}（修订）`, en: d.title.en };
      criterion(d, d.criteria[0]!.id).weight = 7;
    });
    expect(changes.map((c) => c.kind)).toEqual(['checklist-changed', 'criterion-changed']);
    const info = changes[0]!;
    if (info.kind !== 'checklist-changed') throw new Error('expected the title first');
    expect(info.aspect).toBe('checklist-title');
    expect(say('zh')(info.after)).toBe(`${v1().title.zh}（修订）`);
    expect(say('zh')(info.before)).toBe(v1().title.zh);
    expect(zh['cl.diff.checklist-changed']).toBe('评估表信息变更');
    expect(en['cl.aspect.checklist-title']).toBe('Title');
  });
});

describe('sameContent', () => {
  const published = { id: 'c', version: 2, status: 'published', title: { zh: '表' }, criteria: [{ id: 'k', target: 35 }] };
  it('a next version published unedited is the same content, whatever its version, status or key order', () => {
    expect(sameContent({ criteria: [{ target: 35, id: 'k' }], title: { zh: '表' }, status: 'draft', version: 3, id: 'c' }, published)).toBe(true);
  });
  it('one changed target, title or criterion is new content', () => {
    expect(sameContent({ ...published, version: 3, criteria: [{ id: 'k', target: 33 }] }, published)).toBe(false);
    expect(sameContent({ ...published, version: 3, title: { zh: '表', en: 'Form' } }, published)).toBe(false);
    expect(sameContent({ ...published, version: 3, criteria: [] }, published)).toBe(false);
  });
});
