/**
 * One live editing session of a document: the Y.Doc, its copy on this device (IndexedDB) and the
 * y-websocket connection to the server.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { localCopyName, recordLocalCopy } from '../local-data/local-copies';

export interface CollabSession {
  readonly documentId: string;
  readonly ydoc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
}

export interface CollabSessionOptions {
  documentId: string;
  token: string;
  participantId: string;
  /** Whose copy this device keeps, so that signing out can delete it. */
  personId: string;
  user: PresenceUser;
}

export function collabServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export function openCollabSession({ documentId, token, participantId, personId, user }: CollabSessionOptions): CollabSession {
  const ydoc = new Y.Doc();
  const name = localCopyName(documentId, participantId);
  recordLocalCopy({ name, documentId, personId });
  const persistence = new IndexeddbPersistence(name, ydoc);
  // No BroadcastChannel: the server is the one place tabs meet, so "live" and "offline" mean what they say.
  const provider = new WebsocketProvider(collabServerUrl(), documentId, ydoc, { params: { token }, disableBc: true });
  provider.awareness.setLocalStateField('user', user);
  return { documentId, ydoc, provider, persistence };
}

export function closeCollabSession(session: CollabSession): void {
  session.provider.awareness.setLocalState(null);
  session.provider.destroy();
  void session.persistence.destroy();
  session.ydoc.destroy();
}
