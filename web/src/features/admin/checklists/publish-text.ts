import type { Schemas } from '../../../api/client';
import type { I18n } from '../../../i18n/i18n-context';

type Round = Pick<Schemas['Round'], 'name' | 'status' | 'checklistId' | 'checklistVersion'>;

/**
 * What publishing a version leaves as it was, for its confirmation: existing submissions keep
 * their versions, and the open rounds on other versions of the same checklist (named, with their
 * version) keep theirs: a new version is never swapped into a running round.
 */
export function publishKeepsText(id: string, version: number, rounds: readonly Round[], t: I18n['t'], l: I18n['l']): string {
  const open = rounds.filter((r) => r.status === 'open' && r.checklistId === id && r.checklistVersion !== version);
  if (!open.length) return t('cl.publishConfirmKeeps');
  const named = open.map((r) => t('cl.publishRound', { name: l(r.name), version: r.checklistVersion })).join(t('common.enumSeparator'));
  return t('cl.publishConfirmRounds', { rounds: named });
}
