import type { ParticipantProgress } from '../../../../../functions/domain/services/dashboard/round-progress';

/** Stages that still owe a self-evaluation: whoever is here gets a reminder. */
export const OWING: readonly string[] = ['not-started', 'draft', 'returned'];

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The remind list as CSV (with a byte-order mark, so Excel opens the Chinese correctly): every
 * participant whose self-evaluation is not started, still a draft, or returned.
 */
export function remindListCsv(participants: ParticipantProgress[], words: { header: string[]; stage(stage: string): string; name(p: ParticipantProgress): string; region(p: ParticipantProgress): string }): string {
  const rows = participants
    .filter((p) => OWING.includes(p.self.stage))
    .map((p) => [p.institutionId, words.name(p), words.region(p), words.stage(p.self.stage), p.self.updatedAt ?? ''].map(cell).join(','));
  return `\uFEFF${[words.header.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}
