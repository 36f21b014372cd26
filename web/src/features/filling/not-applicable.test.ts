import { describe, expect, it } from 'vitest';
import { en, zh } from '../../i18n/messages';
import { compile, unmetContext, type Localized } from '../../lib/engine.js';
import { previewScore } from './live-score.js';
import { findProblems } from './problems.js';
import { notApplicableFields, notApplicableReason } from './not-applicable.js';
import { repoChecklists } from './repo-checklists.test-helper.js';

const haining = compile(Object.entries(repoChecklists).find(([p]) => p.includes('/haining-hospital-2023/'))![1]);
const renmin = { hospital: 'renmin', institutionType: 'general', grade: '3-b', year: 2023 };
const results = (context: Record<string, string | number>) => new Map(previewScore(haining, { context, answers: {}, evidence: {} }).criteria.map((c) => [c.id, c]));
const words = (catalogue: Record<string, string>) => ({
  t: (key: string, values: Record<string, string | number> = {}) => catalogue[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k])),
  l: (text: Localized | undefined) => (catalogue === zh ? text?.zh : (text?.en ?? text?.zh)) ?? '',
});

describe('criteria that do not apply to the institution', () => {
  it("fold the fields only they read: another hospital's project, not the People's Hospital's own nor a shared count", () => {
    const folded = notApplicableFields(haining, results(renmin));
    expect(folded.has('facilities.tcmXiashiBranch')).toBe(true);
    expect(folded.has('facilities.eryuanExpansion')).toBe(true);
    expect(folded.has('facilities.renminPhase2')).toBe(false);
    // Read by the 2025 share criteria (not yet in force in 2023) and by cmi/rw2 criteria that apply.
    expect(folded.has('technology.discharges')).toBe(false);
  });

  it('unfold a field once the context makes a criterion reading it apply', () => {
    expect(notApplicableFields(haining, results({ ...renmin, hospital: 'tcm', institutionType: 'tcm' })).has('facilities.tcmXiashiBranch')).toBe(false);
  });

  it('say why, in Chinese and in English, from the context value the criterion asks for', () => {
    const result = results(renmin).get('tcm-xiashi-branch')!;
    const unmet = unmetContext(haining, 'tcm-xiashi-branch', renmin);
    expect(notApplicableReason(result, unmet, words(zh))).toBe('医院为市人民医院，本项适用于市中医院');
    expect(notApplicableReason(result, unmet, words(en))).toBe("Hospital is Haining People's Hospital; this item is for Haining TCM Hospital");
    // A context value not set yet is said so, not worded as a value.
    const { hospital: _h, ...unset } = renmin;
    expect(notApplicableReason(result, unmetContext(haining, 'tcm-xiashi-branch', unset), words(zh))).toBe('医院未填，本项适用于市中医院');
  });

  it('ask no evidence: a 不适用 criterion answered yes blocks nothing, where the same answer on one that applies needs its file', () => {
    const draft = { context: renmin, answers: { technology: { passedTertiaryBSpecialty: true, traumaNationalCert: true } }, evidence: {} };
    const result = previewScore(haining, draft);
    const blocked = findProblems(haining, draft, result).filter((p) => p.kind === 'evidence').map((p) => p.criterionId);
    expect(result.criteria.find((c) => c.id === 'specialty-3b')?.status).toBe('not-applicable');
    expect(blocked).toEqual(['renmin-trauma-certified']);
  });
});
