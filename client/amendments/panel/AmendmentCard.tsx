/** One amendment in the panel: group colour, kind and place, the change, rationale, people behind it, outcome, actions, discussion. */
import { forwardRef } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormatDateTime } from '../../i18n/format-date';
import { Button } from '../../ui/Button';
import { amendmentPlace, groupLook, KIND_KEYS, STATUS_KEYS } from '../amendment-labels';
import { staleReasonText } from '../stale-reason';
import { useAmendments } from '../store/amendments-context';
import { useCursor } from '../store/cursor-store';
import { AmendmentActionButtons } from './AmendmentActions';
import { ChangePreview } from './ChangePreview';
import { CommentThread } from './CommentThread';
import { Supporters } from './Supporters';

interface AmendmentCardProps {
  amendment: AmendmentView;
  commentsOpen: boolean;
  onToggleComments: () => void;
  selected: boolean;
  onSelect: () => void;
  /** Whether it is ticked for a decision on several; undefined where it cannot be ticked (not the chair, or decided). */
  ticked?: boolean;
  onTick: (on: boolean) => void;
}

export const AmendmentCard = forwardRef<HTMLElement, AmendmentCardProps>(function AmendmentCard(props, ref) {
  const { amendment, commentsOpen, onToggleComments, selected, onSelect, ticked, onTick } = props;
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const { summary, showInText } = useAmendments();
  // Each card watches only its own slice: a caret move re-renders the card it enters and the one it leaves.
  const outline = useCursor((state) => state.outline);
  const active = useCursor((state) => state.activeId === amendment.id);
  const inText = useCursor((state) => state.inlineIds.has(amendment.id));
  const look = groupLook(t, summary.groups, amendment.author.groupId);
  const paragraph = outline?.byId.get(amendment.paragraphId);
  const decided = amendment.decision && (amendment.status === 'accepted' || amendment.status === 'rejected');
  const classes = ['amendment-card', `amendment-card--${amendment.status}`, active ? 'is-active' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');

  // Selected on focus: a click anywhere in the card focuses it (tabIndex -1), and so does tabbing to one of its buttons.
  return (
    <article
      ref={ref}
      className={classes}
      style={{ '--group-color': look.color }}
      data-testid="amendment-card"
      data-amendment-id={amendment.id}
      data-status={amendment.status}
      data-group={amendment.author.groupId}
      tabIndex={-1}
      onFocus={onSelect}
      aria-current={active || undefined}
    >
      <header className="amendment-card__header">
        {ticked !== undefined && (
          <input
            type="checkbox"
            className="amendment-card__tick"
            checked={ticked}
            onChange={(event) => onTick(event.target.checked)}
            aria-label={t('amendments.tick.label', { what: `${t(KIND_KEYS[amendment.kind])} · ${amendmentPlace(t, amendment.kind, paragraph)} · ${look.name}` })}
            data-testid="amendment-tick"
          />
        )}
        <span className="amendment-card__group">
          <span className="amendment-card__dot" aria-hidden="true" />
          {look.name}
        </span>
        <span className={`status-badge status-badge--${amendment.status}`} data-testid="amendment-status">
          {t(STATUS_KEYS[amendment.status])}
        </span>
        <span className="amendment-card__what">
          {t(KIND_KEYS[amendment.kind])} · {amendmentPlace(t, amendment.kind, paragraph)}
        </span>
      </header>
      <ChangePreview kind={amendment.kind} expected={amendment.expected} proposed={amendment.proposed} />
      {amendment.rationale && <p className="amendment-card__rationale">{amendment.rationale}</p>}
      <p className="amendment-card__byline">
        {t('amendments.card.by', { name: amendment.author.name })} · <time dateTime={amendment.createdAt}>{formatDate(amendment.createdAt)}</time>
        {amendment.historyCount > 0 && <> · {t('amendments.card.revised', { count: amendment.historyCount })}</>}
      </p>
      <Supporters amendment={amendment} groups={summary.groups} />
      {amendment.status === 'stale' && amendment.staleReason && <p className="amendment-card__outcome amendment-card__outcome--stale">{t('amendments.card.stale', { reason: staleReasonText(t, amendment, summary.groups, (id) => outline?.byId.get(id)) })}</p>}
      {amendment.status === 'proposed' && !inText && <p className="amendment-card__hint">{t('amendments.card.notInline')}</p>}
      {decided && amendment.decision && (
        <div className={`amendment-card__outcome amendment-card__outcome--${amendment.status}`}>
          <p>
            {t('amendments.card.decided', { status: t(STATUS_KEYS[amendment.status]), name: amendment.decision.by.name, date: formatDate(amendment.decision.at) })}
          </p>
          {amendment.decision.note && <p className="amendment-card__note">{t('amendments.quote', { text: amendment.decision.note })}</p>}
        </div>
      )}
      <AmendmentActionButtons amendment={amendment}>
        <Button size="small" variant="ghost" aria-expanded={commentsOpen} onClick={(event) => { event.stopPropagation(); onToggleComments(); }} data-testid="amendment-comments">
          {t('amendments.action.comments', { count: amendment.commentCount })}
        </Button>
        {inText && amendment.status === 'proposed' && (
          <Button size="small" variant="ghost" onClick={(event) => { event.stopPropagation(); showInText(amendment.id); }}>
            {t('amendments.card.showInText')}
          </Button>
        )}
      </AmendmentActionButtons>
      {commentsOpen && <CommentThread amendmentId={amendment.id} />}
    </article>
  );
});
