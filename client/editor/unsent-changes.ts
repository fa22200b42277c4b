/**
 * Tracks whether this device holds edits the server has not received: local updates made while the
 * socket was down (cleared once a reconnect has re-synced), or bytes still waiting in the socket;
 * and warns before leaving while any of them, or a write to this device's own copy, is pending.
 */
import type { CollabSession } from './collab-session';
import { watchLocalCopyWrites } from './local-copy-writes';

declare global {
  interface Window {
    /** Browser tests wait on it before reloading: the local copy holds everything typed so far. */
    __concordLocalCopySettled?: () => Promise<void>;
  }
}

export function watchUnsentChanges(session: CollabSession, onChange: (unsent: boolean) => void): () => void {
  const { ydoc, provider, persistence } = session;
  let unsentWhileOffline = false;
  const copyWrites = watchLocalCopyWrites(ydoc, persistence);
  window.__concordLocalCopySettled = copyWrites.settled;

  const set = (value: boolean) => {
    if (value === unsentWhileOffline) return;
    unsentWhileOffline = value;
    onChange(value);
  };
  // Updates from the server, or read back from this device's own store, are not new local edits.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === persistence) return;
    if (!provider.wsconnected) set(true);
  };
  const onSync = (synced: boolean) => {
    if (synced && provider.wsconnected) set(false);
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const buffered = (provider.ws?.bufferedAmount ?? 0) > 0;
    if (!unsentWhileOffline && !buffered && !copyWrites.pending()) return;
    event.preventDefault();
    // Older browsers only show the prompt when returnValue is set.
    event.returnValue = '';
  };

  ydoc.on('update', onUpdate);
  provider.on('sync', onSync);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    ydoc.off('update', onUpdate);
    provider.off('sync', onSync);
    window.removeEventListener('beforeunload', onBeforeUnload);
    copyWrites.stop();
    if (window.__concordLocalCopySettled === copyWrites.settled) delete window.__concordLocalCopySettled;
  };
}
