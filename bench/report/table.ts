/** Renders a run's results as plain-text tables: figures per server, ratios, targets. */
import { SERVER_LABELS, type ServerKind } from '../servers/server-kind.js';
import type { BenchResults, ScenarioReport } from './results.js';
import { isError } from './results.js';

const SHORT: Record<ServerKind, string> = { concord: 'Concord', yws: 'y-ws mem', hocuspocus: 'Hocuspocus', relay: 'relay' };

function format(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return 'n/a';
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function scenarioTable(report: ScenarioReport): string {
  const kinds = Object.keys(report.servers) as ServerKind[];
  const out: string[] = [`== ${report.title} ==`];
  const rows = report.metrics.map((metric) => [
    metric.label,
    ...kinds.map((kind) => {
      const outcome = report.servers[kind];
      return !outcome || isError(outcome) ? 'error' : format(outcome.figures[metric.key], metric.digits);
    }),
  ]);
  out.push(grid(['', ...kinds.map((kind) => SHORT[kind])], rows));
  for (const kind of kinds) {
    const outcome = report.servers[kind];
    if (isError(outcome)) out.push(`  ${SERVER_LABELS[kind]} failed: ${outcome.error.split('\n')[0]}`);
    else for (const note of outcome?.notes ?? []) out.push(`  ${SHORT[kind]}: ${note}`);
  }
  for (const metric of report.metrics.filter((m) => m.headline)) {
    const matrix = report.ratios[metric.key];
    // A ratio needs two servers with the figure (the Concord-only scenarios have one).
    const measured = kinds.filter((kind) => typeof matrix?.[kind]?.[kind] === 'number');
    if (!matrix || measured.length < 2) continue;
    out.push('', `ratio of ${metric.label} (row ÷ column; ${metric.better} is better)`);
    const ratioRows = kinds.map((row) => [SHORT[row], ...kinds.map((column) => format(matrix[row]?.[column], 2))]);
    out.push(grid(['', ...kinds.map((kind) => SHORT[kind])], ratioRows));
  }
  return out.join('\n');
}

export function renderResults(results: BenchResults): string {
  const o = results.options;
  const parts: string[] = [
    `Concord benchmark (${o.scale}) of ${results.concordRevision}: ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}`,
    `fan-out ${o.clients} clients, ${o.writers} writers × ${o.rate}/s, ${o.seconds} s · burst ${o.burstWriters} writers, ${o.burstSeconds} s · cold ${o.coldUpdates.toLocaleString('en-US')} updates, ${o.coldWords.toLocaleString('en-US')} words, ${o.coldRepeats} open(s)`,
    '',
  ];
  for (const report of results.scenarios) parts.push(scenarioTable(report), '');
  for (const pending of results.notImplemented) parts.push(`${pending.title}: not yet implemented: needs ${pending.needs}`);
  if (results.targets.length > 0) {
    parts.push('', 'Targets (Concord)');
    for (const check of results.targets) {
      const verdict = check.met === null ? '  ?  ' : check.met ? ' met ' : 'MISS ';
      const ratio = check.ratio === null ? '' : `${format(check.ratio, 2)}× `;
      parts.push(`  [${verdict}] ${check.target}: ${ratio}(${check.limit})`);
    }
  }
  return parts.join('\n');
}
