import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';

const { definition, compiled, sample, scoreOf, criterion } = checklistKit(new URL('./', import.meta.url));

/** Scores a sample, its context normalized first, after checking it is a well-formed submission for this checklist. */
function score(name: string): ScoreResult {
  const raw = sample(name);
  return scoreOf({ context: compiled.normalizeContext(raw.context), answers: raw.answers, evidence: raw.evidence ?? {} });
}

describe('linfen-primary-care-2020', () => {
  it('validates', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a township centre at the basic standard meets the plan', () => {
    const r = score('township-basic');
    const c = criterion(r, 'capability-standard');
    expect(c.status).toBe('met');
    expect(c.target?.note?.zh).toBe('《乡镇卫生院服务能力标准（2019年版）》基本标准');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(criterion(r, 'village-standardized').status).toBe('not-applicable');
  });

  it('a township centre below the basic standard fails, one level short', () => {
    const r = score('township-below-basic');
    const c = criterion(r, 'capability-standard');
    expect(c.status).toBe('not-met');
    expect(c.gap?.text.zh).toBe('差1级');
    expect(r.total).toBe(0);
    expect(r.band?.label.zh).toBe('不合格');
  });

  it('a community centre is rated against its own 2019 standard; 推荐标准 stays unscored', () => {
    const r = score('community-recommended');
    const c = criterion(r, 'capability-standard');
    expect(c.status).toBe('met');
    expect(c.target?.note?.zh).toBe('《社区卫生服务中心服务能力标准（2019年版）》基本标准');
    const rec = criterion(r, 'recommended-standard');
    expect(rec.status).toBe('info');
    expect(rec.maxPoints).toBe(0);
    expect(c.actual?.text.zh).toBe('推荐标准');
    expect(r.total).toBe(100);
  });

  it('a village clinic is assessed on standardisation only', () => {
    const ok = score('village-standardized');
    expect(criterion(ok, 'village-standardized').status).toBe('met');
    expect(criterion(ok, 'capability-standard').status).toBe('not-applicable');
    expect(ok.total).toBe(100);
    const not = score('village-not-standardized');
    expect(criterion(not, 'village-standardized').status).toBe('not-met');
    expect(not.total).toBe(0);
    expect(not.band?.id).toBe('fail');
  });

  it('the same answers pass as a township centre and fail as a village clinic', () => {
    const township = score('mixed-answers-as-township');
    expect(township.total).toBe(100);
    expect(criterion(township, 'village-standardized').status).toBe('not-applicable');
    const village = score('mixed-answers-as-village');
    expect(village.total).toBe(0);
    expect(criterion(village, 'capability-standard').status).toBe('not-applicable');
    expect(criterion(village, 'village-standardized').status).toBe('not-met');
  });

  it('sections follow the plan: 三(四) 一是, 二是, then the 四 保障措施 funding clause', () => {
    const sections = (definition as { sections: { id: string; clause: string; title: { zh: string } }[] }).sections;
    expect(sections.map((s) => s.clause)).toEqual(['三(四)一', '三(四)二', '四']);
    const safeguards = sections.find((s) => s.clause === '四');
    expect(safeguards?.title.zh).toBe('保障措施');
    const r = score('township-basic');
    expect(criterion(r, 'county-funding').section).toBe(safeguards?.id);
    expect(r.sections.find((s) => s.id === safeguards?.id)?.counts.info).toBe(1);
  });
});
