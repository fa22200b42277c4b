/** The targets for Concord, checked against one run's figures. */
import type { BenchResults, ScenarioReport, TargetCheck } from './results.js';
import { figure } from './results.js';
import type { ServerKind } from '../servers/server-kind.js';
import { hostileChecks } from '../scenarios/hostile/hostile-targets.js';

function compare(
  report: ScenarioReport | undefined,
  target: string,
  key: string,
  peer: ServerKind,
  limit: number,
  direction: 'at most' | 'at least' | 'below',
  peerKey = key,
): TargetCheck | null {
  if (!report || !(peer in report.servers) || !('concord' in report.servers)) return null;
  const mine = figure(report, 'concord', key);
  const theirs = figure(report, peer, peerKey);
  const ratio = mine !== null && theirs !== null && theirs !== 0 ? mine / theirs : null;
  // No figure from Concord where the peer has one (e.g. every client dropped) is a miss.
  const met =
    ratio === null
      ? mine === null && theirs !== null
        ? false
        : null
      : direction === 'at most'
        ? ratio <= limit
        : direction === 'at least'
          ? ratio >= limit
          : ratio < limit;
  return { target, ratio, limit: `${direction} ${limit}×`, met };
}

/** An absolute limit on one of Concord's figures (at full scale, where the issue sets it). */
function under(report: ScenarioReport | undefined, target: string, key: string, limitMs: number): TargetCheck | null {
  if (!report || !('concord' in report.servers)) return null;
  const mine = figure(report, 'concord', key);
  return { target: `${target}: ${mine === null ? '?' : mine.toFixed(1)} ms`, ratio: null, limit: `under ${limitMs} ms`, met: mine === null ? false : mine < limitMs };
}

export function checkTargets(scenarios: BenchResults['scenarios']): TargetCheck[] {
  const byName = (name: string) => scenarios.find((s) => s.name === name);
  const fanout = byName('fanout');
  const burst = byName('burst');
  const cold = byName('cold');
  const checks: Array<TargetCheck | null> = [
    compare(fanout, 'fan-out p99 latency vs y-websocket (memory)', 'latencyP99Ms', 'yws', 1, 'at most'),
    compare(fanout, 'fan-out p99 latency vs raw relay', 'latencyP99Ms', 'relay', 2, 'at most'),
    compare(fanout, 'fan-out all-reached p99 vs y-websocket (memory)', 'fanoutP99Ms', 'yws', 1, 'at most'),
    compare(burst, 'burst throughput (delivered/s until drained) vs y-websocket (memory)', 'throughputPerS', 'yws', 1, 'at least'),
    compare(cold, 'cold open (the document as the server stores it) vs Hocuspocus', 'coldOpenMs', 'hocuspocus', 1, 'below'),
    compare(cold, 'cold open after compaction vs Hocuspocus', 'openAfterCompactionMs', 'hocuspocus', 1, 'below', 'coldOpenMs'),
    compare(cold, 'compaction vs Hocuspocus storing the document', 'compactionMs', 'hocuspocus', 1, 'below'),
    compare(cold, 'bytes stored after compaction vs Hocuspocus', 'diskAfterKB', 'hocuspocus', 1, 'at most'),
  ];
  const amendments = byName('amendments');
  for (const [key, what] of [['proposeP99Ms', 'propose'], ['listP99Ms', 'list with filters'], ['statsP99Ms', 'stats by group'], ['acceptP99Ms', 'accept']]) {
    checks.push(under(amendments, `amendments at scale, ${what} p99`, key as string, 50));
  }
  const compareReport = byName('compare');
  const concordOutcome = compareReport?.servers.concord;
  const concordCompare = concordOutcome && 'figures' in concordOutcome ? concordOutcome.figures : {};
  checks.push(under(compareReport, 'compare at 100,000 words (median)', 'compareP50Ms', 1000));
  for (const key of Object.keys(concordCompare).filter((k) => k.startsWith('export_'))) {
    checks.push(under(compareReport, `export ${key.replace(/^export_|_ms$/g, '').replace('_', ' ')} (median)`, key, 1000));
  }
  if (burst && 'concord' in burst.servers) {
    const missing = figure(burst, 'concord', 'missingOnDiskLive');
    checks.push({ target: 'burst: every delivered edit on disk', ratio: null, limit: `${missing ?? '?'} missing`, met: missing === null ? null : missing === 0 });
  }
  checks.push(...hostileChecks(byName('hostile')));
  return checks.filter((check): check is TargetCheck => check !== null);
}
