/** A benchmark scenario: runs against one server at a time and returns named figures. */
import type { BenchOptions } from '../options.js';
import type { LoadPool } from '../load/load-pool.js';
import type { ServerAdapter } from '../servers/server-adapter.js';
import type { ScenarioName } from './scenario-names.js';

export interface MetricSpec {
  key: string;
  label: string;
  better: 'lower' | 'higher' | 'none';
  /** Shown in the ratio matrix under the table. */
  headline?: boolean;
  digits?: number;
}

/** Figures by metric key; null where the metric does not apply to this server (e.g. disk for an in-memory server). */
export type Figures = Record<string, number | null>;

export interface ScenarioResult {
  figures: Figures;
  notes: string[];
  /** Cores other programs used on average while this was measured (a shared machine's noise). */
  contamination?: number;
}

export interface ScenarioContext {
  options: BenchOptions;
  pool: LoadPool;
  log: (message: string) => void;
}

export interface Scenario {
  name: ScenarioName;
  title: string;
  metrics: MetricSpec[];
  run(server: ServerAdapter, context: ScenarioContext): Promise<ScenarioResult>;
}

/** A scenario of the issue that waits for a feature Concord does not have yet. */
export interface PendingScenario {
  name: ScenarioName;
  title: string;
  needs: string;
}
