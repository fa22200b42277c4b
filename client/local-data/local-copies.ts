/**
 * This device's copies of documents (one IndexedDB database per document and participant), recorded in
 * localStorage with whose they are, so that they can be deleted where `indexedDB.databases()` is missing
 * and so that a copy whose membership has since been revoked is still known to be that person's.
 */
const RECORD_KEY = 'concord.localCopies';
const PREFIX = 'concord:';

export interface LocalCopy {
  name: string;
  documentId: string;
  personId: string;
}

/** Keyed by participant too: two people sharing a browser must not mix their unsent edits. */
export function localCopyName(documentId: string, participantId: string): string {
  return `${PREFIX}${documentId}:${participantId}`;
}

/** The document and participant a copy's name is for; null for a database that is not a Concord copy. */
export function parseLocalCopyName(name: string): { documentId: string; participantId: string } | null {
  if (!name.startsWith(PREFIX)) return null;
  const rest = name.slice(PREFIX.length);
  const colon = rest.lastIndexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return null;
  return { documentId: rest.slice(0, colon), participantId: rest.slice(colon + 1) };
}

function isLocalCopy(value: unknown): value is LocalCopy {
  if (typeof value !== 'object' || value === null) return false;
  const { name, documentId, personId } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof documentId === 'string' && typeof personId === 'string';
}

export function readLocalCopies(): LocalCopy[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(RECORD_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isLocalCopy) : [];
  } catch {
    return [];
  }
}

function writeLocalCopies(copies: readonly LocalCopy[]): void {
  try {
    if (copies.length === 0) localStorage.removeItem(RECORD_KEY);
    else localStorage.setItem(RECORD_KEY, JSON.stringify(copies));
  } catch {
    // Without storage there is no record; indexedDB.databases() still finds the copies.
  }
}

export function recordLocalCopy(copy: LocalCopy): void {
  const copies = readLocalCopies();
  if (copies.some((known) => known.name === copy.name)) return;
  writeLocalCopies([...copies, copy]);
}

export function forgetLocalCopies(names: ReadonlySet<string>): void {
  const copies = readLocalCopies();
  const kept = copies.filter((copy) => !names.has(copy.name));
  if (kept.length !== copies.length) writeLocalCopies(kept);
}

/** Whether a localStorage key is the record of copies (rewritten, not dropped, when one person's go). */
export function isLocalCopiesRecord(key: string): boolean {
  return key === RECORD_KEY;
}
