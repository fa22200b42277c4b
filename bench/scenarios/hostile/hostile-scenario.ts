/**
 * Scenario 6, hostile input (Concord only): under ordinary load, each input of issue 11 sent one at a
 * time; for each, the longest event-loop stall it causes, seen from outside as the longest gap in the
 * answers to `GET /healthz` probed every 5 ms from a thread of its own, the time until the server
 * answers normally again, and whether it was refused (and with which close code or status).
 */
import { clock } from '../../load/markers.js';
import { sleep } from '../../load/until.js';
import { ConcordServer } from '../../servers/concord-server.js';
import { HOST } from '../../servers/managed-server.js';
import { ConcordHttp } from '../concord-http.js';
import type { Figures, MetricSpec, Scenario } from '../scenario.js';
import { HealthProbe, PROBE_EVERY_MS } from './health-probe.js';
import { INPUTS, sizesFor, type HostileInput, type InputContext, type InputKey, type InputOutcome } from './hostile-input.js';
import { revisedAmendmentInput } from './inputs-amendments.js';
import { presenceInput, silentSocketsInput, syncFloodInput } from './inputs-sockets.js';
import { emptyParagraphsInput, pasteInputs, wordDiffInput } from './inputs-text.js';
import { startOrdinaryLoad } from './ordinary-load.js';
import { NORMAL_GAP_MS } from './stall.js';

/**
 * The ordinary load alone for `baselineMs`; before each input the server answering normally for
 * `settleMs`, after it for `quietMs`, which closes the input's window. Shorter at smoke scale.
 */
function pacingFor(scale: string): { baselineMs: number; settleMs: number; quietMs: number; budgetMs: number } {
  return scale === 'smoke'
    ? { baselineMs: 1_000, settleMs: 200, quietMs: 300, budgetMs: 30_000 }
    : { baselineMs: 2_000, settleMs: 500, quietMs: 1_000, budgetMs: 120_000 };
}
/** Revising is rate-limited for people; the 150 revisions before the measured change go past it. */
const LIFTED = { REVISE_BURST: '100000', REVISE_PER_MINUTE: '100000' };

function inputsFor(sizes: ReturnType<typeof sizesFor>): HostileInput[] {
  return [
    emptyParagraphsInput(sizes),
    ...pasteInputs(sizes),
    syncFloodInput(sizes),
    presenceInput(sizes),
    silentSocketsInput(sizes),
    revisedAmendmentInput(sizes),
    wordDiffInput(sizes),
  ];
}

function metricsOf(key: InputKey, extra: MetricSpec[] = []): MetricSpec[] {
  const { name, withinLimits } = INPUTS[key];
  return [
    { key: `${key}_stallMs`, label: `${name}: longest stall ms`, better: 'lower', headline: withinLimits, digits: 0 },
    { key: `${key}_recoveryMs`, label: `${name}: normal again after ms`, better: 'lower', digits: 0 },
    ...(key === 'baseline' ? [] : [{ key: `${key}_refused`, label: `${name}: refused with`, better: 'none' as const, digits: 0 }]),
    ...extra,
  ];
}

const allMetrics: MetricSpec[] = [
  ...metricsOf('baseline'),
  ...inputsFor(sizesFor('full')).flatMap((input) => metricsOf(input.key, input.metrics)),
  { key: 'editsTyped', label: 'edits typed by the ordinary load', better: 'none', digits: 0 },
  { key: 'failedProbes', label: 'health probes failed', better: 'lower', digits: 0 },
];

const describe = (outcome: InputOutcome) => (outcome.refused === null ? 'taken' : `refused (${outcome.refused})`) + (outcome.note ? `; ${outcome.note}` : '');

export const hostileScenario: Scenario = {
  name: 'hostile',
  title: 'Hostile input: the longest event-loop stall each causes, under ordinary load',
  metrics: allMetrics,

  async run(server, context) {
    if (!(server instanceof ConcordServer)) return { figures: {}, notes: ['Concord only: the inputs are aimed at its limits'] };
    const { options, log } = context;
    const sizes = sizesFor(options.scale);
    const { baselineMs, settleMs, quietMs, budgetMs } = pacingFor(options.scale);
    await server.start(LIFTED);
    const load = await startOrdinaryLoad(server, context);
    const probe = HealthProbe.start(HOST, server.port);
    const figures: Figures = {};
    const notes: string[] = [`/healthz probed every ${PROBE_EVERY_MS} ms from a thread of its own; "normal" is no gap of ${NORMAL_GAP_MS} ms or more`];
    const record = (key: InputKey, label: string, stall: { longestGapMs: number; recoveryMs: number }, outcome: InputOutcome | null) => {
      figures[`${key}_stallMs`] = stall.longestGapMs;
      figures[`${key}_recoveryMs`] = stall.recoveryMs;
      if (outcome) {
        figures[`${key}_refused`] = outcome.refused;
        Object.assign(figures, outcome.figures);
      }
      const line = `${label}: longest stall ${stall.longestGapMs.toFixed(0)} ms, normal again after ${stall.recoveryMs.toFixed(0)} ms${outcome ? `, ${describe(outcome)}` : ''}`;
      notes.push(line);
      log(`  ${line}`);
    };
    try {
      const inputContext: InputContext = { server, chair: new ConcordHttp(server.port, load.chairToken), chairToken: load.chairToken, sizes, budgetMs };
      await probe.untilNormal(clock(), settleMs, clock() + budgetMs);
      const baselineStart = clock();
      await sleep(baselineMs);
      record('baseline', `${INPUTS.baseline.name} (${baselineMs / 1000} s)`, await probe.stallSince(baselineStart), null);

      let busy = false;
      for (const input of inputsFor(sizes)) {
        if (busy) {
          notes.push(`${input.label}: not sent, the server had not recovered from the input before`);
          continue;
        }
        let send: () => Promise<InputOutcome>;
        try {
          send = await input.prepare(inputContext);
        } catch (error) {
          notes.push(`${input.label}: could not be set up (${error instanceof Error ? error.message : String(error)})`);
          continue;
        }
        await probe.untilNormal(clock(), settleMs, clock() + budgetMs);
        const start = clock();
        const outcome = await send().catch((error: unknown): InputOutcome => ({ refused: null, figures: {}, note: `failed: ${error instanceof Error ? error.message : String(error)}` }));
        const recovered = await probe.untilNormal(start, quietMs, start + budgetMs);
        record(input.key, input.label, await probe.stallSince(start), outcome);
        busy = !recovered || outcome.unanswered === true;
      }
    } finally {
      await probe.stop();
      figures.editsTyped = load.sent();
      figures.failedProbes = probe.failedProbes;
      await load.stop();
      await server.stop('graceful');
    }
    return { figures, notes };
  },
};
