import { describe, expect, it } from 'vitest';
import type { ParticipantProgress } from '../../../../../functions/domain/services/dashboard/round-progress';
import { remindListCsv } from './remind-list';

type Stage = ParticipantProgress['self']['stage'];
const side = (stage: Stage, updatedAt: string | null = null) => ({ stage, submissionId: null, updatedAt, checklistVersion: null });
const p = (id: string, stage: Stage, name = id, expert: Stage = 'submitted'): ParticipantProgress => ({
  participantType: 'institution', institutionId: id, name: { zh: name }, region: { id: 'r', name: { zh: '某市' } }, self: side(stage, stage === 'not-started' ? null : '2025-06-01T08:00:00.000Z'), expert: side(expert),
});
const STAGE: Record<string, string> = { 'not-started': '未开始', draft: '草稿', returned: '已退回' };
const words = {
  header: ['编号', '机构', '地区', '截止日期', '自评待办', '专家评估待办', '最近更新'],
  stage: (s: string) => STAGE[s] ?? `<${s}>`,
  name: (x: ParticipantProgress) => x.name.zh,
  region: (x: ParticipantProgress) => x.region?.name.zh ?? '',
};

describe('remind list', () => {
  it('lists, with the deadline, what each participant owes: its self-evaluation not started, a draft or returned, or the expert evaluation', () => {
    const csv = remindListCsv([p('a', 'not-started', 'a', 'not-started'), p('b', 'draft', '乙院, 分院'), p('c', 'submitted'), p('d', 'scored', 'd', 'draft'), p('e', 'returned')], '2026-03-31', words);
    // A byte-order mark first, so Excel reads the Chinese headers as UTF-8.
    expect(csv.startsWith('\uFEFF编号,机构,地区,截止日期,自评待办,专家评估待办,最近更新\r\n')).toBe(true);
    expect(csv.slice(1).trim().split('\r\n').slice(1)).toEqual([
      'a,a,某市,2026-03-31,未开始,未开始,',
      'b,"乙院, 分院",某市,2026-03-31,草稿,,2025-06-01 16:00',
      'd,d,某市,2026-03-31,,草稿,2025-06-01 16:00',
      'e,e,某市,2026-03-31,已退回,,2025-06-01 16:00',
    ]);
  });

  it('leaves the deadline empty for a round without one, and lists nobody when nothing is owed', () => {
    expect(remindListCsv([p('a', 'draft')], undefined, words).split('\r\n')[1]).toBe('a,a,某市,,草稿,,2025-06-01 16:00');
    expect(remindListCsv([p('c', 'submitted'), p('d', 'scored', 'd', 'scored')], '2026-03-31', words)).toBe('\uFEFF编号,机构,地区,截止日期,自评待办,专家评估待办,最近更新\r\n');
  });

  it('dates the last update in China time, the later of the self-evaluation and the expert evaluation', () => {
    const expertLater = { ...p('d', 'scored', 'd', 'draft'), expert: side('draft', '2025-06-02T23:30:00.000Z') };
    expect(remindListCsv([expertLater], '2026-03-31', words).split('\r\n')[1]).toBe('d,d,某市,2026-03-31,,草稿,2025-06-03 07:30');
  });

  it('in a round without experts nobody owes an expert evaluation: only self-evaluations are listed', () => {
    const csv = remindListCsv([p('a', 'not-started', 'a', 'not-started'), p('d', 'scored', 'd', 'not-started')], '2026-03-31', words, false);
    expect(csv.slice(1).trim().split('\r\n').slice(1)).toEqual(['a,a,某市,2026-03-31,未开始,,']);
  });
});
