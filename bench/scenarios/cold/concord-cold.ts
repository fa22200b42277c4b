/**
 * Cold open on Concord: a document created through the API, its log pre-filled with the corpus'
 * small updates (as if typed, and never compacted: e.g. after a crash), then
 *  1. an open from that log in a fresh process, which unloads at once when the client leaves
 *     (ROOM_IDLE_UNLOAD_MS=0), so the log is compacted: timed until doc_updates is empty;
 *  2. opens from the snapshot, each in a fresh process;
 *  3. more opens from the log (the pre-compaction file restored), unless the first was very slow.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { clock } from '../../load/markers.js';
import { awaitQuiet } from '../../load/quiet.js';
import { sleep, until } from '../../load/until.js';
import type { ConcordServer } from '../../servers/concord-server.js';
import type { ColdCorpus } from './cold-corpus.js';
import type { ColdMeasurements } from './cold-figures.js';
import { timeOpen, type TimedOpen } from './time-open.js';

const KEEP_LOADED = { ROOM_IDLE_UNLOAD_MS: '3600000' };
const UNLOAD_AT_ONCE = { ROOM_IDLE_UNLOAD_MS: '0' };
/** An open slower than this is not repeated: once shows the problem. */
const SLOW_OPEN_MS = 20_000;
const OPEN_TIMEOUT_MS = 600_000;

function restore(file: string, backup: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(backup, file);
}

export async function concordCold(
  server: ConcordServer,
  corpusFor: (base: Uint8Array) => ColdCorpus,
  repeats: number,
  quietMs: number,
  log: (message: string) => void,
): Promise<ColdMeasurements> {
  const store = server.storage;
  const openOptions = { timeoutMs: OPEN_TIMEOUT_MS, quietMs, serverCpuSeconds: () => server.sample().cpuSeconds };
  await server.start(KEEP_LOADED);
  const session = await server.createDocument('Cold open', { writers: 0, readers: 1 });
  const documentId = session.documentId;
  await server.stop('graceful');

  const corpus = corpusFor(store.snapshot(documentId));
  store.appendUpdates(documentId, store.participantId(documentId, 'chair'), corpus.updates);
  const before = store.describe(documentId);
  const backup = `${store.file}.log-backup`;
  copyFileSync(store.file, backup);
  log(`  log: ${before.rows} rows, ${Math.round(before.logBytes / 1024)} KB`);

  const opens: number[] = [];
  const rssDeltas: number[] = [];
  const peakRssBytes: number[] = [];
  const openFromLog = async (env: Record<string, string>): Promise<TimedOpen> => {
    await server.start(env);
    const rssBefore = server.sample().rssBytes;
    const open = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
    opens.push(open.ms);
    await sleep(200);
    const loaded = server.sample();
    rssDeltas.push(loaded.rssBytes - rssBefore);
    peakRssBytes.push(loaded.peakRssBytes);
    log(`  open from the log: ${Math.round(open.ms)} ms`);
    return open;
  };

  const first = await openFromLog(UNLOAD_AT_ONCE);
  await awaitQuiet(() => server.sample().cpuSeconds, quietMs);
  // During a very slow open the client gives up (no message for 30 s) and reconnects; its first
  // connection's leaving may already have unloaded and compacted the document: nothing to time.
  const compactedEarly = store.compacted(documentId);
  if (compactedEarly) log('  the log was compacted before the client left (it reconnected during the open): compaction not timed');
  const left = clock();
  first.client.destroy();
  const done = await until(() => store.compacted(documentId), 120_000, 5);
  const compactionMs = done && !compactedEarly ? clock() - left : null;
  await server.stop('graceful');
  const after = store.describe(documentId);
  log(`  after compaction: ${after.rows} rows, snapshot ${Math.round(after.snapshotBytes / 1024)} KB`);

  const opensAfterCompaction: number[] = [];
  for (let i = 0; i < repeats; i++) {
    await server.start(KEEP_LOADED);
    const open = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
    opensAfterCompaction.push(open.ms);
    open.client.destroy();
    await server.stop('kill');
  }

  const slow = (opens[0] ?? 0) > SLOW_OPEN_MS;
  if (slow && repeats > 1) log(`  not repeating an open from the log slower than ${SLOW_OPEN_MS / 1000} s`);
  for (let i = 1; i < repeats && !slow; i++) {
    restore(store.file, backup);
    const open = await openFromLog(KEEP_LOADED);
    open.client.destroy();
    // A crash: the log stays as it is for the next open.
    await server.stop('kill');
  }
  rmSync(backup, { force: true });
  return { words: corpus.words, opens, opensAfterCompaction, rssDeltas, before, after, compactionMs, peakRssBytes };
}
