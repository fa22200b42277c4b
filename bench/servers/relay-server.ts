/**
 * The floor: a WebSocket relay that forwards each binary frame of a room to the room's other
 * clients, without any Yjs work. It reads only what routing needs:
 * - the first two bytes, to route the y-websocket handshake: a sync step 1 goes to the room's
 *   oldest peer (which answers from its own document), and that peer's step 2 goes back to whoever
 *   asked; with no peer, the relay answers "nothing new";
 * - the client ids and clocks of a presence (awareness) message, to drop one it already relayed.
 *   y-websocket clients re-send every presence change they receive; a relay that forwarded those
 *   echoes to everyone would multiply each change by the room's size, cubed in all.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 0);

const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
/** messageSync, syncStep2, an update of two bytes: no structs, no deletions. */
const EMPTY_STEP_2 = Uint8Array.of(0, SYNC_STEP_2, 2, 0, 0);

interface Room {
  members: WebSocket[];
  /** For each peer, who asked it for a step 2 and is still waiting, oldest first. */
  asked: Map<WebSocket, WebSocket[]>;
  /** The newest presence clock relayed per client id. */
  presence: Map<number, number>;
}

const rooms = new Map<string, Room>();

function frame(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function syncType(message: Buffer): number | null {
  return message.length > 1 && message[0] === 0 ? (message[1] ?? null) : null;
}

/** True if the awareness message carries a client state newer than what was relayed. */
function freshPresence(room: Room, message: Buffer): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    let fresh = false;
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      const client = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      const state = decoding.readVarString(update);
      const known = room.presence.get(client) ?? -1;
      // A removal ("null") keeps its clock: let it through once.
      if (clock > known || (clock === known && state === 'null')) {
        fresh = true;
        room.presence.set(client, state === 'null' ? clock + 0.5 : clock);
      }
    }
    return fresh;
  } catch {
    return true;
  }
}

function join(ws: WebSocket, name: string): void {
  let room = rooms.get(name);
  if (!room) {
    room = { members: [], asked: new Map(), presence: new Map() };
    rooms.set(name, room);
  }
  const current = room;
  current.members.push(ws);
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return;
    const message = frame(data);
    const type = syncType(message);
    if (type === SYNC_STEP_1) {
      const host = current.members.find((member) => member !== ws);
      if (!host) {
        ws.send(EMPTY_STEP_2);
        return;
      }
      const waiting = current.asked.get(host) ?? [];
      waiting.push(ws);
      current.asked.set(host, waiting);
      host.send(message);
      return;
    }
    if (type === SYNC_STEP_2) {
      const requester = current.asked.get(ws)?.shift();
      if (requester) {
        if (requester.readyState === requester.OPEN) requester.send(message);
        return;
      }
    }
    if (message[0] === MESSAGE_AWARENESS && !freshPresence(current, message)) return;
    for (const member of current.members) if (member !== ws && member.readyState === member.OPEN) member.send(message);
  });
  ws.on('close', () => {
    current.members = current.members.filter((member) => member !== ws);
    current.asked.delete(ws);
    if (current.members.length === 0) rooms.delete(name);
  });
  ws.on('error', () => ws.terminate());
}

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  const name = new URL(request.url ?? '/', 'http://relay').pathname.slice(1);
  wss.handleUpgrade(request, socket, head, (ws) => join(ws, name));
});
server.listen(port, host, () => {
  console.log(`listening on ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => process.exit(0));
