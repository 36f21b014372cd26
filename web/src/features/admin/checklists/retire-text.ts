import type { Schemas } from '../../../api/client';
import type { I18n } from '../../../i18n/i18n-context';
import type { ChecklistSummary } from './api/queries';

type Round = Pick<Schemas['Round'], 'name' | 'status' | 'institutionIds' | 'regionIds'>;

/**
 * What retiring a version does, for its confirmation: it stays in the list (marked retired), new
 * rounds cannot choose it, and the open rounds already on it (named, with their participants) and
 * existing submissions keep it. `rounds` are the rounds using this version; closed ones are not named.
 */
export function retireBodyText(target: Pick<ChecklistSummary, 'subject'>, rounds: readonly Round[], t: I18n['t'], l: I18n['l']): string {
  const open = rounds.filter((r) => r.status === 'open');
  if (!open.length) return t('cl.retireBody');
  const named = open.map((r) =>
    target.subject === 'region'
      ? t('cl.retireRoundRegions', { name: l(r.name), count: r.regionIds?.length ?? 0 })
      : t('cl.retireRoundInstitutions', { name: l(r.name), count: r.institutionIds?.length ?? 0 }),
  );
  return t('cl.retireBodyInUse', { rounds: named.join(t('common.enumSeparator')) });
}
