/**
 * Holds a document's amendments for the whole workspace: loads the list, applies every pushed change
 * (so each participant sees a proposal or decision within a second), reloads after a reconnect, and
 * tells authors when someone else decided on their proposal.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { amendmentViewSchema, type AmendmentView, type DocumentEvent } from '../../../shared/amendments/amendment-schemas.js';
import type { DocumentSummary } from '../../../shared/api/documents.js';
import { can } from '../../../shared/roles.js';
import { useSignedIn } from '../../auth/AuthProvider';
import { useDocumentEventsContext, useEventStreamState } from '../../events/DocumentEventsProvider';
import { listAmendments } from '../amendments-api';
import type { ParagraphIndex } from '../inline/paragraph-index';
import { ToastProvider } from '../toasts/ToastProvider';
import { AmendmentsContext, type AmendmentFocus, type AmendmentsContextValue } from './amendments-context';
import { amendmentsReducer, INITIAL_STATE, sortedAmendments } from './amendments-store';
import { useOutcomeToasts } from './use-outcome-toasts';

interface AmendmentsProviderProps {
  summary: DocumentSummary;
  panelOpen: boolean;
  onPanelOpenChange: (open: boolean) => void;
  children: ReactNode;
}

function Provider({ summary, panelOpen, onPanelOpenChange, children }: AmendmentsProviderProps) {
  const { api } = useSignedIn();
  const [state, dispatch] = useReducer(amendmentsReducer, INITIAL_STATE);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [outline, setOutline] = useState<ParagraphIndex | null>(null);
  const [inlineIds, setInlineIds] = useState<ReadonlySet<string>>(new Set());
  const [cardFocus, setCardFocus] = useState<AmendmentFocus | null>(null);
  const [textFocus, setTextFocus] = useState<AmendmentFocus | null>(null);
  const seq = useRef(0);
  const documentId = summary.id;

  // Events that arrive while a list is loading are applied again on top of it.
  const buffered = useRef<DocumentEvent[] | null>(null);
  const apply = useCallback((event: DocumentEvent) => {
    if (event.type === 'period') dispatch({ type: 'period', open: event.open });
    if (event.type !== 'amendment') return;
    const parsed = amendmentViewSchema.safeParse(event.amendment);
    if (parsed.success && parsed.data.documentId === documentId) dispatch({ type: 'upsert', amendment: parsed.data });
  }, [documentId]);

  // Only the latest load counts: an older answer arriving late must not replace a newer list.
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = (generation.current += 1);
    buffered.current ??= [];
    dispatch({ type: 'loading' });
    try {
      const { amendments, periodOpen } = await listAmendments(api, documentId);
      if (mine !== generation.current) return;
      dispatch({ type: 'loaded', amendments, periodOpen });
      for (const event of buffered.current ?? []) apply(event);
    } catch (error) {
      if (mine === generation.current) dispatch({ type: 'failed', error });
    }
    if (mine === generation.current) buffered.current = null;
  }, [api, documentId, apply]);

  const events = useDocumentEventsContext();
  const subscribe = events?.subscribe;
  const byIdRef = useRef(state.byId);
  byIdRef.current = state.byId;
  const notifyOutcome = useOutcomeToasts(summary.myParticipantId, outline, (id) => byIdRef.current.get(id)?.status);
  useEffect(() => {
    if (!subscribe) return;
    return subscribe((event) => {
      if (buffered.current) buffered.current.push(event);
      if (event.type === 'amendment') notifyOutcome(event.amendment);
      apply(event);
    });
  }, [subscribe, apply, notifyOutcome]);

  // The first load at once; again whenever the stream reopens after a drop (events may have been missed).
  const stream = useEventStreamState();
  const opened = useRef(false);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (stream !== 'open') return;
    if (opened.current) void load();
    opened.current = true;
  }, [stream, load]);

  const amendments = useMemo(() => sortedAmendments(state.byId), [state.byId]);
  const value = useMemo<AmendmentsContextValue>(() => {
    const role = summary.myRole;
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
      state,
      amendments,
      reload: () => void load(),
      upsert: (amendment: AmendmentView) => dispatch({ type: 'upsert', amendment }),
      setPeriodOpen: (open: boolean) => dispatch({ type: 'period', open }),
      activeId,
      setActiveId,
      outline,
      setOutline,
      inlineIds,
      setInlineIds,
      panelOpen,
      setPanelOpen: onPanelOpenChange,
      showCard: (id, options) => {
        onPanelOpenChange(true);
        setCardFocus({ id, comments: options?.comments ?? false, seq: (seq.current += 1) });
      },
      cardFocus,
      showInText: (id) => setTextFocus({ id, comments: false, seq: (seq.current += 1) }),
      textFocus,
    };
  }, [summary, state, amendments, load, activeId, outline, inlineIds, panelOpen, onPanelOpenChange, cardFocus, textFocus]);

  return <AmendmentsContext.Provider value={value}>{children}</AmendmentsContext.Provider>;
}

export function AmendmentsProvider(props: AmendmentsProviderProps) {
  return (
    <ToastProvider>
      <Provider {...props} />
    </ToastProvider>
  );
}
