/**
 * Cold open on Concord, on the document as its server stores it: the corpus' small updates typed
 * through the running server by one client (the server logs each one and compacts every
 * COMPACT_AFTER_UPDATES, reporting each compaction's time in its log), then the server killed,
 * leaving a snapshot and the log since. Then opens from that, each in a fresh process; a clean
 * stop; opens from the snapshot alone.
 * And, first, the worst case no running server leaves behind: the same updates as one log, never
 * compacted (written into the file directly), opened in a fresh process, and its compaction when
 * the client leaves, timed until doc_updates is empty.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import * as Y from 'yjs';
import { connectClient } from '../../load/bench-client.js';
import type { Endpoint } from '../../load/endpoint.js';
import { clock } from '../../load/markers.js';
import { distribution } from '../../report/stats.js';
import { awaitQuiet } from '../../load/quiet.js';
import { sleep, until } from '../../load/until.js';
import type { ConcordServer } from '../../servers/concord-server.js';
import type { ColdCorpus } from './cold-corpus.js';
import type { ColdMeasurements } from './cold-figures.js';
import { docFrom, timeOpen, type TimedOpen } from './time-open.js';

// The corpus is typed at 100 updates every 5 ms, far past the per-connection message rate a person needs.
const UNTHROTTLED = { COLLAB_MESSAGE_BURST: '100000000', COLLAB_MESSAGES_PER_SECOND: '100000000' };
const KEEP_LOADED = { ROOM_IDLE_UNLOAD_MS: '3600000', ...UNTHROTTLED };
const UNLOAD_AT_ONCE = { ROOM_IDLE_UNLOAD_MS: '0', ...UNTHROTTLED };
const OPEN_TIMEOUT_MS = 600_000;
const TYPING_TIMEOUT_MS = 300_000;
/**
 * Typing pace: this many updates, then a pause. Thousands of updates landing in one turn of the
 * server's event loop would be logged (and compacted) as one batch, which no room of people typing
 * produces.
 */
const TYPING_CHUNK = 100;
const TYPING_PAUSE_MS = 5;

/** Copies the database with its write-ahead log: after a kill, recent commits live only in the log. */
function backUp(file: string, backup: string): void {
  copyFileSync(file, backup);
  rmSync(`${backup}-wal`, { force: true });
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${backup}-wal`);
}

function restore(file: string, backup: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(backup, file);
  if (existsSync(`${backup}-wal`)) copyFileSync(`${backup}-wal`, `${file}-wal`);
}

function removeBackup(backup: string): void {
  for (const suffix of ['', '-wal']) rmSync(`${backup}${suffix}`, { force: true });
}

/** Sends every corpus update through the server, one message each as typed, and waits until all are logged. */
async function typeThroughServer(server: ConcordServer, documentId: string, corpus: ColdCorpus, endpoint: Endpoint): Promise<void> {
  const store = server.storage;
  const target = (store.describe(documentId).updates ?? 0) + corpus.updates.length;
  const client = connectClient(endpoint, docFrom(corpus.base));
  try {
    await client.synced;
    for (let start = 0; start < corpus.updates.length; start += TYPING_CHUNK) {
      // Each update applied on its own reaches the provider as one change, which it sends at once.
      for (const update of corpus.updates.slice(start, start + TYPING_CHUNK)) Y.applyUpdate(client.doc, update);
      await sleep(TYPING_PAUSE_MS);
    }
    const logged = await until(() => (store.describe(documentId).updates ?? 0) >= target, TYPING_TIMEOUT_MS, 200);
    if (!logged) throw new Error('the server did not log every typed update');
  } finally {
    client.destroy();
  }
}

/**
 * The last client leaves a document the server unloads at once: the time until its log is folded
 * into the snapshot (doc_updates empty); null if it was empty already.
 */
async function timeCompactionOnLeave(server: ConcordServer, documentId: string, open: TimedOpen, quietMs: number): Promise<number | null> {
  await awaitQuiet(() => server.sample().cpuSeconds, quietMs);
  const nothingToFold = server.storage.compacted(documentId);
  const left = clock();
  open.client.destroy();
  if (nothingToFold) return null;
  const done = await until(() => server.storage.compacted(documentId), 120_000, 5);
  return done ? clock() - left : null;
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
  const created = `${store.file}.created`;
  backUp(store.file, created);

  // The worst case first: every update in the log, none compacted.
  store.appendUpdates(documentId, store.participantId(documentId, 'chair'), corpus.updates);
  const longLog = store.describe(documentId);
  await server.start(UNLOAD_AT_ONCE);
  const fromLongLog = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
  const longLogCompactionMs = await timeCompactionOnLeave(server, documentId, fromLongLog, quietMs);
  await server.stop('kill');
  log(`  never-compacted log of ${longLog.rows} rows: open ${Math.round(fromLongLog.ms)} ms, compaction ${Math.round(longLogCompactionMs ?? NaN)} ms`);

  // The document as the server stores it: typed through it, which compacts as it goes.
  restore(store.file, created);
  removeBackup(created);
  await server.start(KEEP_LOADED);
  const typingStarted = clock();
  await typeThroughServer(server, documentId, corpus, server.endpoint(documentId, session.owner.token ?? ''));
  const compactions = server.compactions();
  // Those into a snapshot of nearly the whole document (at least 90% of the last one): their median.
  const largest = Math.max(0, ...compactions.map((c) => c.snapshotBytes));
  const late = compactions.filter((c) => c.snapshotBytes >= 0.9 * largest);
  const compactionMs = late.length ? distribution(late.map((c) => c.ms)).median : null;
  await server.stop('kill');
  const before = store.describe(documentId);
  const backup = `${store.file}.stored-backup`;
  backUp(store.file, backup);
  log(
    `  typed through the server in ${((clock() - typingStarted) / 1000).toFixed(1)} s with ${compactions.length} compactions ` +
      `(the last ${late.length}, into snapshots of ${Math.round((0.9 * largest) / 1024)}–${Math.round(largest / 1024)} KB: ${late.map((c) => Math.round(c.ms)).join(', ')} ms); ` +
      `stored: a snapshot and ${before.rows - 1} log rows`,
  );

  const opens: number[] = [];
  const rssDeltas: number[] = [];
  const peakRssBytes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    if (i > 0) restore(store.file, backup);
    await server.start(KEEP_LOADED);
    const rssBefore = server.sample().rssBytes;
    const open = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
    opens.push(open.ms);
    await sleep(200);
    const loaded = server.sample();
    rssDeltas.push(loaded.rssBytes - rssBefore);
    peakRssBytes.push(loaded.peakRssBytes);
    log(`  open: ${Math.round(open.ms)} ms`);
    open.client.destroy();
    // A crash: the stored state stays as it is for the next open.
    await server.stop('kill');
  }
  removeBackup(backup);

  // A clean stop folds whatever log is left (of the documents open); then opens from the snapshot alone.
  await server.start(KEEP_LOADED);
  const opened = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
  opened.client.destroy();
  await server.stop('graceful');
  const after = store.describe(documentId);
  const opensAfterCompaction: number[] = [];
  for (let i = 0; i < repeats; i++) {
    await server.start(KEEP_LOADED);
    const open = await timeOpen(session.reader(0), corpus.stateVector, openOptions);
    opensAfterCompaction.push(open.ms);
    open.client.destroy();
    await server.stop('kill');
  }

  return {
    words: corpus.words,
    opens,
    opensAfterCompaction,
    longLog: { rows: longLog.rows, openMs: fromLongLog.ms, compactionMs: longLogCompactionMs },
    rssDeltas,
    before,
    after,
    compactionMs,
    peakRssBytes,
  };
}
