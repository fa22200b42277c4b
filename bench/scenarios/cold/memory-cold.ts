/**
 * "Cold" open on the servers that keep nothing on disk: the in-memory y-websocket server (the
 * document stays in its memory, so the open is warm) and the relay (a peer holding the document
 * answers through it). No disk, no compaction.
 */
import { connectClient, type BenchClient } from '../../load/bench-client.js';
import { sleep, until } from '../../load/until.js';
import type { ServerAdapter } from '../../servers/server-adapter.js';
import { covers, type ColdCorpus } from './cold-corpus.js';
import type { ColdMeasurements } from './cold-figures.js';
import { docFrom, timeOpen } from './time-open.js';

export async function memoryCold(server: ServerAdapter, corpus: ColdCorpus, repeats: number, quietMs: number): Promise<ColdMeasurements> {
  await server.start();
  const session = await server.createDocument('Cold open', { writers: 0, readers: 1 });
  const rssBefore = server.sample().rssBytes;
  const seeder: BenchClient = connectClient(session.owner, docFrom(corpus.finalState));
  await seeder.synced;
  if (server.holdsDocuments) {
    const held = await until(async () => {
      const probe = await timeOpen(session.reader(0), new Map(), { timeoutMs: 30_000 });
      const complete = covers(probe.client.doc, corpus.stateVector);
      probe.client.destroy();
      return complete;
    }, 60_000, 100);
    if (!held) throw new Error('the server never held the whole document');
    seeder.destroy();
  }
  const opens: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const open = await timeOpen(session.reader(0), corpus.stateVector, { quietMs, serverCpuSeconds: () => server.sample().cpuSeconds });
    opens.push(open.ms);
    open.client.destroy();
    await sleep(100);
  }
  const loaded = server.sample();
  if (!server.holdsDocuments) seeder.destroy();
  await server.stop('kill');
  return {
    words: corpus.words,
    opens,
    opensAfterCompaction: null,
    rssDeltas: server.holdsDocuments ? [loaded.rssBytes - rssBefore] : null,
    before: null,
    after: null,
    compactionMs: null,
    peakRssBytes: [loaded.peakRssBytes],
  };
}
