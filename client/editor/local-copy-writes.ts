/**
 * Tracks whether this device's copy of the text (IndexedDB) has written every local change yet: a
 * page closed or reloaded a moment after typing offline would otherwise lose the last keystrokes.
 * A read-only transaction on the same store starts only after every earlier write to it has
 * finished, so its completion marks the writes before it as done.
 */
import type { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

const UPDATES_STORE = 'updates';

export interface LocalCopyWrites {
  pending: () => boolean;
  /** Resolves once every change made so far is written. */
  settled: () => Promise<void>;
  stop: () => void;
}

export function watchLocalCopyWrites(ydoc: Y.Doc, persistence: IndexeddbPersistence): LocalCopyWrites {
  let pending = 0;
  let waiters: Array<() => void> = [];
  const done = () => {
    pending -= 1;
    if (pending > 0) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  };
  // Registered after y-indexeddb's own listener, so its write transaction is created first.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    const db = persistence.db;
    if (origin === persistence || !db) return;
    pending += 1;
    try {
      const marker = db.transaction([UPDATES_STORE], 'readonly');
      marker.oncomplete = done;
      marker.onerror = done;
      marker.onabort = done;
    } catch {
      done();
    }
  };
  ydoc.on('update', onUpdate);
  return {
    pending: () => pending > 0,
    settled: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    stop: () => ydoc.off('update', onUpdate),
  };
}
