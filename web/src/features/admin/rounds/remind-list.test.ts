import { describe, expect, it } from 'vitest';
import type { ParticipantProgress } from '../../../../../functions/domain/services/dashboard/round-progress';
import { remindListCsv } from './remind-list';

const side = (stage: ParticipantProgress['self']['stage'], updatedAt: string | null = null) => ({ stage, submissionId: null, updatedAt, checklistVersion: null });
const p = (id: string, stage: ParticipantProgress['self']['stage'], name = id): ParticipantProgress => ({
  participantType: 'institution', institutionId: id, name: { zh: name }, region: { id: 'r', name: { zh: '某市' } }, self: side(stage, stage === 'not-started' ? null : '2025-06-01T08:00:00.000Z'), expert: side('not-started'),
});

describe('remind list', () => {
  it('lists those not started, drafting or returned, never those submitted or scored', () => {
    const words = { header: ['编号', '机构', '地区', '状态', '最近更新'], stage: (s: string) => `<${s}>`, name: (x: ParticipantProgress) => x.name.zh, region: (x: ParticipantProgress) => x.region?.name.zh ?? '' };
    const csv = remindListCsv([p('a', 'not-started'), p('b', 'draft', '乙院, 分院'), p('c', 'submitted'), p('d', 'scored'), p('e', 'returned')], words);
    expect(csv.startsWith('\uFEFF编号,机构,地区,状态,最近更新\r\n')).toBe(true);
    expect(csv.slice(1).trim().split('\r\n').slice(1)).toEqual([
      'a,a,某市,<not-started>,',
      'b,"乙院, 分院",某市,<draft>,2025-06-01T08:00:00.000Z',
      'e,e,某市,<returned>,2025-06-01T08:00:00.000Z',
    ]);
  });
});
