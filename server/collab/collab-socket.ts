/**
 * The collaboration socket: `/collab/<documentId>?token=…`, the y-websocket protocol over `ws`.
 * Its seams are explicit: who may connect (authenticate), who may write (the role), where updates go
 * (the room's durable outbox).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { CLOSE_CODES, type PresenceUser } from '../../shared/collab/protocol-constants.js';
import { canEditText } from '../../shared/roles.js';
import type { Authenticator } from '../participants/authenticate.js';
import type { CollabConnection } from './connection.js';
import { MalformedMessage } from './messages.js';
import type { RoomRegistry } from './room-registry.js';

export interface CollabSocketOptions {
  maxMessageBytes: number;
  pingIntervalMs: number;
  /** A receiver that falls this far behind is dropped rather than buffered without bound. */
  maxBufferedBytes: number;
  log?: (message: string) => void;
}

const COLLAB_PATH = /^\/collab\/([A-Za-z0-9_-]{1,80})$/;

class SocketConnection implements CollabConnection {
  alive = true;
  constructor(
    readonly socket: WebSocket,
    readonly participantId: string,
    readonly canWrite: boolean,
    readonly presence: PresenceUser,
    private readonly maxBufferedBytes: number,
  ) {}

  send(message: Uint8Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.close(1013, 'too far behind; reconnect');
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export function attachCollabSocket(
  server: Server,
  deps: { registry: RoomRegistry; authenticator: Authenticator },
  options: CollabSocketOptions,
): { close: () => void; connectionCount: () => number } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const connections = new Set<SocketConnection>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = COLLAB_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, match[1] ?? '', url.searchParams.get('token')));
  });

  function accept(ws: WebSocket, documentId: string, token: string | null): void {
    ws.on('error', (error) => options.log?.(`collab socket error: ${error.message}`));
    // Refusals use 44xx codes so the y-websocket client does not retry forever.
    const result = deps.authenticator.access(token, documentId);
    if (!result.ok) {
      const code = result.reason === 'unauthenticated' ? CLOSE_CODES.unauthorized : CLOSE_CODES.notFound;
      ws.close(code, result.reason === 'unauthenticated' ? 'invalid or missing token' : 'no such document');
      return;
    }
    const { participant, groupColor } = result.access;
    const connection = new SocketConnection(
      ws,
      participant.id,
      canEditText(participant.role),
      { name: participant.name, color: groupColor, groupId: participant.groupId, role: participant.role, participantId: participant.id },
      options.maxBufferedBytes,
    );
    const room = deps.registry.open(documentId);
    connections.add(connection);
    room.join(connection);

    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        connection.close(CLOSE_CODES.badMessage, 'text frames are not part of the protocol');
        return;
      }
      try {
        room.receive(connection, toBytes(data));
      } catch (error) {
        const reason = error instanceof MalformedMessage ? error.message : 'message could not be handled';
        options.log?.(`closing ${participant.id} on ${documentId}: ${reason}`);
        connection.close(CLOSE_CODES.badMessage, reason.slice(0, 120));
      }
    });
    ws.on('close', () => {
      connections.delete(connection);
      room.leave(connection);
      deps.registry.released(room);
    });
  }

  const keepAlive = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, options.pingIntervalMs);
  keepAlive.unref();

  return {
    close: () => {
      clearInterval(keepAlive);
      for (const connection of connections) connection.socket.terminate();
      wss.close();
    },
    connectionCount: () => connections.size,
  };
}
