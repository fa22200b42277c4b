/**
 * The collaboration socket: `/collab/<documentId>?token=…`, the y-websocket protocol over `ws`.
 * Its seams are explicit: who may connect (authenticate), who may write (the role), where updates go
 * (the room's durable outbox), and what any one client may cost (fair-shares.ts).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { canEditText } from '../../shared/roles.js';
import type { Authenticator } from '../participants/authenticate.js';
import type { CollabShares } from './fair-shares.js';
import { MESSAGE_AWARENESS, MalformedMessage } from './messages.js';
import type { RoomRegistry } from './room-registry.js';
import { ParticipantSockets } from './socket-caps.js';
import { SocketConnection } from './socket-connection.js';

export interface CollabSocketOptions extends CollabShares {
  maxMessageBytes: number;
  pingIntervalMs: number;
  log?: (message: string) => void;
}

const COLLAB_PATH = /^\/collab\/([A-Za-z0-9_-]{1,80})$/;

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
  const participantSockets = new ParticipantSockets(options.socketsPerParticipant);

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = COLLAB_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Refused before the upgrade, so a full server spends nothing on the socket; counts sockets still closing too.
    if (wss.clients.size >= options.maxSockets) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nConnection: close\r\n\r\n');
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
    const release = participantSockets.admit(documentId, participant.id);
    if (!release) {
      options.log?.(`refusing a socket of ${participant.id} on ${documentId}: ${options.socketsPerParticipant} open already`);
      ws.close(CLOSE_CODES.tooMany, `too many connections: at most ${options.socketsPerParticipant} per participant on one document`);
      return;
    }
    const room = deps.registry.open(documentId);
    const connection = new SocketConnection(
      ws,
      {
        participantId: participant.id,
        canWrite: canEditText(participant.role),
        presence: { name: participant.name, color: groupColor, groupId: participant.groupId, role: participant.role, participantId: participant.id },
      },
      options,
      room.size,
      (buffered) => options.log?.(`dropping ${participant.id} on ${documentId}: ${buffered} bytes behind`),
    );
    connections.add(connection);
    room.join(connection);

    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Frames still arriving after the server closed the socket are not worth reading.
      if (ws.readyState !== ws.OPEN) return;
      if (!isBinary) {
        connection.close(CLOSE_CODES.badMessage, 'text frames are not part of the protocol');
        return;
      }
      const bytes = toBytes(data);
      // Presence is charged by the room's presence relay, which can tell an echo from a change.
      if (bytes[0] !== MESSAGE_AWARENESS && !connection.rate.take()) {
        options.log?.(`closing ${participant.id} on ${documentId}: over ${options.messagesPerSecond} messages a second`);
        connection.close(CLOSE_CODES.tooMany, connection.rate.refusal);
        return;
      }
      try {
        room.receive(connection, bytes);
      } catch (error) {
        const reason = error instanceof MalformedMessage ? error.message : 'message could not be handled';
        options.log?.(`closing ${participant.id} on ${documentId}: ${reason}`);
        connection.close(error instanceof MalformedMessage ? error.closeCode : CLOSE_CODES.badMessage, reason.slice(0, 120));
      }
    });
    ws.on('close', () => {
      release();
      connections.delete(connection);
      room.leave(connection);
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
