/**
 * One query key per server resource. Everything about one document starts with `document(id)`, so a
 * reconnect of its event stream can mark all of it stale at once.
 */
export const queryKeys = {
  me: () => ['me'] as const,
  documentList: () => ['document-list'] as const,
  document: (documentId: string) => ['document', documentId] as const,
  summary: (documentId: string) => ['document', documentId, 'summary'] as const,
  paragraphs: (documentId: string) => ['document', documentId, 'paragraphs'] as const,
  amendments: (documentId: string) => ['document', documentId, 'amendments'] as const,
  comments: (documentId: string, amendmentId: string) => ['document', documentId, 'comments', amendmentId] as const,
  stats: (documentId: string) => ['document', documentId, 'stats'] as const,
  participants: (documentId: string) => ['document', documentId, 'participants'] as const,
  revisions: (documentId: string) => ['document', documentId, 'revisions'] as const,
  revision: (documentId: string, revisionId: string) => ['document', documentId, 'revision', revisionId] as const,
  compare: (documentId: string, from: string, to: string) => ['document', documentId, 'compare', from, to] as const,
  silence: (documentId: string) => ['document', documentId, 'silence'] as const,
  audit: (documentId: string) => ['document', documentId, 'audit'] as const,
};

/** For server state the event stream keeps current: read once, then patched or invalidated by events. */
export const KEPT_BY_EVENTS = { staleTime: Infinity } as const;
