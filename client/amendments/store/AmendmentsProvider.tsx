/**
 * The amendments feature for the whole workspace: my rights, the panel and its requests, the editor's
 * cursor store, and the toasts that tell authors when someone else decided on their proposal. The
 * amendments themselves are a query the event stream keeps current.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../../shared/api/documents.js';
import { can } from '../../../shared/roles.js';
import { queryKeys } from '../../api/query-keys';
import { useDocumentEvent } from '../../events/DocumentEventsProvider';
import type { AmendmentList } from '../queries/amendment-list';
import { ToastProvider } from '../toasts/ToastProvider';
import { AmendmentsContext, type AmendmentFocus, type AmendmentsContextValue } from './amendments-context';
import { createCursorStore, CursorStoreContext, type CursorStore } from './cursor-store';
import { useOutcomeToasts } from './use-outcome-toasts';

interface AmendmentsProviderProps {
  summary: DocumentSummary;
  panelOpen: boolean;
  onPanelOpenChange: (open: boolean) => void;
  children: ReactNode;
}

function OutcomeToasts({ summary, cursor }: { summary: DocumentSummary; cursor: CursorStore }) {
  const queryClient = useQueryClient();
  const notify = useOutcomeToasts(summary.myParticipantId, () => cursor.get().outline, (id) =>
    queryClient.getQueryData<AmendmentList>(queryKeys.amendments(summary.id))?.amendments.find((item) => item.id === id)?.status, summary.groups,
  );
  useDocumentEvent('amendment', (event) => notify(event.amendment));
  return null;
}

function Provider({ summary, panelOpen, onPanelOpenChange, children }: AmendmentsProviderProps) {
  const [cursor] = useState(createCursorStore);
  const [cardFocus, setCardFocus] = useState<AmendmentFocus | null>(null);
  const [textFocus, setTextFocus] = useState<AmendmentFocus | null>(null);
  const seq = useRef(0);

  const value = useMemo<AmendmentsContextValue>(() => {
    const role = summary.myRole;
    const nextSeq = () => {
      seq.current += 1;
      return seq.current;
    };
    return {
      summary,
      rights: {
        editText: can(role, 'text.edit'),
        propose: can(role, 'amendments.propose'),
        decide: can(role, 'amendments.decide'),
        support: can(role, 'amendments.support'),
        comment: can(role, 'amendments.comment'),
        period: can(role, 'amendments.period'),
      },
      panelOpen,
      setPanelOpen: onPanelOpenChange,
      showCard: (id, options) => {
        onPanelOpenChange(true);
        setCardFocus({ id, comments: options?.comments ?? false, seq: nextSeq() });
      },
      cardFocus,
      showInText: (id) => setTextFocus({ id, comments: false, seq: nextSeq() }),
      textFocus,
    };
  }, [summary, panelOpen, onPanelOpenChange, cardFocus, textFocus]);

  return (
    <AmendmentsContext.Provider value={value}>
      <CursorStoreContext.Provider value={cursor}>
        <OutcomeToasts summary={summary} cursor={cursor} />
        {children}
      </CursorStoreContext.Provider>
    </AmendmentsContext.Provider>
  );
}

export function AmendmentsProvider(props: AmendmentsProviderProps) {
  return (
    <ToastProvider>
      <Provider {...props} />
    </ToastProvider>
  );
}
