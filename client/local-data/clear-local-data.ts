/**
 * Deletes what this device keeps of a person's documents: one document's copies when access to it
 * ends, and on sign-out every copy of that person and the rest of what Concord keeps in localStorage.
 */
import { forgetLocalCopies, isLocalCopiesRecord, localCopyName, parseLocalCopyName, readLocalCopies } from './local-copies';
import type { SignedInPerson } from './signed-in-person';

/** Device preferences, not anybody's data: the sign-in screen keeps speaking the chosen language. */
const DEVICE_KEYS = new Set(['concord.language']);

async function databaseNames(): Promise<string[]> {
  try {
    if (typeof indexedDB.databases !== 'function') return [];
    return (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
  } catch {
    return [];
  }
}

/** Settles once the database is gone; a tab still holding it open delays that until it lets go. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    } catch {
      resolve();
    }
  });
}

async function deleteAll(names: ReadonlySet<string>): Promise<void> {
  await Promise.all([...names].map(deleteDatabase));
  forgetLocalCopies(names);
}

/** The copies of one document held for a person under any of the given participant ids (or recorded as theirs). */
export async function clearDocumentCopies(documentId: string, personId: string, participantIds: readonly string[]): Promise<void> {
  const names = new Set(participantIds.map((participantId) => localCopyName(documentId, participantId)));
  for (const copy of readLocalCopies()) if (copy.documentId === documentId && copy.personId === personId) names.add(copy.name);
  await deleteAll(names);
}

function clearPersonalStorage(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) {
      if (key?.startsWith('concord.') && !DEVICE_KEYS.has(key) && !isLocalCopiesRecord(key)) localStorage.removeItem(key);
    }
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Everything of this person on this device; other people's copies on a shared browser stay. */
export async function clearPersonData(person: SignedInPerson | null): Promise<void> {
  clearPersonalStorage();
  if (!person) return;
  const recorded = readLocalCopies().filter((copy) => copy.personId === person.personId);
  const participantIds = new Set([...person.participantIds, ...recorded.map((copy) => parseLocalCopyName(copy.name)?.participantId)]);
  const names = new Set(recorded.map((copy) => copy.name));
  for (const name of await databaseNames()) {
    const parsed = parseLocalCopyName(name);
    if (parsed && participantIds.has(parsed.participantId)) names.add(name);
  }
  await deleteAll(names);
}
