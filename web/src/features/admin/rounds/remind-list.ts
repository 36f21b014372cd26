import { chinaMinute } from '../../../../../functions/domain/model/china-time';
import type { ParticipantProgress } from '../../../../../functions/domain/services/dashboard/round-progress';

/** Stages that still owe an evaluation (self or expert): whoever is here gets a reminder. */
export const OWING: readonly string[] = ['not-started', 'draft', 'returned'];

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The words of the remind list: its headers, and how a stage, a participant and its region read. */
export interface RemindWords {
  /** id, name, region, deadline, self-evaluation owed, expert evaluation owed, last update. */
  header: string[];
  stage(stage: string): string;
  name(p: ParticipantProgress): string;
  region(p: ParticipantProgress): string;
}

/** The later of the two evaluations' last changes, as the commission's clock reads it (`2026-12-03 20:28`, China time). */
function lastUpdate(p: ParticipantProgress): string {
  const times = [p.self.updatedAt, p.expert.updatedAt].filter((t): t is string => t !== null).sort();
  return chinaMinute(times.at(-1));
}

/**
 * The remind list as CSV (with a byte-order mark, so Excel opens the Chinese correctly): every
 * participant that still owes something, with the round's deadline on each row (a sorted or
 * filtered sheet keeps it) and what it owes: its self-evaluation not started, still a draft or
 * returned, and the expert evaluation of it when not yet submitted (only in a round with experts
 * assigned: without them nobody owes one). A cell is empty where nothing is owed.
 */
export function remindListCsv(participants: ParticipantProgress[], deadline: string | undefined, words: RemindWords, expertsAssigned = true): string {
  const owed = (stage: string) => (OWING.includes(stage) ? words.stage(stage) : '');
  const expertOwed = (p: ParticipantProgress) => (expertsAssigned ? owed(p.expert.stage) : '');
  const rows = participants
    .filter((p) => OWING.includes(p.self.stage) || expertOwed(p) !== '')
    .map((p) => [p.institutionId, words.name(p), words.region(p), deadline ?? '', owed(p.self.stage), expertOwed(p), lastUpdate(p)].map(cell).join(','));
  return `\uFEFF${[words.header.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}
