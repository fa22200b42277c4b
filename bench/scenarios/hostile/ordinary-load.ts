/**
 * The ordinary load the hostile inputs land on: a few drafters typing five edits a second each into
 * one document, a few readers watching it, in the load pool's threads, until stopped.
 */
import { clock } from '../../load/markers.js';
import type { ClientPlan, LoadSetup } from '../../load/protocol.js';
import type { ServerAdapter } from '../../servers/server-adapter.js';
import type { ScenarioContext } from '../scenario.js';
import { seedDocument } from '../seed-document.js';

const WRITERS = 4;
const READERS = 4;
const EDITS_PER_SECOND = 5;
/** Typing goes on in rounds of this length, so that it can be stopped between two. */
const ROUND_MS = 1_000;

export interface OrdinaryLoad {
  /** The chair's token (the chair made the document). */
  chairToken: string;
  /** Edits typed so far. */
  sent(): number;
  stop(): Promise<void>;
}

export async function startOrdinaryLoad(server: ServerAdapter, context: ScenarioContext): Promise<OrdinaryLoad> {
  const { pool } = context;
  const session = await server.createDocument('Hostile bench: ordinary load', { writers: WRITERS, readers: READERS });
  const { seed, writerParagraphs } = await seedDocument(server, session, WRITERS);
  const clients: ClientPlan[] = [
    ...Array.from({ length: WRITERS }, (_, i): ClientPlan => ({ endpoint: session.writer(i), writer: i, watcher: false })),
    ...Array.from({ length: READERS }, (_, i): ClientPlan => ({ endpoint: session.reader(i), writer: null, watcher: false })),
  ];
  const setups: LoadSetup[] = Array.from({ length: pool.size }, () => ({ clients: [], seed, writerParagraphs, connectConcurrency: 4 }));
  for (const [index, client] of clients.entries()) setups[index % pool.size]?.clients.push(client);
  const { failed } = await pool.setup(setups);
  if (failed.length > 0) throw new Error(`${failed.length} clients of the ordinary load could not connect: ${failed[0] ?? ''}`);

  let stopped = false;
  let sent = 0;
  const typing = (async () => {
    while (!stopped) {
      const written = await pool.all({ type: 'write', mode: { kind: 'paced', editsPerSecond: EDITS_PER_SECOND, durationMs: ROUND_MS }, startAt: clock() + 20 }, 'written');
      for (const reply of written) for (const [, edits] of reply.sent) sent += edits;
    }
  })();
  return {
    chairToken: session.owner.token ?? '',
    sent: () => sent,
    stop: async () => {
      stopped = true;
      await typing;
      await pool.all({ type: 'close' }, 'closed');
    },
  };
}
