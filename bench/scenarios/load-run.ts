/**
 * One timed run of writers and readers against one server, shared by the fan-out and burst
 * scenarios: create and seed a document, connect every client in the worker pool, type, wait for
 * every edit to reach every other client (or a deadline), and gather what arrived when.
 */
import { clock, editSeq, editWriter } from '../load/markers.js';
import type { ClientPlan, LoadSetup, WorkerStats, WriteMode } from '../load/protocol.js';
import { awaitQuiet } from '../load/quiet.js';
import { sleep } from '../load/until.js';
import { machineBusySeconds, type ProcessSample } from '../servers/process-metrics.js';
import type { DocumentSession, ServerAdapter } from '../servers/server-adapter.js';
import { concatSamples } from '../report/stats.js';
import type { ScenarioContext } from './scenario.js';
import { seedDocument } from './seed-document.js';

export interface LoadPlan {
  title: string;
  writers: number;
  readers: number;
  mode: WriteMode;
  drainTimeoutMs: number;
  /** Typing before the measure, in the same mode, whose arrivals are not counted (0: none). */
  warmupMs: number;
}

export interface LoadOutcome {
  session: DocumentSession;
  clients: number;
  sent: number;
  /** Arrivals expected: every edit at every client but its writer. */
  expectedArrivals: number;
  arrivals: number;
  latencies: Float64Array;
  /** Worst latency of each edit that reached every other client, by edit key. */
  completeEditWorst: Map<number, number>;
  watcher: { keys: Float64Array; times: Float64Array; latencies: Float64Array };
  windowStart: number;
  windowEnd: number;
  /** Whether an edit (by key) was typed in the measured window rather than the warm-up. */
  measured: (key: number) => boolean;
  /** Client connections the server (or the network) closed during the run, and why. */
  drops: number;
  dropReasons: string[];
  serverBefore: ProcessSample;
  serverAfter: ProcessSample;
  loadCpuSeconds: number;
  /** CPU the rest of the machine used meanwhile (other programs): a contaminated run shows here. */
  otherCpuSeconds: number;
  /** Wall time from the first to the last server sample. */
  measuredSeconds: number;
}

function plans(session: DocumentSession, plan: LoadPlan): ClientPlan[] {
  const writers = Array.from({ length: plan.writers }, (_, i): ClientPlan => ({ endpoint: session.writer(i), writer: i, watcher: false }));
  const readers = Array.from({ length: plan.readers }, (_, i): ClientPlan => ({ endpoint: session.reader(i), writer: null, watcher: i === 0 }));
  return [...writers, ...readers];
}

/** Worst latency of each edit that reached every receiver, by edit key. */
function mergeEdits(stats: readonly WorkerStats[], receivers: number): Map<number, number> {
  const merged = new Map<number, { arrivals: number; worst: number }>();
  for (const { perEdit } of stats) {
    for (let i = 0; i < perEdit.length; i += 3) {
      const key = perEdit[i] ?? 0;
      const arrivals = perEdit[i + 1] ?? 0;
      const worst = perEdit[i + 2] ?? 0;
      const entry = merged.get(key);
      if (entry) {
        entry.arrivals += arrivals;
        entry.worst = Math.max(entry.worst, worst);
      } else merged.set(key, { arrivals, worst });
    }
  }
  const complete = new Map<number, number>();
  for (const [key, { arrivals, worst }] of merged) if (arrivals >= receivers) complete.set(key, worst);
  return complete;
}

export async function runLoad(server: ServerAdapter, context: ScenarioContext, plan: LoadPlan): Promise<LoadOutcome> {
  const { pool, log, options } = context;
  const session = await server.createDocument(plan.title, { writers: plan.writers, readers: plan.readers });
  const { seed, writerParagraphs } = await seedDocument(server, session, plan.writers);
  const all = plans(session, plan);
  const setups: LoadSetup[] = Array.from({ length: pool.size }, () => ({ clients: [], seed, writerParagraphs, connectConcurrency: 8 }));
  for (const [index, client] of all.entries()) setups[index % pool.size]?.clients.push(client);

  const connectStart = clock();
  const { connected, failed } = await pool.setup(setups);
  if (failed.length > 0) throw new Error(`${failed.length} clients could not connect: ${failed.slice(0, 3).join('; ')}`);
  log(`  ${connected} clients connected in ${Math.round(clock() - connectStart)} ms`);
  // The presence announcements of the connection storm are not part of the measure.
  const settled = await awaitQuiet(() => server.sample().cpuSeconds, options.quietMs);
  const busy = `server ${settled.last.server.toFixed(2)}, clients ${settled.last.clients.toFixed(2)}, others ${settled.last.others.toFixed(2)} cores`;
  log(settled.quiet ? `  settled after ${Math.round(settled.waitedMs)} ms` : `  not settled after ${Math.round(settled.waitedMs)} ms (${busy}): measuring anyway`);

  let warmup: Awaited<ReturnType<typeof typeAndDrain>> | null = null;
  if (plan.warmupMs > 0) {
    // Every server gets the same warm-up: the clients' (and the server's) code for typing and
    // receiving edits is compiled before the measure, so whichever server runs first is not
    // charged for the load generator's JIT. Its arrivals are discarded.
    warmup = await typeAndDrain(context, { ...plan.mode, durationMs: plan.warmupMs }, all.length - 1, plan.drainTimeoutMs);
    await pool.all({ type: 'reset' }, 'reset');
    await awaitQuiet(() => server.sample().cpuSeconds, options.quietMs);
    log(`  warmed up: ${warmup.sent} edits, ${warmup.arrivals}/${warmup.expectedArrivals} arrivals (not counted)`);
  }

  const serverBefore = server.sample();
  const measureStart = clock();
  const loadBefore = process.cpuUsage();
  const machineBefore = machineBusySeconds();
  const { sent, expectedArrivals, arrivals, windowStart, windowEnd } = await typeAndDrain(context, plan.mode, all.length - 1, plan.drainTimeoutMs);
  const serverAfter = server.sample();
  const measuredSeconds = (clock() - measureStart) / 1000;
  const loadCpu = process.cpuUsage(loadBefore);
  const machineCpu = machineBusySeconds() - machineBefore;
  const stats = (await pool.all({ type: 'collect' }, 'collected')).map((reply) => reply.stats);
  log(`  ${sent} edits sent, ${arrivals}/${expectedArrivals} arrivals`);
  const dropped = stats.reduce((total, s) => total + s.drops, 0);
  if (dropped > 0) log(`  ${dropped} connections dropped: ${[...new Set(stats.flatMap((s) => s.dropReasons))].join('; ')}`);
  return {
    session,
    clients: all.length,
    sent,
    expectedArrivals,
    arrivals,
    latencies: concatSamples(stats.map((s) => s.latencies)),
    completeEditWorst: mergeEdits(stats, all.length - 1),
    watcher: {
      keys: concatSamples(stats.map((s) => s.watcherKeys)),
      times: concatSamples(stats.map((s) => s.watcherArrivals)),
      latencies: concatSamples(stats.map((s) => s.watcherLatencies)),
    },
    windowStart,
    windowEnd,
    // Sequence numbers go on from the warm-up: a writer's measured edits are those after its warm-up ones.
    measured: (key) => editSeq(key) >= (warmup?.perWriter.get(editWriter(key)) ?? 0),
    drops: stats.reduce((total, s) => total + s.drops, 0),
    dropReasons: [...new Set(stats.flatMap((s) => s.dropReasons))],
    serverBefore,
    serverAfter,
    loadCpuSeconds: (loadCpu.user + loadCpu.system) / 1e6,
    otherCpuSeconds: Math.max(0, machineCpu - (serverAfter.cpuSeconds - serverBefore.cpuSeconds) - (loadCpu.user + loadCpu.system) / 1e6),
    measuredSeconds,
  };
}

/** Types in `mode` and waits until every edit reached every receiver, or the drain deadline. */
async function typeAndDrain(context: ScenarioContext, mode: WriteMode, receivers: number, drainTimeoutMs: number) {
  const { pool } = context;
  const windowStart = clock() + 300;
  const written = await pool.all({ type: 'write', mode, startAt: windowStart }, 'written');
  const windowEnd = windowStart + mode.durationMs;
  const perWriter = new Map(written.flatMap((reply) => reply.sent));
  const sent = [...perWriter.values()].reduce((total, edits) => total + edits, 0);
  const expectedArrivals = sent * receivers;
  const deadline = clock() + drainTimeoutMs;
  let arrivals = 0;
  for (;;) {
    const progress = await pool.all({ type: 'progress' }, 'progress');
    arrivals = progress.reduce((total, reply) => total + reply.arrivals, 0);
    if (arrivals >= expectedArrivals || clock() > deadline) break;
    await sleep(100);
  }
  return { sent, perWriter, expectedArrivals, arrivals, windowStart, windowEnd };
}

export async function closeClients(context: ScenarioContext): Promise<void> {
  await context.pool.all({ type: 'close' }, 'closed');
}
