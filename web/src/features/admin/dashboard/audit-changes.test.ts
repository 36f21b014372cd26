import { describe, expect, it } from 'vitest';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { auditActor, describeChanges, type AuditWords } from './audit-changes';

function words(dict: Record<MessageKey, string>): AuditWords {
  return {
    t: (key, values) => (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(values?.[n] ?? '')),
    band: (id) => (id === 'fail' ? (dict === zh ? '不合格' : 'Fail') : id),
    date: (iso) => iso.slice(0, 10),
  };
}

describe('describeChanges', () => {
  it('puts a scoring entry in words: no stored keys (total, band, resultKey) reach the reader', () => {
    const scored = { status: ['submitted', 'scored'], total: 0, band: 'fail', resultKey: '000001#2#1.0.0' };
    expect(describeChanges(scored, words(zh))).toBe('已提交 → 已评分；总分：0；等级：不合格');
    expect(describeChanges(scored, words(en))).toBe('Submitted → Scored; Total: 0; Band: Fail');
  });

  it('words creation, submission, a version move and a return', () => {
    expect(describeChanges({ status: 'draft', prefillFrom: 'r.i.self', prefillRevision: 1 }, words(zh))).toBe('状态：草稿；以机构自评为起点');
    expect(describeChanges({ status: ['draft', 'submitted'], revision: 1 }, words(zh))).toBe('草稿 → 已提交；第 1 次提交');
    expect(describeChanges({ checklistVersion: [1, 2] }, words(zh))).toBe('评估表版本：1 → 2');
    expect(describeChanges({ status: ['submitted', 'returned'], comment: '请补充佐证', criteria: ['a', 'b'] }, words(zh))).toBe('已提交 → 已退回；总体意见：请补充佐证；逐项意见 2 条');
  });

  it('keeps what a save touched and its count', () => {
    expect(describeChanges({ keys: ['answers', 'evidence'], saves: 3, since: '2026-01-02T03:04:05Z' }, words(zh))).toBe('答案、佐证材料；连续 3 次保存（自 2026-01-02 起）');
  });
});

describe('auditActor', () => {
  it('names the scoring service and who asked for the scoring, not "scorer:inst2"', () => {
    expect(auditActor('scorer:inst2', words(zh))).toBe('评分服务（应 inst2 的请求）');
    expect(auditActor('scorer:admin', words(en))).toBe('Scoring service (requested by admin)');
    expect(auditActor('scorer:system:requeue', words(zh))).toBe('评分服务（系统自动重新排队）');
    expect(auditActor('inst2', words(zh))).toBe('inst2');
  });
});
