/**
 * Scenario 1, fan-out: one document, N clients connected, W of them typing R edits a second for
 * S seconds; how long each edit takes to reach every other client, and what it costs the server.
 */
import { distribution } from '../report/stats.js';
import type { Figures, Scenario } from './scenario.js';
import { editKeysOnDisk } from './disk-edits.js';
import { closeClients, runLoad } from './load-run.js';

const MB = 1024 * 1024;

export const fanoutScenario: Scenario = {
  name: 'fanout',
  title: 'Fan-out: one document, many readers, paced writers',
  metrics: [
    { key: 'clients', label: 'clients', better: 'none', digits: 0 },
    { key: 'editsSent', label: 'edits', better: 'none', digits: 0 },
    { key: 'deliveredPct', label: 'delivered %', better: 'higher', digits: 1 },
    { key: 'drops', label: 'connections dropped', better: 'lower', digits: 0 },
    { key: 'latencyP50Ms', label: 'p50 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'latencyP99Ms', label: 'p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'fanoutP50Ms', label: 'all-reached p50 ms', better: 'lower', digits: 1 },
    { key: 'fanoutP99Ms', label: 'all-reached p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'serverCpuS', label: 'server CPU s', better: 'lower', headline: true, digits: 2 },
    { key: 'peakRssMB', label: 'peak RSS MB', better: 'lower', digits: 0 },
    { key: 'updatesOnDisk', label: 'updates on disk', better: 'none', digits: 0 },
    { key: 'editsOnDiskLive', label: 'edits on disk (live)', better: 'higher', digits: 0 },
    { key: 'editsOnDisk', label: 'edits on disk (after stop)', better: 'higher', digits: 0 },
    { key: 'diskKB', label: 'disk KB', better: 'lower', digits: 0 },
    { key: 'loadCpuS', label: 'load-gen CPU s', better: 'none', digits: 1 },
    { key: 'otherCpuS', label: 'other programs CPU s', better: 'none', digits: 1 },
  ],

  async run(server, context) {
    const { options } = context;
    await server.start();
    const outcome = await runLoad(server, context, {
      title: 'Fan-out',
      writers: options.writers,
      readers: options.clients - options.writers,
      mode: { kind: 'paced', editsPerSecond: options.rate, durationMs: options.seconds * 1000 },
      drainTimeoutMs: 15_000,
      warmupMs: options.warmupSeconds * 1000,
    });
    const documentId = outcome.session.documentId;
    const storage = server.storage;
    // Read while the server runs: what a crash at this moment would keep.
    const live = storage ? storage.describe(documentId) : null;
    const liveEdits = storage ? editKeysOnDisk(storage, documentId, outcome.measured).size : null;
    await closeClients(context);
    await server.stop('graceful');
    const finalEdits = storage ? editKeysOnDisk(storage, documentId, outcome.measured).size : null;

    const latency = distribution(outcome.latencies);
    const fanout = distribution([...outcome.completeEditWorst.values()]);
    const figures: Figures = {
      clients: outcome.clients,
      editsSent: outcome.sent,
      drops: outcome.drops,
      deliveredPct: outcome.expectedArrivals ? (100 * outcome.arrivals) / outcome.expectedArrivals : null,
      latencyP50Ms: latency.median,
      latencyP99Ms: latency.p99,
      fanoutP50Ms: fanout.median,
      fanoutP99Ms: fanout.p99,
      serverCpuS: outcome.serverAfter.cpuSeconds - outcome.serverBefore.cpuSeconds,
      peakRssMB: outcome.serverAfter.peakRssBytes / MB,
      updatesOnDisk: live?.updates ?? null,
      editsOnDiskLive: liveEdits,
      editsOnDisk: finalEdits,
      diskKB: live ? (live.logBytes + live.snapshotBytes) / 1024 : null,
      loadCpuS: outcome.loadCpuSeconds,
      otherCpuS: outcome.otherCpuSeconds,
    };
    const drops = outcome.dropReasons.length ? [`connections dropped: ${outcome.dropReasons.join('; ')}`] : [];
    const notes = [...drops, `${outcome.arrivals}/${outcome.expectedArrivals} arrivals; ${fanout.count} of ${outcome.sent} edits reached every client`];
    return { figures, notes, contamination: outcome.otherCpuSeconds / outcome.measuredSeconds };
  },
};
