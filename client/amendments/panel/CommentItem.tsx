/** One comment: who (in their group's colour), when, what; replies nest below it. */
import type { ReactNode } from 'react';
import type { CommentView } from '../../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../../shared/groups.js';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormatDateTime } from '../../i18n/format-date';
import { groupLook } from '../amendment-labels';

interface CommentItemProps {
  comment: CommentView;
  groups: readonly StakeholderGroup[];
  onReply?: () => void;
  children?: ReactNode;
}

export function CommentItem({ comment, groups, onReply, children }: CommentItemProps) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const look = groupLook(t, groups, comment.author.groupId);
  return (
    <li className="comment" style={{ '--group-color': look.color }} data-testid="comment">
      <div className="comment__meta">
        <span className="comment__dot" aria-hidden="true" />
        <span className="comment__author">{comment.author.name}</span>
        <span className="comment__group">{look.name}</span>
        <time className="comment__time" dateTime={comment.createdAt}>
          {formatDate(comment.createdAt)}
        </time>
      </div>
      <p className="comment__body">{comment.body}</p>
      {onReply && (
        <button type="button" className="link-button" onClick={onReply} aria-label={t('amendments.comments.replyTo', { name: comment.author.name })}>
          {t('amendments.comments.reply')}
        </button>
      )}
      {children}
    </li>
  );
}
