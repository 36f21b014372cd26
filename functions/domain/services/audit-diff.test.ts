import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../model/submission.js';
import { AUDIT_DIFF_LIMITS, boundedValue, foldEvidenceChanges, foldFieldChanges } from './audit-diff.js';

const file = (name: string, key = `k-${name}`): EvidenceFile => ({ name, key, contentType: 'application/pdf', size: 1 });

describe('foldFieldChanges', () => {
  it('names each changed answer by its form path with old → new values; a multiple choice is one value', () => {
    const before = { facilities: { beds: 30, grade: 'level2' }, talent: { majors: ['a'] } };
    const after = { facilities: { beds: 35, grade: 'level2', icu: true }, talent: { majors: ['a', 'b'] } };
    expect(foldFieldChanges(undefined, before, after)).toEqual({
      fields: [
        { path: 'facilities.beds', from: 30, to: 35 },
        { path: 'facilities.icu', to: true },
        { path: 'talent.majors', from: ['a'], to: ['a', 'b'] },
      ],
    });
  });

  it('cuts long values and lists at most the limit of fields, counting the rest', () => {
    const long = '很'.repeat(100);
    const { fields } = foldFieldChanges(undefined, {}, { note: long });
    expect(fields).toEqual([{ path: 'note', to: `${'很'.repeat(AUDIT_DIFF_LIMITS.valueChars)}…` }]);
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${String(i).padStart(2, '0')}`, i]));
    const out = foldFieldChanges(undefined, {}, many);
    expect(out.fields).toHaveLength(AUDIT_DIFF_LIMITS.fields);
    expect(out.moreFields).toBe(25 - AUDIT_DIFF_LIMITS.fields);
    // A worst-case entry stays small on the item (at most 400 KB with every entry).
    const worst = foldFieldChanges(undefined, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field-${i}-${'x'.repeat(20)}`, long])), Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field-${i}-${'x'.repeat(20)}`, `${long}!`])));
    expect(Buffer.byteLength(JSON.stringify(worst))).toBeLessThan(3500);
  });

  it('folds into the session: first old value, last new one; edited back, a field drops out', () => {
    const one = foldFieldChanges(undefined, { beds: 30, icu: false }, { beds: 32, icu: true });
    const two = foldFieldChanges(one, { beds: 32, icu: true }, { beds: 35, icu: false });
    expect(two).toEqual({ fields: [{ path: 'beds', from: 30, to: 35 }] });
    expect(foldFieldChanges(two, {}, {})).toEqual(two);
  });

  it('keeps the JSON of a long structured value as cut text', () => {
    expect(boundedValue(Array.from({ length: 40 }, (_, i) => `option-${i}`))).toMatch(/^\["option-0","option-1".*…$/);
    expect(boundedValue(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('foldEvidenceChanges', () => {
  it('says which files were attached and taken off, per criterion, by name; one attached and removed in the session is not there', () => {
    const a = file('床位证明.pdf');
    const b = file('ICU照片.jpg');
    const one = foldEvidenceChanges(undefined, { beds: [a] }, { beds: [], icu: [b] });
    expect(one).toEqual({ evidence: [{ criterionId: 'beds', removed: ['床位证明.pdf'] }, { criterionId: 'icu', added: ['ICU照片.jpg'] }] });
    expect(foldEvidenceChanges(one, { icu: [b] }, { icu: [] })).toEqual({ evidence: [{ criterionId: 'beds', removed: ['床位证明.pdf'] }] });
  });

  it('bounds the criteria and names listed, counting the rest', () => {
    const after = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`c${i}`, Array.from({ length: 5 }, (_, j) => file(`f${i}-${j}.pdf`))]));
    const out = foldEvidenceChanges(undefined, {}, after);
    expect(out.evidence).toHaveLength(AUDIT_DIFF_LIMITS.evidence);
    expect(out.evidence![0]).toEqual({ criterionId: 'c0', added: ['f0-0.pdf', 'f0-1.pdf', 'f0-2.pdf'], moreFiles: 2 });
    expect(out.moreEvidence).toBe(3);
  });
});
