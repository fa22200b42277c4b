/**
 * One benchmark client: a Y.Doc kept in sync by the real provider of the server under test
 * (y-websocket's WebsocketProvider, or Hocuspocus's own provider).
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Endpoint } from './endpoint.js';

export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves once the first sync with the server has completed. */
  readonly synced: Promise<void>;
  /** Bytes handed to the socket but not yet written to the network. */
  bufferedAmount(): number;
  /** Whether the socket is open (a closed client keeps its edits locally). */
  connected(): boolean;
  /** Resolves when the server confirmed every local change (Hocuspocus); at once where the protocol has no receipts. */
  acknowledged(): Promise<void>;
  /** Re-announces this client's presence, as its provider does every 15 s. */
  renewPresence(): void;
  /** How many times the connection closed other than by destroy(), with the last close reason. */
  drops(): { count: number; lastReason: string };
  destroy(): void;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function yWebsocketClient(endpoint: Endpoint, doc: Y.Doc, syncTimeoutMs: number): BenchClient {
  const provider = new WebsocketProvider(endpoint.serverUrl, endpoint.room, doc, {
    params: endpoint.token ? { token: endpoint.token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const dropped = { count: 0, lastReason: '', destroyed: false };
  provider.on('connection-close', (event: { code: number; reason: string } | null) => {
    if (dropped.destroyed) return;
    dropped.count += 1;
    dropped.lastReason = event ? `${event.code} ${event.reason}` : 'no message for 30 s';
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
    provider.on('closed', (event: { code: number; reason: string }) => {
      reject(new Error(`server refused the connection: ${event.code} ${event.reason}`));
    });
  });
  return {
    doc,
    synced: withTimeout(synced, syncTimeoutMs, `sync with ${endpoint.serverUrl}/${endpoint.room}`),
    bufferedAmount: () => provider.ws?.bufferedAmount ?? 0,
    connected: () => provider.wsconnected,
    acknowledged: () => Promise.resolve(),
    renewPresence: () => provider.awareness.setLocalState({ ...provider.awareness.getLocalState() }),
    drops: () => ({ count: dropped.count, lastReason: dropped.lastReason }),
    destroy: () => {
      dropped.destroyed = true;
      provider.destroy();
    },
  };
}

function hocuspocusClient(endpoint: Endpoint, doc: Y.Doc, syncTimeoutMs: number): BenchClient {
  const socket = new HocuspocusProviderWebsocket({ url: endpoint.serverUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: endpoint.room,
    document: doc,
    token: endpoint.token ?? null,
  });
  const dropped = { count: 0, lastReason: '', destroyed: false };
  socket.on('disconnect', ({ event }: { event: { code: number; reason: string } }) => {
    if (dropped.destroyed) return;
    dropped.count += 1;
    dropped.lastReason = `${event.code} ${event.reason}`;
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  provider.attach();
  return {
    doc,
    synced: withTimeout(synced, syncTimeoutMs, `sync with ${endpoint.serverUrl} (${endpoint.room})`),
    bufferedAmount: () => socket.webSocket?.bufferedAmount ?? 0,
    connected: () => socket.status === WebSocketStatus.Connected,
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const check = () => {
          if (provider.hasUnsyncedChanges) return;
          provider.off('unsyncedChanges', check);
          resolve();
        };
        provider.on('unsyncedChanges', check);
      }),
    renewPresence: () => provider.awareness?.setLocalState({ ...provider.awareness.getLocalState() }),
    drops: () => ({ count: dropped.count, lastReason: dropped.lastReason }),
    destroy: () => {
      dropped.destroyed = true;
      provider.destroy();
      socket.destroy();
    },
  };
}

export function connectClient(endpoint: Endpoint, doc: Y.Doc = new Y.Doc(), syncTimeoutMs = 60_000): BenchClient {
  return endpoint.protocol === 'hocuspocus'
    ? hocuspocusClient(endpoint, doc, syncTimeoutMs)
    : yWebsocketClient(endpoint, doc, syncTimeoutMs);
}
