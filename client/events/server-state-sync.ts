/**
 * The one place where a document's event stream meets the cache: each pushed event patches the query it
 * changes or marks stale the ones it makes out of date, and each time the stream opens, whatever was read
 * before it is read again (events may have been missed while it was down).
 */
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { amendmentViewSchema, type DocumentEvent } from '../../shared/amendments/amendment-schemas.js';
import { putAmendment, putComment, putPeriod } from '../amendments/queries/amendment-queries';
import { queryKeys } from '../api/query-keys';
import { putParagraphStatus } from '../paragraph-status/queries/paragraph-queries';
import type { StreamState } from './document-events-stream';

export interface ServerStateSync {
  apply: (event: DocumentEvent) => void;
  streamState: (state: StreamState) => void;
  close: () => void;
}

/** A burst of decisions (a bulk accept) makes one re-read of the figures, not one per amendment. */
const FIGURES_DELAY_MS = 400;

export function syncServerState(queryClient: QueryClient, documentId: string): ServerStateSync {
  const amendmentsKey = queryKeys.amendments(documentId);
  const amendmentsHash = hashKey(amendmentsKey);
  let figuresTimer: ReturnType<typeof setTimeout> | undefined;
  let textChanged = false;

  function figuresLater(alsoText: boolean): void {
    textChanged ||= alsoText;
    clearTimeout(figuresTimer);
    figuresTimer = setTimeout(() => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.stats(documentId) });
      if (textChanged) void queryClient.invalidateQueries({ queryKey: queryKeys.paragraphs(documentId) });
      textChanged = false;
    }, FIGURES_DELAY_MS);
  }

  // Amendment events that arrive while the list is being read are applied again on top of what it reads.
  let replay: DocumentEvent[] = [];
  const unsubscribeCache = queryClient.getQueryCache().subscribe((change) => {
    if (change.type !== 'updated' || change.query.queryHash !== amendmentsHash) return;
    if (change.action.type === 'error') replay = [];
    if (change.action.type !== 'success' || change.action.manual) return;
    const pending = replay;
    replay = [];
    for (const event of pending) patchAmendments(event);
  });

  function patchAmendments(event: DocumentEvent): void {
    if (event.type === 'period') putPeriod(queryClient, documentId, event.open);
    if (event.type !== 'amendment') return;
    const parsed = amendmentViewSchema.safeParse(event.amendment);
    if (parsed.success && parsed.data.documentId === documentId) putAmendment(queryClient, documentId, parsed.data);
  }

  function apply(event: DocumentEvent): void {
    switch (event.type) {
      case 'amendment':
      case 'period':
        if (queryClient.isFetching({ queryKey: amendmentsKey, exact: true }) > 0) replay.push(event);
        patchAmendments(event);
        if (event.type === 'amendment') figuresLater(event.amendment.status === 'accepted');
        return;
      case 'comment':
        putComment(queryClient, documentId, event.comment);
        return;
      case 'paragraph-status':
        putParagraphStatus(queryClient, documentId, event.paragraphId, event.status);
        figuresLater(false);
        return;
      case 'revision':
        void queryClient.invalidateQueries({ queryKey: queryKeys.revisions(documentId) });
        return;
      case 'silence':
        void queryClient.invalidateQueries({ queryKey: queryKeys.silence(documentId) });
        return;
    }
  }

  function streamState(state: StreamState): void {
    if (state !== 'open') return;
    const openedAt = Date.now();
    void queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId), predicate: (query) => query.state.dataUpdatedAt < openedAt });
  }

  return {
    apply,
    streamState,
    close: () => {
      clearTimeout(figuresTimer);
      unsubscribeCache();
    },
  };
}
