/** Everything the dashboard shows, from the same queries the workspace reads; the event stream keeps them current. */
import { useMemo } from 'react';
import type { AmendmentStats, AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import type { DocumentSummary, Paragraph } from '../../shared/api/documents.js';
import { citeParagraphs, type ParagraphCitation } from '../../shared/document/paragraph-citation.js';
import { useAmendmentsQuery } from '../amendments/queries/amendment-queries';
import type { LoadState } from '../api/load-state';
import { useDocumentQuery } from '../documents/queries/document-queries';
import { useParagraphsById } from '../paragraph-status/queries/paragraph-queries';
import { useStatsQuery } from './queries/stats-query';

export interface DashboardData {
  summary: DocumentSummary;
  stats: AmendmentStats;
  amendments: readonly AmendmentView[];
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** How each paragraph is cited (PP 12, OP 7 (b)), as on the amendment cards. */
  citations: ReadonlyMap<string, ParagraphCitation>;
}

function citationsOf(paragraphs: ReadonlyMap<string, Paragraph> | undefined): ReadonlyMap<string, ParagraphCitation> {
  const list = [...(paragraphs?.values() ?? [])].sort((a, b) => a.index - b.index);
  const citations = citeParagraphs(list);
  return new Map(list.flatMap((paragraph, at) => (citations[at] ? [[paragraph.id ?? '', citations[at]] as const] : [])));
}

export function useDashboardData(documentId: string): { resource: LoadState<DashboardData>; reload: () => void } {
  const summary = useDocumentQuery(documentId);
  const stats = useStatsQuery(documentId);
  const list = useAmendmentsQuery(documentId);
  const paragraphs = useParagraphsById(documentId);
  const citations = useMemo(() => citationsOf(paragraphs.data), [paragraphs.data]);
  const all = [summary, stats, list, paragraphs];
  const reload = () => {
    for (const query of all) if (query.data === undefined) void query.refetch();
  };

  if (summary.data && stats.data && list.data && paragraphs.data) {
    const data = { summary: summary.data, stats: stats.data, amendments: list.data.amendments, paragraphs: paragraphs.data, citations };
    return { resource: { status: 'ready', data, error: undefined }, reload };
  }
  const failed = all.find((query) => query.data === undefined && query.isError);
  if (failed) return { resource: { status: 'error', data: undefined, error: failed.error }, reload };
  return { resource: { status: 'loading', data: undefined, error: undefined }, reload };
}
