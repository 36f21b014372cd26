import { useI18n } from '../../../i18n/i18n-context';
import './review-comments.css';

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

/** A reviewer's comments on one criterion, shown at the item on the institution's form (plain elements, `review-comments.css`). */
export function ReviewComments({ comments }: { comments: readonly Comment[] }) {
  const { t } = useI18n();
  if (!comments.length) return null;
  return (
    <div role="note" data-testid="review-comment" className="review-comment">
      <p className="review-comment-title">{t('fill.itemComment')}</p>
      {comments.map((c, i) => (
        <p key={i} className="review-comment-text">
          {c.text}
        </p>
      ))}
    </div>
  );
}
