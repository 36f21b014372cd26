import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';

const kit = checklistKit(new URL('./', import.meta.url));
const { definition, compiled } = kit;

/** The named sample with some of the candidate's answers replaced. */
const scoreSample = (name: string, candidate: Record<string, unknown> = {}) => kit.scoreSample(name, {}, { candidate });

// Unlike the kit's `status`, an unknown criterion yields undefined here.
const status = (result: ScoreResult, id: string) => result.criteria.find((c) => c.id === id)?.status;

describe('shanxi-doctor-dispatch-2023 definition', () => {
  it('validates, is published and assesses a person', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(compiled.definition.subject).toBe('person');
    expect(compiled.definition.status).toBe('published');
  });

  it('has an English label for every field and option', () => {
    const en = compiled.definition.form.i18n?.en ?? {};
    const schema = compiled.definition.form.schema as { properties: { candidate: { properties: Record<string, { oneOf?: { const: string }[] }> } } };
    for (const [field, spec] of Object.entries(schema.properties.candidate.properties)) {
      expect(en[`candidate.${field}.label`], field).toBeTruthy();
      for (const o of spec.oneOf ?? []) expect(en[`candidate.${field}.${o.const}`], o.const).toBeTruthy();
    }
  });

  it('makes every stated condition a veto and keeps 执业时间较长 as information', () => {
    const byId = Object.fromEntries(compiled.definition.criteria.map((c) => [c.id, c]));
    expect(byId['title']?.target).toEqual({ op: '>=', level: 'intermediate' });
    expect(byId['tertiary-sender']?.target).toEqual({ op: '>=', level: '3-c' });
    expect(compiled.definition.criteria.filter((c) => c.veto).map((c) => c.id)).toEqual(['tertiary-sender', 'title', 'county-post']);
    expect(byId['years-in-practice']?.kind).toBe('info');
    expect(compiled.definition.bands.map((b) => `${b.label.zh}≥${b.min}`)).toEqual(['符合条件≥100', '不符合条件≥0']);
  });
});

describe('shanxi-doctor-dispatch-2023 README', () => {
  it('lists every criterion in its audit table', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const c of compiled.definition.criteria) expect(readme, c.id).toContain(`| \`${c.id}\` | ${c.clause} |`);
  });
});

describe('shanxi-doctor-dispatch-2023 samples', () => {
  it('a 副高级 doctor from a 三级甲等 hospital posted to a county hospital is eligible', () => {
    const r = scoreSample('eligible');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('符合条件');
    expect(r.vetoHits).toEqual([]);
    expect(r.criteria.find((c) => c.id === 'years-in-practice')?.actual?.value).toBe(14);
  });

  it('a 初级 title makes the doctor ineligible', () => {
    const r = scoreSample('junior-title');
    expect(r.total).toBe(66.7);
    expect(r.band?.label.zh).toBe('不符合条件');
    expect(r.vetoHits).toEqual(['title']);
  });

  it('a doctor from a 二级 hospital does not count', () => {
    const r = scoreSample('secondary-sender');
    expect(r.band?.label.zh).toBe('不符合条件');
    expect(r.vetoHits).toEqual(['tertiary-sender']);
    expect(status(r, 'title')).toBe('met');
  });

  it('boundaries: 中级 and 三级丙等 qualify; a posting outside county hospitals does not', () => {
    expect(scoreSample('eligible', { title: 'intermediate', employerGrade: '3-c' }).band?.label.zh).toBe('符合条件');
    expect(scoreSample('eligible', { countyHospitalPost: false }).vetoHits).toEqual(['county-post']);
  });

  it('an unanswered title is not eligible', () => {
    const r = scoreSample('eligible', { title: undefined });
    expect(status(r, 'title')).toBe('missing');
    expect(r.band?.label.zh).toBe('不符合条件');
  });
});
