/** The amendments side panel: period, filters, the chair's bulk decisions, and a card per amendment, following the cursor. */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { OPEN_STATUSES } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorBox } from '../../ui/ErrorBox';
import { SkeletonLines } from '../../ui/Skeleton';
import { SidePanel } from '../../ui/SidePanel';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments, type AmendmentFocus } from '../store/amendments-context';
import { useCursorStore } from '../store/cursor-store';
import { AmendmentCard } from './AmendmentCard';
import { AmendmentFiltersBar } from './AmendmentFiltersBar';
import { BulkDecisionBar } from './BulkDecision';
import { filterAmendments, NO_FILTERS, type AmendmentFilters } from './filter-amendments';
import { PeriodBar } from './PeriodBar';

export function AmendmentsPanel() {
  const { t } = useI18n();
  const { summary, rights, cardFocus, setPanelOpen } = useAmendments();
  const state = useAmendmentList();
  const { amendments, reload } = state;
  const cursor = useCursorStore();
  const [filters, setFilters] = useState<AmendmentFilters>(NO_FILTERS);
  const [commentsOpen, setCommentsOpen] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const tick = (ids: readonly string[], on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const cards = useRef(new Map<string, HTMLElement>());
  const shown = useMemo(() => filterAmendments(amendments, filters, summary.myParticipantId), [amendments, filters, summary.myParticipantId]);
  const openCount = amendments.filter((amendment) => amendment.status === 'proposed').length;

  // The card of the amendment under the cursor stays in view, without re-rendering the panel on each move.
  useEffect(() => {
    let last = cursor.get().activeId;
    return cursor.subscribe(() => {
      const { activeId } = cursor.get();
      if (activeId === last) return;
      last = activeId;
      if (activeId) cards.current.get(activeId)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  }, [cursor]);

  // Only a new request moves the panel, not a change of filters: `shown` is read when it comes.
  const showCard = useEffectEvent(({ id, comments }: AmendmentFocus) => {
    if (!shown.some((amendment) => amendment.id === id)) setFilters(NO_FILTERS);
    setSelectedId(id);
    if (comments) setCommentsOpen((open) => new Set(open).add(id));
    // After the render that shows it.
    requestAnimationFrame(() => {
      const card = cards.current.get(id);
      card?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      card?.focus({ preventScroll: true });
    });
  });
  useEffect(() => {
    if (cardFocus) showCard(cardFocus);
  }, [cardFocus]);

  const toggleComments = (id: string) =>
    setCommentsOpen((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <SidePanel
      name="amendments"
      title={t('amendments.heading')}
      count={state.status === 'ready' ? amendments.length : null}
      titleExtra={state.status === 'ready' && openCount > 0 && <span className="amendments-panel__open">{t('amendments.openCount', { count: openCount })}</span>}
      onClose={() => setPanelOpen(false)}
      className="amendments-panel"
      bodyClassName="amendments-panel__body"
    >
      <PeriodBar />
      {state.status === 'loading' && <SkeletonLines count={6} />}
      {state.status === 'error' && <ErrorBox title={t('amendments.loadError')} error={state.error} onRetry={reload} />}
      {state.status === 'ready' && amendments.length === 0 && <p className="side-panel__note">{t(rights.propose ? 'amendments.emptyProposer' : 'amendments.empty')}</p>}
      {state.status === 'ready' && amendments.length > 0 && (
        <>
          <AmendmentFiltersBar filters={filters} onChange={setFilters} amendments={amendments} shown={shown.length} />
          {rights.decide && <BulkDecisionBar shown={shown} ticked={ticked} onTick={tick} />}
          {shown.length === 0 && <p className="side-panel__note">{t('amendments.emptyFiltered')}</p>}
          <ol className="amendment-list" data-testid="amendment-list">
            {shown.map((amendment) => (
              <li key={amendment.id}>
                <AmendmentCard
                  ref={(element) => {
                    if (element) cards.current.set(amendment.id, element);
                    else cards.current.delete(amendment.id);
                  }}
                  amendment={amendment}
                  selected={amendment.id === selectedId}
                  onSelect={() => setSelectedId(amendment.id)}
                  commentsOpen={commentsOpen.has(amendment.id)}
                  onToggleComments={() => toggleComments(amendment.id)}
                  ticked={rights.decide && OPEN_STATUSES.includes(amendment.status) ? ticked.has(amendment.id) : undefined}
                  onTick={(on) => tick([amendment.id], on)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </SidePanel>
  );
}
