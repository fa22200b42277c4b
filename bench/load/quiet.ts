/**
 * Waiting for a quiet machine before measuring: the server under test, the clients (this
 * process's threads) and every other program each under a share of a core.
 */
import { clock } from './markers.js';
import { sleep } from './until.js';
import { machineBusySeconds } from '../servers/process-metrics.js';

const STEP_MS = 250;
/** Fraction of a core under which the server, the clients and the rest each count as idle. */
const IDLE_CPU = 0.5;

export interface QuietResult {
  waitedMs: number;
  quiet: boolean;
  /** Cores in use during the last step: by the server, by this process, by everything else. */
  last: { server: number; clients: number; others: number };
}

function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Waits (at least one step, at most `maxMs`) until the server, the clients and the rest are idle. */
export async function awaitQuiet(serverCpuSeconds: () => number, maxMs = 30_000): Promise<QuietResult> {
  const start = clock();
  let last = { server: serverCpuSeconds(), own: ownCpuSeconds(), machine: machineBusySeconds() };
  let rates = { server: 0, clients: 0, others: 0 };
  do {
    await sleep(STEP_MS);
    const now = { server: serverCpuSeconds(), own: ownCpuSeconds(), machine: machineBusySeconds() };
    const seconds = STEP_MS / 1000;
    const server = (now.server - last.server) / seconds;
    const clients = (now.own - last.own) / seconds;
    rates = { server, clients, others: Math.max(0, (now.machine - last.machine) / seconds - server - clients) };
    last = now;
    if (rates.server < IDLE_CPU && rates.clients < IDLE_CPU && rates.others < IDLE_CPU) {
      return { waitedMs: clock() - start, quiet: true, last: rates };
    }
  } while (clock() - start < maxMs);
  return { waitedMs: clock() - start, quiet: false, last: rates };
}
