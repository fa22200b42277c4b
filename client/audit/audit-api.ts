/** Reads the whole audit log, page by page (the server answers at most 5,000 entries at a time). */
import { auditListSchema, type AuditEntryView } from '../../shared/api/audit.js';
import type { ApiClient } from '../api/api-client';

const PAGE = 5000;

export async function readAuditLog(api: ApiClient, documentId: string): Promise<AuditEntryView[]> {
  const entries: AuditEntryView[] = [];
  for (;;) {
    const after = entries.at(-1)?.seq ?? 0;
    const page = await api.get(`/api/documents/${encodeURIComponent(documentId)}/audit?after=${after}&limit=${PAGE}`, auditListSchema);
    entries.push(...page.entries);
    if (page.entries.length < PAGE) return entries;
  }
}
