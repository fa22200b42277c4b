/**
 * Hostile inputs on the collaboration socket itself: thousands of whole-state requests on one socket,
 * a presence of megabytes, and sockets that never read what they are sent.
 */
import { HOST } from '../../servers/managed-server.js';
import { sleep } from '../../load/until.js';
import type { ConcordServer } from '../../servers/concord-server.js';
import { collabUrl, n, newDocument, outcomeOfRoundTrip, type HostileInput, type InputContext } from './hostile-input.js';
import { presenceMessage, RawCollab, wholeStateRequest } from './raw-collab.js';
import { SilentSocket } from './silent-socket.js';

const KB = 1024;
const MB = 1024 * 1024;
/** Replies to a flood have stopped once none came for this long. */
const REPLIES_QUIET_MS = 1_000;
/** The server has done what it was asked once it uses less than this share of a core (typing costs it far less). */
const IDLE_SERVER_CORES = 0.25;

/** Waits until the server's own CPU use drops (other programs on the machine do not count), at most `maxMs`. */
async function serverIdle(server: ConcordServer, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = server.sample().cpuSeconds;
  while (Date.now() < deadline) {
    await sleep(250);
    const now = server.sample().cpuSeconds;
    if ((now - last) / 0.25 < IDLE_SERVER_CORES) return;
    last = now;
  }
}

async function observer(context: InputContext, documentId: string, name: string): Promise<RawCollab> {
  const token = await context.server.invite(documentId, name, 'observer');
  const client = await RawCollab.open(collabUrl(context, documentId, token), { apply: false });
  await client.sync(context.budgetMs);
  return client;
}

export function syncFloodInput(sizes: { syncRequests: number }): HostileInput {
  return {
    key: 'syncFlood',
    label: `${n(sizes.syncRequests)} whole-state requests on one socket`,
    metrics: [{ key: 'syncFlood_repliesMB', label: 'sync requests: MB sent back', better: 'lower', digits: 1 }],
    async prepare(context) {
      const documentId = await newDocument(context, { title: 'Hostile: sync requests', fixture: 'wsis20-chairs-summary' });
      const client = await observer(context, documentId, 'Hostile observer');
      const request = wholeStateRequest();
      return async () => {
        const before = client.bytes;
        for (let i = 0; i < context.sizes.syncRequests; i++) client.send(request);
        const deadline = Date.now() + context.budgetMs;
        let seen = -1;
        while (client.closedWith === null && client.bytes !== seen && Date.now() < deadline) {
          seen = client.bytes;
          await sleep(REPLIES_QUIET_MS);
        }
        const closed = client.closedWith;
        client.close();
        return { refused: closed?.code ?? null, figures: { syncFlood_repliesMB: (client.bytes - before) / MB }, ...(closed ? { note: `closed ${closed.code}: ${closed.reason}` } : {}) };
      };
    },
  };
}

export function presenceInput(sizes: { presenceStates: number; presenceBytes: number }): HostileInput {
  return {
    key: 'presence',
    label: `a presence of ${sizes.presenceStates} × ${n(Math.round(sizes.presenceBytes / 1000))} KB`,
    metrics: [{ key: 'presence_newcomerKB', label: 'presence: KB a newcomer then receives', better: 'lower', digits: 0 }],
    async prepare(context) {
      const documentId = await newDocument(context, { title: 'Hostile: presence', fixture: 'wsis20-chairs-summary' });
      const sender = await observer(context, documentId, 'Hostile presence');
      const newcomerToken = await context.server.invite(documentId, 'Newcomer', 'observer');
      const { presenceStates, presenceBytes } = context.sizes;
      const message = presenceMessage(Array.from({ length: presenceStates }, (_, i) => ({ user: { name: `Delegate ${i}` }, note: 'x'.repeat(presenceBytes) })));
      return async () => {
        sender.send(message);
        const outcome = outcomeOfRoundTrip(await sender.roundTrip(context.budgetMs));
        sender.close();
        // What a newcomer is sent on joining: the document and everyone's presence.
        const newcomer = await RawCollab.open(collabUrl(context, documentId, newcomerToken), { apply: false });
        await newcomer.sync(context.budgetMs);
        newcomer.close();
        return { ...outcome, figures: { presence_newcomerKB: newcomer.bytes / KB } };
      };
    },
  };
}

export function silentSocketsInput(sizes: { silentSockets: number; silentRequests: number }): HostileInput {
  return {
    key: 'silent',
    label: `${sizes.silentSockets} sockets that never read, ${n(sizes.silentRequests)} whole-state requests each`,
    metrics: [
      { key: 'silent_rssGrowthMB', label: 'silent sockets: server RSS growth MB', better: 'lower', digits: 0 },
      { key: 'silent_closed', label: 'silent sockets: closed by the server', better: 'none', digits: 0 },
    ],
    async prepare(context) {
      const { silentSockets, silentRequests, silentParagraphs } = context.sizes;
      const markdown = `# Silent sockets\n\n${Array.from({ length: silentParagraphs }, (_, i) => `1. Paragraph ${i} of a long text that is worth asking for again and again.`).join('\n\n')}\n`;
      const documentId = await newDocument(context, { title: 'Hostile: silent sockets', markdown });
      const token = await context.server.invite(documentId, 'Hostile reader', 'observer');
      const path = `/collab/${documentId}?token=${encodeURIComponent(token)}`;
      const sockets = await Promise.all(Array.from({ length: silentSockets }, () => SilentSocket.open(HOST, context.server.port, path)));
      const request = wholeStateRequest();
      return async () => {
        const rssBefore = context.server.sample().rssBytes;
        for (const socket of sockets) for (let i = 0; i < silentRequests; i++) socket.send(request);
        // However long the server takes to build what it would send, until it has nothing left to do.
        await serverIdle(context.server, context.budgetMs);
        const rssGrowth = context.server.sample().rssBytes - rssBefore;
        const outcomes = await Promise.all(sockets.map((socket) => socket.drain(2_000)));
        const codes = outcomes.filter((outcome): outcome is number => typeof outcome === 'number');
        const closed = outcomes.filter((outcome) => outcome !== null).length;
        return {
          refused: codes[0] ?? null,
          figures: { silent_rssGrowthMB: rssGrowth / MB, silent_closed: closed },
          note: `the server ended ${closed} of ${sockets.length} (${outcomes.map(String).join(', ')})`,
        };
      };
    },
  };
}
