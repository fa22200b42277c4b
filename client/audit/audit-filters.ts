/** The audit log's filters: what kind of event, which group, who; pure, so tested directly. */
import type { AuditEntryView } from '../../shared/api/audit.js';

export type AuditCategory = 'all' | 'amendments' | 'paragraphs' | 'revisions' | 'silence' | 'document';
export const AUDIT_CATEGORIES: readonly AuditCategory[] = ['all', 'amendments', 'paragraphs', 'revisions', 'silence', 'document'];

export interface AuditFilters {
  category: AuditCategory;
  /** A group id, '' for any. */
  groupId: string;
  /** A participant id, '' for anyone, 'system' for Concord's own entries. */
  participantId: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { category: 'all', groupId: '', participantId: '' };
export const SYSTEM_ACTOR = 'system';

export function categoryOf(action: string): Exclude<AuditCategory, 'all'> {
  if (action.startsWith('amendment')) return 'amendments';
  if (action.startsWith('paragraph')) return 'paragraphs';
  if (action.startsWith('revision')) return 'revisions';
  if (action.startsWith('silence')) return 'silence';
  return 'document';
}

/** Newest first, as a log is read. */
export function filterAuditEntries(entries: readonly AuditEntryView[], filters: AuditFilters): AuditEntryView[] {
  return entries
    .filter((entry) => filters.category === 'all' || categoryOf(entry.action) === filters.category)
    .filter((entry) => !filters.groupId || entry.groupId === filters.groupId)
    .filter((entry) => {
      if (!filters.participantId) return true;
      if (filters.participantId === SYSTEM_ACTOR) return entry.participantId === null;
      return entry.participantId === filters.participantId;
    })
    .sort((first, second) => second.seq - first.seq);
}

/** The people who appear in the log, for the "who" filter, by name. */
export function auditActors(entries: readonly AuditEntryView[]): { id: string; name: string }[] {
  const actors = new Map<string, string>();
  for (const entry of entries) if (entry.participantId) actors.set(entry.participantId, entry.participantName ?? entry.participantId);
  return [...actors].map(([id, name]) => ({ id, name })).sort((first, second) => first.name.localeCompare(second.name));
}
