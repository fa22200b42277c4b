/**
 * The live paragraphs as the server reads them (/paragraphs: ids, numbers, kinds, statuses, text), read once
 * for every feature; the chair's statuses are patched in from 'paragraph-status' events.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Paragraph } from '../../../shared/api/documents.js';
import type { ParagraphStatus } from '../../../shared/document/kinds.js';
import { listParagraphs } from '../../api/documents-api';
import { KEPT_BY_EVENTS, queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';
import { setParagraphStatus } from '../paragraph-status-api';

export type ParagraphStatuses = ReadonlyMap<string, ParagraphStatus>;

function useParagraphsQuery<T>(documentId: string, select: (paragraphs: Paragraph[]) => T) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.paragraphs(documentId), queryFn: () => listParagraphs(api, documentId), select, ...KEPT_BY_EVENTS });
}

function byId(paragraphs: Paragraph[]): ReadonlyMap<string, Paragraph> {
  const map = new Map<string, Paragraph>();
  for (const paragraph of paragraphs) if (paragraph.id) map.set(paragraph.id, paragraph);
  return map;
}

/** Absent means open. */
function statusesOf(paragraphs: Paragraph[]): ParagraphStatuses {
  const map = new Map<string, ParagraphStatus>();
  for (const paragraph of paragraphs) if (paragraph.id && paragraph.status && paragraph.status !== 'open') map.set(paragraph.id, paragraph.status);
  return map;
}

export const useParagraphsById = (documentId: string) => useParagraphsQuery(documentId, byId);

const NONE: ParagraphStatuses = new Map();

/** Until the first read, every paragraph shows as open, as it did before statuses were known. */
export function useParagraphStatuses(documentId: string): ParagraphStatuses {
  return useParagraphsQuery(documentId, statusesOf).data ?? NONE;
}

/** Writes one paragraph's status into the cached list; a paragraph the list does not know yet means the list is behind. */
export function putParagraphStatus(queryClient: QueryClient, documentId: string, paragraphId: string, status: ParagraphStatus): void {
  const key = queryKeys.paragraphs(documentId);
  const paragraphs = queryClient.getQueryData<Paragraph[]>(key);
  if (!paragraphs) return;
  if (!paragraphs.some((paragraph) => paragraph.id === paragraphId)) {
    void queryClient.invalidateQueries({ queryKey: key });
    return;
  }
  queryClient.setQueryData<Paragraph[]>(key, paragraphs.map((paragraph) => (paragraph.id === paragraphId ? { ...paragraph, status } : paragraph)));
}

export function useSetParagraphStatus(documentId: string) {
  const { api } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ paragraphId, status }: { paragraphId: string; status: ParagraphStatus }) => setParagraphStatus(api, documentId, paragraphId, status),
    onSuccess: (_, { paragraphId, status }) => putParagraphStatus(queryClient, documentId, paragraphId, status),
  });
}
