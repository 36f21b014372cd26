import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useI18n, type Localized } from '../../../../i18n/i18n-context';
import { useInstitutions, useRegions } from '../../directory/api/queries';
import type { MissingContext } from '../missing-context';

interface Source {
  id: string;
  name: Localized;
  context?: Record<string, unknown>;
}

/** Picks one directory entry (by name or id) whose context the preview takes. */
function SourcePicker({ label, options, loading, onPick }: { label: string; options: readonly Source[]; loading: boolean; onPick(context: Record<string, unknown> | undefined): void }) {
  const { l } = useI18n();
  return (
    <Autocomplete<Source>
      size="small"
      sx={{ mt: 1, maxWidth: 420 }}
      options={options}
      loading={loading}
      getOptionLabel={(o) => `${l(o.name)} (${o.id})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, picked) => picked && onPick(picked.context)}
      renderInput={(params) => <TextField {...params} label={label} />}
      data-testid="context-source"
    />
  );
}

function InstitutionSource({ onPick }: { onPick(context: Record<string, unknown> | undefined): void }) {
  const { t } = useI18n();
  const institutions = useInstitutions();
  return <SourcePicker label={t('cl.contextFromInstitution')} options={institutions.data ?? []} loading={institutions.isLoading} onPick={onPick} />;
}

function RegionSource({ onPick }: { onPick(context: Record<string, unknown> | undefined): void }) {
  const { t } = useI18n();
  const regions = useRegions();
  return <SourcePicker label={t('cl.contextFromRegion')} options={regions.data ?? []} loading={regions.isLoading} onPick={onPick} />;
}

/**
 * The dry run could not score the sample for want of context: which values (by their labels, with the values allowed), where
 * to give them (the 评估情形 inputs above), and a directory entry to take them all from at once.
 */
export function MissingContextNotice({ missing, subject, onPick }: { missing: MissingContext[]; subject: string; onPick(context: Record<string, unknown> | undefined): void }) {
  const { t, l } = useI18n();
  return (
    <Alert severity="warning" sx={{ my: 2, '& .MuiAlert-message': { width: '100%' } }} data-testid="dry-run-missing-context">
      {t('cl.missingContext', {
        fields: missing
          .map((m) => (m.allowed.length ? t('cl.contextMissingField', { label: l(m.label), id: m.id, values: m.allowed.map((a) => l(a)).join(t('common.enumSeparator')) }) : `${l(m.label)}${t('cl.contextKey', { id: m.id })}`))
          .join(t('cl.missingContextSeparator')),
      })}
      {subject === 'region' ? <RegionSource onPick={onPick} /> : subject === 'institution' ? <InstitutionSource onPick={onPick} /> : null}
    </Alert>
  );
}
