/**
 * Cold open on Hocuspocus: a client brings the corpus' document; Hocuspocus stores its whole state
 * when that client leaves (its "compaction"); then opens in fresh processes load that state.
 * It keeps no log, so its bytes before and after are the same row.
 */
import { connectClient } from '../../load/bench-client.js';
import { clock } from '../../load/markers.js';
import { sleep, until } from '../../load/until.js';
import type { HocuspocusServer } from '../../servers/reference-servers.js';
import type { ColdCorpus } from './cold-corpus.js';
import type { ColdMeasurements } from './cold-figures.js';
import { docFrom, timeOpen } from './time-open.js';

export async function hocuspocusCold(server: HocuspocusServer, corpus: ColdCorpus, repeats: number, quietMs: number): Promise<ColdMeasurements> {
  const store = server.storage;
  await server.start();
  const session = await server.createDocument('Cold open');
  const seeder = connectClient(session.owner, docFrom(corpus.finalState));
  await seeder.synced;
  await seeder.acknowledged();
  // Its debounced store (2 s after the change) must not have run yet, or there is nothing to time.
  const storedEarly = store.describe(session.documentId).snapshotBytes > 0;
  const left = clock();
  seeder.destroy();
  const stored = await until(() => store.describe(session.documentId).snapshotBytes > 0, 120_000, 5);
  const compactionMs = stored && !storedEarly ? clock() - left : null;
  await server.stop('graceful');
  const before = store.describe(session.documentId);

  const opens: number[] = [];
  const rssDeltas: number[] = [];
  const peakRssBytes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    await server.start();
    const rssBefore = server.sample().rssBytes;
    const open = await timeOpen(session.reader(0), corpus.stateVector, { quietMs, serverCpuSeconds: () => server.sample().cpuSeconds });
    opens.push(open.ms);
    await sleep(200);
    const loaded = server.sample();
    rssDeltas.push(loaded.rssBytes - rssBefore);
    peakRssBytes.push(loaded.peakRssBytes);
    open.client.destroy();
    await server.stop('kill');
  }
  return { words: corpus.words, opens, opensAfterCompaction: null, rssDeltas, before, after: before, compactionMs, peakRssBytes };
}
