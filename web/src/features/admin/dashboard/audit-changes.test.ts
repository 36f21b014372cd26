import { describe, expect, it } from 'vitest';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { auditActor, describeChanges, type AuditWords } from './audit-changes';
import { fieldWords, type AuditChecklist } from './audit-field-words';

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

const checklist: AuditChecklist = {
  form: {
    schema: {
      type: 'object',
      properties: {
        facilities: {
          type: 'object',
          properties: {
            beds: { type: 'integer', title: '编制床位数（张）' },
            icu: { type: 'boolean', title: '设有重症监护室' },
            phase2: { type: 'string', title: '二期项目进展', oneOf: [{ const: 'started', title: '已开工', i18n: 'facilities.phase2.started' }, { const: 'in-use', title: '已投入使用', i18n: 'facilities.phase2.in-use' }] },
            centres: { type: 'array', title: '已通过认证的中心', items: { type: 'string', oneOf: [{ const: 'stroke', title: '卒中中心' }, { const: 'trauma', title: '创伤中心' }] } },
          },
        },
      },
    },
    i18n: { en: { 'facilities.beds.label': 'Approved beds', 'facilities.phase2.label': 'Phase 2 progress', 'facilities.phase2.in-use': 'In use' } },
  },
  criteria: [{ id: 'icu', title: { zh: 'ICU 建设', en: 'ICU in place' } }],
};

describe("describeChanges: a save's answers and files", () => {
  const save = {
    keys: ['answers', 'evidence'],
    fields: [
      { path: 'facilities.beds', from: 30, to: 35 },
      { path: 'facilities.icu', to: true },
      { path: 'facilities.phase2', from: 'started', to: 'in-use' },
      { path: 'facilities.centres', from: ['stroke'], to: ['stroke', 'trauma'] },
    ],
    moreFields: 2,
    evidence: [{ criterionId: 'icu', added: ['ICU照片.jpg'], removed: ['旧证明.pdf'] }],
  };

  it('names each answer by its title in the checklist with old → new as the form shows them, never a JSON path', () => {
    const text = describeChanges(save, { ...words(zh), fields: fieldWords(checklist, 'zh') });
    expect(text).toBe(
      '答案、佐证材料；编制床位数（张）：30 → 35；设有重症监护室：（未填） → 是；二期项目进展：已开工 → 已投入使用；已通过认证的中心：卒中中心 → 卒中中心、创伤中心；另有 2 处修改未列出；佐证材料（ICU 建设）：新增 ICU照片.jpg，移除 旧证明.pdf',
    );
    expect(text).not.toMatch(/facilities\./);
  });

  it('in English, with the form\'s English words where it has them', () => {
    const text = describeChanges(save, { ...words(en), fields: fieldWords(checklist, 'en') });
    expect(text).toContain('Approved beds: 30 → 35');
    expect(text).toContain('Phase 2 progress: 已开工 → In use');
    expect(text).toContain('Evidence (ICU in place): added ICU照片.jpg, removed 旧证明.pdf');
  });

  it('a field the version does not know keeps its path rather than disappearing', () => {
    expect(describeChanges({ fields: [{ path: 'gone.field', from: 'x' }] }, { ...words(zh), fields: fieldWords(checklist, 'zh') })).toBe('gone.field：x → （未填）');
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
