/** The hostile scenario's targets: inputs within the limits stall the server under 50 ms; the others are refused. */
import { figure, type ScenarioReport, type TargetCheck } from '../../report/results.js';
import { INPUTS, type InputKey } from './hostile-input.js';
import { NORMAL_GAP_MS } from './stall.js';

/** Sockets that never read are held if the server does not buffer for them (the issue measured 226 MB). */
const SILENT_GROWTH_MB = 32;

export function hostileChecks(report: ScenarioReport | undefined): TargetCheck[] {
  if (!report || !('concord' in report.servers)) return [];
  return (Object.keys(INPUTS) as InputKey[]).map((key) => {
    const { name, withinLimits } = INPUTS[key];
    const stall = figure(report, 'concord', `${key}_stallMs`);
    const shown = stall === null ? '?' : `${stall.toFixed(0)} ms`;
    if (withinLimits) {
      return { target: `hostile: ${name}, longest stall ${shown}`, ratio: null, limit: `under ${NORMAL_GAP_MS} ms`, met: stall === null ? false : stall < NORMAL_GAP_MS };
    }
    const refused = figure(report, 'concord', `${key}_refused`);
    if (key === 'silent') {
      const growth = figure(report, 'concord', 'silent_rssGrowthMB');
      const closed = figure(report, 'concord', 'silent_closed');
      const held = refused !== null || (growth !== null && growth < SILENT_GROWTH_MB);
      return { target: `hostile: ${name}: the server grew ${growth?.toFixed(0) ?? '?'} MB, ended ${closed ?? '?'}, longest stall ${shown}`, ratio: null, limit: `refused, or under ${SILENT_GROWTH_MB} MB`, met: stall === null ? null : held };
    }
    return { target: `hostile: ${name} refused (${refused ?? 'taken'}), longest stall ${shown}`, ratio: null, limit: 'refused', met: stall === null ? null : refused !== null };
  });
}
