/** The results of a run as written to bench/results/<timestamp>.json. */
import type { BenchOptions } from '../options.js';
import type { MetricSpec, ScenarioResult } from '../scenarios/scenario.js';
import type { ScenarioName } from '../scenarios/scenario-names.js';
import type { ServerKind } from '../servers/server-kind.js';

export type ServerOutcome = ScenarioResult | { error: string };

/** ratios[metric][row][column] = row's figure ÷ column's figure. */
export type RatioMatrix = Record<string, Partial<Record<ServerKind, Partial<Record<ServerKind, number | null>>>>>;

export interface ScenarioReport {
  name: ScenarioName;
  title: string;
  metrics: MetricSpec[];
  servers: Partial<Record<ServerKind, ServerOutcome>>;
  ratios: RatioMatrix;
}

export interface TargetCheck {
  target: string;
  /** Concord's figure ÷ the peer's. */
  ratio: number | null;
  limit: string;
  met: boolean | null;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  options: BenchOptions;
  machine: { cpus: number; model: string; node: string; platform: string };
  /** The Concord commit measured, with "+changes" if server/ or shared/ differed from it. */
  concordRevision: string;
  scenarios: ScenarioReport[];
  notImplemented: Array<{ name: ScenarioName; title: string; needs: string }>;
  targets: TargetCheck[];
}

export function isError(outcome: ServerOutcome | undefined): outcome is { error: string } {
  return outcome !== undefined && 'error' in outcome;
}

export function figure(report: ScenarioReport | undefined, server: ServerKind, key: string): number | null {
  const outcome = report?.servers[server];
  if (!outcome || isError(outcome)) return null;
  const value = outcome.figures[key];
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

export function ratiosFor(metrics: MetricSpec[], servers: Partial<Record<ServerKind, ServerOutcome>>): RatioMatrix {
  const kinds = Object.keys(servers) as ServerKind[];
  const matrix: RatioMatrix = {};
  for (const metric of metrics.filter((m) => m.better !== 'none')) {
    const rows: RatioMatrix[string] = {};
    for (const row of kinds) {
      const cells: Partial<Record<ServerKind, number | null>> = {};
      for (const column of kinds) {
        const a = figureOf(servers[row], metric.key);
        const b = figureOf(servers[column], metric.key);
        cells[column] = a !== null && b !== null && b !== 0 ? a / b : null;
      }
      rows[row] = cells;
    }
    matrix[metric.key] = rows;
  }
  return matrix;
}

function figureOf(outcome: ServerOutcome | undefined, key: string): number | null {
  if (!outcome || isError(outcome)) return null;
  const value = outcome.figures[key];
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}
