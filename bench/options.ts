/** Command-line flags of `npm run bench`, with the scales of a full, quick and smoke run. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isServerKind, SERVER_KINDS, type ServerKind } from './servers/server-kind.js';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from './scenarios/scenario-names.js';

export interface BenchOptions {
  scale: 'full' | 'quick' | 'smoke';
  /** Fan-out: connected clients, writers among them, edits a second per writer, seconds of typing. */
  clients: number;
  writers: number;
  rate: number;
  seconds: number;
  /** Burst: writers typing as fast as they can, for this many seconds. */
  burstWriters: number;
  burstSeconds: number;
  /** Fan-out and burst: seconds of the same typing before the measure, not counted. */
  warmupSeconds: number;
  /** Cold open: small updates the document is built from, words in it, opens measured per server. */
  coldUpdates: number;
  coldWords: number;
  coldRepeats: number;
  /** Load-generating worker threads. */
  workers: number;
  /** How long to wait, at most, for a quiet machine before each measurement. */
  quietMs: number;
  /** Runs of a scenario to repeat on one server when other programs took much CPU meanwhile. */
  retries: number;
  only: ScenarioName[];
  servers: ServerKind[];
  /** Where the JSON goes (default bench/results/<timestamp>.json). */
  out: string | null;
  /** Directory for a V8 CPU profile of the Concord server (--profile). */
  profileDir: string | null;
  /** The Concord checkout to run (default: this one); e.g. a worktree with a server change to compare. */
  concordRoot: string;
}

const SCALES: Record<BenchOptions['scale'], Omit<BenchOptions, 'scale' | 'only' | 'servers' | 'out' | 'profileDir' | 'concordRoot'>> = {
  full: { clients: 200, writers: 10, rate: 5, seconds: 30, burstWriters: 20, burstSeconds: 10, warmupSeconds: 3, coldUpdates: 50_000, coldWords: 100_000, coldRepeats: 3, workers: 4, quietMs: 20_000, retries: 1 },
  quick: { clients: 30, writers: 4, rate: 5, seconds: 5, burstWriters: 6, burstSeconds: 3, warmupSeconds: 1, coldUpdates: 10_000, coldWords: 20_000, coldRepeats: 1, workers: 2, quietMs: 5_000, retries: 0 },
  smoke: { clients: 6, writers: 2, rate: 5, seconds: 1, burstWriters: 2, burstSeconds: 1, warmupSeconds: 0.5, coldUpdates: 2_000, coldWords: 4_000, coldRepeats: 1, workers: 2, quietMs: 500, retries: 0 },
};

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return parsed;
}

function list<T extends string>(name: string, value: string | undefined, all: readonly T[], valid: (v: string) => v is T): T[] {
  if (value === undefined) return [...all];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) if (!valid(item)) throw new Error(`--${name}: unknown "${item}" (one of ${all.join(', ')})`);
  return all.filter((item) => items.includes(item));
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      quick: { type: 'boolean' },
      smoke: { type: 'boolean' },
      clients: { type: 'string' },
      writers: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      'burst-writers': { type: 'string' },
      'burst-seconds': { type: 'string' },
      'warmup-seconds': { type: 'string' },
      'cold-updates': { type: 'string' },
      'cold-repeats': { type: 'string' },
      workers: { type: 'string' },
      'quiet-ms': { type: 'string' },
      retries: { type: 'string' },
      only: { type: 'string' },
      servers: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean' },
      'concord-root': { type: 'string' },
    },
  });
  const scale = values.smoke ? 'smoke' : values.quick ? 'quick' : 'full';
  const base = SCALES[scale];
  const coldUpdates = Math.round(positive('cold-updates', values['cold-updates'], base.coldUpdates));
  const options: BenchOptions = {
    scale,
    clients: Math.round(positive('clients', values.clients, base.clients)),
    writers: Math.round(positive('writers', values.writers, base.writers)),
    rate: positive('rate', values.rate, base.rate),
    seconds: positive('seconds', values.seconds, base.seconds),
    burstWriters: Math.round(positive('burst-writers', values['burst-writers'], base.burstWriters)),
    burstSeconds: positive('burst-seconds', values['burst-seconds'], base.burstSeconds),
    warmupSeconds: values['warmup-seconds'] === '0' ? 0 : positive('warmup-seconds', values['warmup-seconds'], base.warmupSeconds),
    coldUpdates,
    // Two words an update, as in the 100,000 words from 50,000 updates.
    coldWords: coldUpdates * 2,
    coldRepeats: Math.round(positive('cold-repeats', values['cold-repeats'], base.coldRepeats)),
    workers: Math.round(positive('workers', values.workers, base.workers)),
    quietMs: values['quiet-ms'] === '0' ? 0 : Math.round(positive('quiet-ms', values['quiet-ms'], base.quietMs)),
    retries: values.retries === '0' ? 0 : Math.round(positive('retries', values.retries, base.retries)),
    only: list('only', values.only, SCENARIO_NAMES, isScenarioName),
    servers: list('servers', values.servers, SERVER_KINDS, isServerKind),
    out: values.out ?? null,
    profileDir: values.profile ? resolve(import.meta.dirname, 'results', 'profiles') : null,
    concordRoot: resolve(values['concord-root'] ?? resolve(import.meta.dirname, '..')),
  };
  if (options.writers >= options.clients) throw new Error('--writers must be fewer than --clients (someone has to read)');
  return options;
}
