import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion, CriterionResult, Difference } from '../../../lib/engine';
import { downloadEvidence } from '../../evidence/api/upload-evidence';
import type { SubmissionRecord } from '../api/queries';

/** Dark amber: a difference must be seen, and read at 4.5:1 on white (MUI's warning text is lighter). */
const DIFF_TEXT = '#7a4100';

export interface CriterionCompareProps {
  criterion: Criterion;
  self: CriterionResult | undefined;
  expert: CriterionResult | undefined;
  difference: Difference;
  selfSubmission: SubmissionRecord | null;
  /** What stands on the institution's side when its self-evaluation could not be read (offline); "not answered" otherwise. */
  selfMissing?: string;
  note: string;
  onNote(text: string): void;
  readOnly: boolean;
}

/** Under a criterion on the on-site page: the institution's reading beside the expert's, its evidence, and the expert's note. */
export function CriterionCompare({ criterion, self, expert, difference, selfSubmission, selfMissing, note, onNote, readOnly }: CriterionCompareProps) {
  const { t, l } = useI18n();
  const files = (selfSubmission?.evidence?.[criterion.id] ?? []) as { name: string }[];
  const side = (label: string, r: CriterionResult | undefined, testId: string, empty: string) => (
    <Box data-testid={testId} sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      {r ? <StatusChip status={r.status} /> : null}
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {r?.actual ? l(r.actual.text) : empty}
      </Typography>
    </Box>
  );
  return (
    <Box
      className="onsite-compare"
      data-compare={criterion.id}
      data-difference={difference ?? 'none'}
      sx={{ mt: 1, p: 1, border: difference ? 2 : 1, borderColor: difference ? 'warning.main' : 'divider', borderRadius: 1, bgcolor: difference ? '#fff8e1' : 'background.paper' }}
    >
      {difference && (
        <Typography variant="body2" sx={{ color: DIFF_TEXT, fontWeight: 700, mb: 0.5 }} role="note">
          ⚠ {t('onsite.differs')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 1 }}>
        {side(t('onsite.institution'), selfSubmission ? self : undefined, 'self-side', selfMissing ?? t('onsite.noSelf'))}
        {side(t('onsite.expert'), expert, 'expert-side', '—')}
      </Box>
      {files.length > 0 && (
        <Box sx={{ mt: 0.5 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {t('onsite.selfEvidence')}
          </Typography>
          <Box component="ul" sx={{ pl: 2, my: 0 }}>
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                <Link component="button" type="button" sx={{ minHeight: 44, textAlign: 'left' }} onClick={() => void downloadEvidence(selfSubmission!.id, criterion.id, i)} aria-label={`${t('evidence.download')} ${f.name}`}>
                  {f.name}
                </Link>
              </li>
            ))}
          </Box>
        </Box>
      )}
      <TextField
        label={`${t('onsite.note')} · ${l(criterion.title)}`}
        value={note}
        onChange={(e) => onNote(e.target.value)}
        disabled={readOnly}
        multiline
        minRows={1}
        fullWidth
        size="small"
        sx={{ mt: 1 }}
        slotProps={{ htmlInput: { maxLength: 1000, 'data-note': criterion.id } }}
      />
    </Box>
  );
}
