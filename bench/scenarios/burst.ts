/**
 * Scenario 2, burst: B writers typing as fast as their sockets drain for T seconds; edits a
 * second delivered to a watching client, and (where the server writes to disk) persisted.
 */
import { distribution } from '../report/stats.js';
import type { Figures, Scenario } from './scenario.js';
import { countMissing, editKeysOnDisk } from './disk-edits.js';
import { closeClients, runLoad } from './load-run.js';

const MB = 1024 * 1024;
/**
 * Burst writers send thousands of messages a second, faster than anyone types: Concord's per-connection
 * message rate (200 a second after a burst of 500) is lifted so that what is measured is throughput.
 */
const UNTHROTTLED = { COLLAB_MESSAGE_BURST: '100000000', COLLAB_MESSAGES_PER_SECOND: '100000000' };

export const burstScenario: Scenario = {
  name: 'burst',
  title: 'Burst: writers as fast as they can',
  metrics: [
    { key: 'writers', label: 'writers', better: 'none', digits: 0 },
    { key: 'editsSent', label: 'edits sent', better: 'none', digits: 0 },
    { key: 'drops', label: 'connections dropped', better: 'lower', digits: 0 },
    { key: 'sentPerS', label: 'sent/s', better: 'higher', digits: 0 },
    { key: 'throughputPerS', label: 'delivered/s (until drained)', better: 'higher', headline: true, digits: 0 },
    { key: 'deliveredPerS', label: 'delivered/s (in window)', better: 'higher', digits: 0 },
    { key: 'delivered', label: 'delivered (after drain)', better: 'higher', digits: 0 },
    { key: 'latencyP50Ms', label: 'p50 ms (at the watcher)', better: 'lower', digits: 1 },
    { key: 'latencyP99Ms', label: 'p99 ms (at the watcher)', better: 'lower', headline: true, digits: 1 },
    { key: 'persistedUpdates', label: 'updates persisted', better: 'none', digits: 0 },
    { key: 'editsOnDiskLive', label: 'edits on disk (live)', better: 'higher', digits: 0 },
    { key: 'missingOnDiskLive', label: 'delivered not on disk', better: 'lower', digits: 0 },
    { key: 'editsOnDisk', label: 'edits on disk (after stop)', better: 'higher', digits: 0 },
    { key: 'serverCpuS', label: 'server CPU s', better: 'lower', digits: 2 },
    { key: 'serverUsPerEdit', label: 'server CPU µs per delivered edit', better: 'lower', headline: true, digits: 0 },
    { key: 'peakRssMB', label: 'peak RSS MB', better: 'lower', digits: 0 },
    { key: 'loadCpuS', label: 'load-gen CPU s', better: 'none', digits: 1 },
    { key: 'otherCpuS', label: 'other programs CPU s', better: 'none', digits: 1 },
  ],

  async run(server, context) {
    const { options } = context;
    await server.start(UNTHROTTLED);
    const durationMs = options.burstSeconds * 1000;
    const outcome = await runLoad(server, context, {
      title: 'Burst',
      writers: options.burstWriters,
      readers: 1,
      mode: { kind: 'burst', durationMs, maxBufferedBytes: 64 * 1024 },
      drainTimeoutMs: 30_000,
      warmupMs: options.warmupSeconds * 1000,
    });
    const documentId = outcome.session.documentId;
    const storage = server.storage;
    const delivered = new Set(outcome.watcher.keys);
    let inWindow = 0;
    let lastArrival = outcome.windowStart;
    for (const at of outcome.watcher.times) {
      if (at <= outcome.windowEnd) inWindow += 1;
      if (at > lastArrival) lastArrival = at;
    }

    const live = storage ? storage.describe(documentId) : null;
    const liveKeys = storage ? editKeysOnDisk(storage, documentId, outcome.measured) : null;
    await closeClients(context);
    await server.stop('graceful');
    const finalKeys = storage ? editKeysOnDisk(storage, documentId, outcome.measured) : null;

    // At the reader only: the writers, busy typing, read what others typed late, whatever the server.
    const latency = distribution(outcome.watcher.latencies);
    const figures: Figures = {
      writers: options.burstWriters,
      editsSent: outcome.sent,
      drops: outcome.drops,
      sentPerS: outcome.sent / options.burstSeconds,
      // Writers may queue more than a server can pass on in the window: the rate until all arrived.
      throughputPerS: lastArrival > outcome.windowStart ? (1000 * delivered.size) / (lastArrival - outcome.windowStart) : null,
      deliveredPerS: inWindow / options.burstSeconds,
      delivered: delivered.size,
      latencyP50Ms: latency.median,
      latencyP99Ms: latency.p99,
      // The log counts updates; the seed paragraphs were one more before the burst.
      persistedUpdates: live?.updates ?? null,
      editsOnDiskLive: liveKeys?.size ?? null,
      missingOnDiskLive: liveKeys ? countMissing(delivered, liveKeys) : null,
      editsOnDisk: finalKeys?.size ?? null,
      serverCpuS: outcome.serverAfter.cpuSeconds - outcome.serverBefore.cpuSeconds,
      // The clients bound a burst on a small machine: what each edit cost the server compares better.
      serverUsPerEdit: delivered.size ? (1e6 * (outcome.serverAfter.cpuSeconds - outcome.serverBefore.cpuSeconds)) / delivered.size : null,
      peakRssMB: outcome.serverAfter.peakRssBytes / MB,
      loadCpuS: outcome.loadCpuSeconds,
      otherCpuS: outcome.otherCpuSeconds,
    };
    const drops = outcome.dropReasons.length ? [`connections dropped: ${outcome.dropReasons.join('; ')}`] : [];
    const notes = [...drops, `watcher received ${delivered.size} of ${outcome.sent} edits (${inWindow} within the ${options.burstSeconds} s window)`];
    return { figures, notes, contamination: outcome.otherCpuSeconds / outcome.measuredSeconds };
  },
};
