/** The popover over an inline amendment: who proposed it, why, who supports it, and what one can do about it. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormatDateTime } from '../../i18n/format-date';
import { Button } from '../../ui/Button';
import { groupLook, KIND_KEYS, STATUS_KEYS } from '../amendment-labels';
import { AmendmentActionButtons } from '../panel/AmendmentActions';
import { ChangePreview } from '../panel/ChangePreview';
import { Supporters } from '../panel/Supporters';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import type { HoverTarget } from './use-inline-hover';

interface InlinePopoverProps {
  target: HoverTarget;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const WIDTH = 380;
const GAP = 8;

function PopoverEntry({ amendment, onClose }: { amendment: AmendmentView; onClose: () => void }) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const { summary, showCard } = useAmendments();
  const look = groupLook(t, summary.groups, amendment.author.groupId);
  return (
    <section className="popover-entry" style={{ '--group-color': look.color }} data-testid="popover-entry" data-amendment-id={amendment.id}>
      <header className="popover-entry__header">
        <span className="amendment-card__group">
          <span className="amendment-card__dot" aria-hidden="true" />
          {look.name}
        </span>
        <span className="amendment-card__kind">{t(KIND_KEYS[amendment.kind])}</span>
        <span className={`status-badge status-badge--${amendment.status}`} data-testid="popover-status">
          {t(STATUS_KEYS[amendment.status])}
        </span>
      </header>
      <p className="popover-entry__author">
        {amendment.author.name} · <time dateTime={amendment.createdAt}>{formatDate(amendment.createdAt)}</time>
      </p>
      <ChangePreview kind={amendment.kind} expected={amendment.expected} proposed={amendment.proposed} />
      {amendment.rationale && <p className="amendment-card__rationale">{amendment.rationale}</p>}
      <Supporters amendment={amendment} groups={summary.groups} />
      <AmendmentActionButtons amendment={amendment}>
        <Button size="small" variant="ghost" onClick={() => { showCard(amendment.id, { comments: true }); onClose(); }} data-testid="popover-comments">
          {t('amendments.action.comments', { count: amendment.commentCount })}
        </Button>
      </AmendmentActionButtons>
    </section>
  );
}

export function InlinePopover({ target, onClose, onPointerEnter, onPointerLeave }: InlinePopoverProps) {
  const { t } = useI18n();
  const { amendments: all } = useAmendmentList();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: target.rect.bottom + GAP, left: target.rect.left });
  const amendments = target.ids.map((id) => all.find((item) => item.id === id)).filter((item): item is AmendmentView => item !== undefined);

  // Below the text if it fits, else above; never past the window's edges.
  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 0;
    const below = target.rect.bottom + GAP;
    const top = below + height > window.innerHeight - GAP && target.rect.top - GAP - height > GAP ? target.rect.top - GAP - height : below;
    const left = Math.max(GAP, Math.min(target.rect.left, window.innerWidth - WIDTH - GAP));
    setPosition({ top: Math.max(GAP, top), left });
  }, [target]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onDown = (event: MouseEvent) => {
      const node = event.target instanceof Node ? event.target : null;
      const inside = node && ref.current?.contains(node);
      const onAmendment = node instanceof Element && node.closest('[data-amendment-ids]');
      if (!inside && !onAmendment) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);

  if (amendments.length === 0) return null;
  return (
    <div
      ref={ref}
      className="inline-popover"
      role="dialog"
      aria-label={t('amendments.popover.label', { name: amendments[0]?.author.name ?? '' })}
      tabIndex={-1}
      style={{ top: position.top, left: position.left, width: WIDTH }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      data-testid="inline-popover"
    >
      {amendments.map((amendment) => (
        <PopoverEntry key={amendment.id} amendment={amendment} onClose={onClose} />
      ))}
    </div>
  );
}
