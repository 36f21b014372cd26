import type { Schemas } from '../../../api/client';
import type { I18n } from '../../../i18n/i18n-context';
import type { ChecklistSummary } from './api/queries';

type Round = Pick<Schemas['Round'], 'name' | 'status' | 'institutionIds' | 'regionIds'>;

/** The open rounds among `rounds`, each named with its count of participants; closed ones are not named. */
function openRoundNames(target: Pick<ChecklistSummary, 'subject'>, rounds: readonly Round[], t: I18n['t'], l: I18n['l']): string | null {
  const open = rounds.filter((r) => r.status === 'open');
  if (!open.length) return null;
  return open
    .map((r) =>
      target.subject === 'region'
        ? t('cl.retireRoundRegions', { name: l(r.name), count: r.regionIds?.length ?? 0 })
        : t('cl.retireRoundInstitutions', { name: l(r.name), count: r.institutionIds?.length ?? 0 }),
    )
    .join(t('common.enumSeparator'));
}

/**
 * What retiring a version does, for its confirmation: it stays in the list (marked retired), new
 * rounds cannot choose it, and the open rounds already on it (named, with their participants) and
 * existing submissions keep it. `rounds` are the rounds using this version; closed ones are not named.
 */
export function retireBodyText(target: Pick<ChecklistSummary, 'subject'>, rounds: readonly Round[], t: I18n['t'], l: I18n['l']): string {
  const named = openRoundNames(target, rounds, t, l);
  return named ? t('cl.retireBodyInUse', { rounds: named }) : t('cl.retireBody');
}

/** What restoring a retired version does, for its confirmation: new rounds may choose it again; the open rounds on it (named) and submissions keep theirs. */
export function restoreBodyText(target: Pick<ChecklistSummary, 'subject'>, rounds: readonly Round[], t: I18n['t'], l: I18n['l']): string {
  const named = openRoundNames(target, rounds, t, l);
  return named ? t('cl.restoreBodyInUse', { rounds: named }) : t('cl.restoreBody');
}
