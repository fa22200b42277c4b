/** What the audit page reads: the log, the document (title, groups), the paragraphs (to cite them) and the amendments (whose is whose). */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { citeParagraphs, type ParagraphCitation } from '../../shared/document/paragraph-citation.js';
import { listAmendments } from '../amendments/amendments-api';
import { listParagraphs } from '../api/documents-api';
import { queryKeys } from '../api/query-keys';
import { useSignedIn } from '../auth/AuthProvider';
import { useDocumentQuery } from '../documents/queries/document-queries';
import { readAuditLog } from './audit-api';

export function useAuditData(documentId: string) {
  const { api } = useSignedIn();
  const log = useQuery({ queryKey: queryKeys.audit(documentId), queryFn: () => readAuditLog(api, documentId) });
  const summary = useDocumentQuery(documentId);
  const paragraphs = useQuery({ queryKey: queryKeys.paragraphs(documentId), queryFn: () => listParagraphs(api, documentId) });
  const amendments = useQuery({ queryKey: [...queryKeys.audit(documentId), 'amendments'], queryFn: () => listAmendments(api, documentId) });

  const citations = useMemo(() => {
    const map = new Map<string, ParagraphCitation>();
    const list = paragraphs.data ?? [];
    const cited = citeParagraphs(list.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text, number: paragraph.number })));
    list.forEach((paragraph, index) => {
      const citation = cited[index];
      if (paragraph.id && citation) map.set(paragraph.id, citation);
    });
    return map;
  }, [paragraphs.data]);

  const owners = useMemo(() => {
    const map = new Map<string, { paragraphId: string; groupId: string }>();
    for (const amendment of amendments.data?.amendments ?? []) map.set(amendment.id, { paragraphId: amendment.paragraphId, groupId: amendment.author.groupId });
    return map;
  }, [amendments.data]);

  return { log, summary, citations, owners };
}
