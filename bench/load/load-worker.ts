/**
 * A load-generating worker thread: hosts a share of the clients, types as its writers, and
 * records when every edit marker arrives at each of its clients.
 */
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { connectClient, type BenchClient } from './bench-client.js';
import { fragmentOf, paragraphText } from './bench-document.js';
import { Arrivals } from './arrivals.js';
import { clock, readMarkers } from './markers.js';
import type { ClientPlan, FromWorker, LoadSetup, ToWorker } from './protocol.js';
import { runWriters, type Writer } from './writers.js';

const port = parentPort;
if (!port) throw new Error('load-worker must run in a worker thread');
// Every WebsocketProvider adds an exit listener.
process.setMaxListeners(0);

const arrivals = new Arrivals();
let clients: BenchClient[] = [];
let writers: Writer[] = [];
let renewals: NodeJS.Timeout[] = [];
/** y-websocket and Hocuspocus providers renew their presence every 15 s (half the awareness timeout). */
const PRESENCE_RENEWAL_MS = 15_000;

function post(message: FromWorker): void {
  port?.postMessage(message);
}

function textOf(paragraph: Y.XmlElement): string {
  return paragraph
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
    .join('');
}

function observe(doc: Y.Doc, watcher: boolean): void {
  fragmentOf(doc).observeDeep((events, transaction) => {
    if (transaction.local) return;
    const at = clock();
    const record = (text: string) => {
      for (const marker of readMarkers(text)) arrivals.record(marker, at, watcher);
    };
    for (const event of events) {
      for (const op of event.delta) {
        if (typeof op.insert === 'string') record(op.insert);
        // A paragraph a writer started arrives whole, with the edits merged into the same update.
        else if (Array.isArray(op.insert)) for (const node of op.insert) if (node instanceof Y.XmlElement) record(textOf(node));
      }
    }
  });
}

async function connectOne(plan: ClientPlan, setup: LoadSetup): Promise<BenchClient> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, setup.seed);
  observe(doc, plan.watcher);
  const client = connectClient(plan.endpoint, doc);
  clients.push(client);
  await client.synced;
  if (plan.writer !== null) {
    const paragraph = setup.writerParagraphs[plan.writer];
    if (paragraph === undefined) throw new Error(`no paragraph for writer ${plan.writer}`);
    writers.push({ writer: plan.writer, client, text: paragraphText(doc, paragraph), sent: 0 });
  }
  return client;
}

async function setUp(setup: LoadSetup): Promise<void> {
  arrivals.reset();
  const failed: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < setup.clients.length) {
      const plan = setup.clients[next++];
      if (!plan) break;
      try {
        await connectOne(plan, setup);
      } catch (error) {
        failed.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, setup.connectConcurrency) }, lane));
  // Clients that joined within a second would all renew their presence in the same second, a
  // storm real rooms (people arriving over minutes) do not have: spread the renewals out.
  renewals = clients.map((client) => setTimeout(() => client.renewPresence(), Math.random() * PRESENCE_RENEWAL_MS));
  post({ type: 'ready', connected: setup.clients.length - failed.length, failed });
}

function closeAll(): void {
  for (const timer of renewals) clearTimeout(timer);
  renewals = [];
  for (const client of clients) client.destroy();
  clients = [];
  writers = [];
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'setup':
      await setUp(message.setup);
      return;
    case 'write': {
      const before = writers.map((writer) => writer.sent);
      await runWriters(writers, message.mode, message.startAt);
      post({ type: 'written', sent: writers.map((writer, i) => [writer.writer, writer.sent - (before[i] ?? 0)]) });
      return;
    }
    case 'reset':
      arrivals.reset();
      post({ type: 'reset' });
      return;
    case 'progress':
      post({ type: 'progress', arrivals: arrivals.count, watcherArrivals: arrivals.watcherCount });
      return;
    case 'collect': {
      const drops = clients.map((client) => client.drops()).filter((drop) => drop.count > 0);
      post({
        type: 'collected',
        stats: {
          ...arrivals.stats(),
          drops: drops.reduce((total, drop) => total + drop.count, 0),
          dropReasons: [...new Set(drops.map((drop) => drop.lastReason))],
        },
      });
      return;
    }
    case 'close':
      closeAll();
      post({ type: 'closed' });
      return;
  }
}

port.on('message', (message: ToWorker) => {
  handle(message).catch((error: unknown) => {
    post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
