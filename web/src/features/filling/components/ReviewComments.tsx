import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';

type Comment = { at: string; by: string; text: string; criterionId?: string };

/**
 * The comments of the latest return: every comment one return adds shares its time, so those
 * with the newest time are what the reviewer asks now (earlier returns were answered already).
 */
export function latestReturnComments(comments: readonly Comment[] | undefined): Comment[] {
  if (!comments?.length) return [];
  const newest = comments.reduce((at, c) => (c.at > at ? c.at : at), '');
  return comments.filter((c) => c.at === newest);
}

/** A reviewer's comments on one criterion, shown at the item on the institution's form. */
export function ReviewComments({ comments }: { comments: readonly Comment[] }) {
  const { t } = useI18n();
  if (!comments.length) return null;
  return (
    <Box role="note" data-testid="review-comment" sx={{ mt: 1, p: 1, borderLeft: 4, borderColor: 'warning.main', bgcolor: '#fff8e1', borderRadius: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 700, color: '#7a4100' }}>
        {t('fill.itemComment')}
      </Typography>
      {comments.map((c, i) => (
        <Typography key={i} variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {c.text}
        </Typography>
      ))}
    </Box>
  );
}
