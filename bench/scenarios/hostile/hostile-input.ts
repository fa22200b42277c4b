/** What every hostile input shares: its shape, its sizes at each scale, and the documents it works on. */
import type { BenchOptions } from '../../options.js';
import type { ConcordServer } from '../../servers/concord-server.js';
import type { ConcordHttp } from '../concord-http.js';
import type { MetricSpec } from '../scenario.js';
import type { Closed } from './raw-collab.js';

export interface HostileSizes {
  emptyBlocks: number;
  pasteBlocks: number;
  syncRequests: number;
  presenceStates: number;
  presenceBytes: number;
  silentSockets: number;
  /** Whole-state requests each silent socket sends (under the per-connection message burst). */
  silentRequests: number;
  /** Paragraphs of the silent sockets' document, so that each whole state is worth piling up. */
  silentParagraphs: number;
  revisions: number;
  diffWords: number;
}

/** The sizes at full and quick scale; at smoke scale each still past its limit, or well within. */
export function sizesFor(scale: BenchOptions['scale']): HostileSizes {
  if (scale === 'smoke') {
    return { emptyBlocks: 12_000, pasteBlocks: 500, syncRequests: 600, presenceStates: 8, presenceBytes: 100_000, silentSockets: 4, silentRequests: 100, silentParagraphs: 500, revisions: 20, diffWords: 1_000 };
  }
  return { emptyBlocks: 150_000, pasteBlocks: 5_000, syncRequests: 3_000, presenceStates: 8, presenceBytes: 1_000_000, silentSockets: 4, silentRequests: 400, silentParagraphs: 2_000, revisions: 150, diffWords: 4_000 };
}

export interface InputContext {
  server: ConcordServer;
  chair: ConcordHttp;
  chairToken: string;
  sizes: HostileSizes;
  /** How long one input may take to be handled, and the server to answer normally again. */
  budgetMs: number;
}

export interface InputOutcome {
  /** The close code (a socket) or HTTP status the server refused it with; null if it was taken. */
  refused: number | null;
  /** The input's own figures, by metric key. */
  figures: Record<string, number | null>;
  /** The server did not answer within the budget: the inputs after it are not measured. */
  unanswered?: boolean;
  note?: string;
}

/**
 * Every input, in the order sent, with a short name and whether it is within Concord's limits (the
 * target: a stall under 50 ms) or past one (it should be refused, and cheaply).
 */
export const INPUTS = {
  baseline: { name: 'ordinary load only', withinLimits: true },
  emptyBlocks: { name: 'empty paragraphs in one update', withinLimits: false },
  paste: { name: 'a long paste', withinLimits: true },
  pasteParagraphs: { name: 'paragraphs after the paste', withinLimits: true },
  pasteExport: { name: 'an export after the paste', withinLimits: true },
  pasteCompare: { name: 'a compare after the paste', withinLimits: true },
  pasteStale: { name: 'a stale check after the paste', withinLimits: true },
  syncFlood: { name: 'whole-state requests on one socket', withinLimits: false },
  presence: { name: 'an oversized presence', withinLimits: false },
  silent: { name: 'sockets that never read', withinLimits: false },
  revised: { name: 'one more change to a much revised amendment', withinLimits: true },
  wordDiff: { name: 'comparing two different long paragraphs', withinLimits: true },
} as const;
export type InputKey = keyof typeof INPUTS;

export interface HostileInput {
  key: InputKey;
  /** What is sent, with its sizes at this scale. */
  label: string;
  metrics?: MetricSpec[];
  /** Builds what it will send (not measured) and returns the sending, which is. */
  prepare(context: InputContext): Promise<() => Promise<InputOutcome>>;
}

export function outcomeOfRoundTrip(outcome: 'answered' | 'timeout' | Closed, figures: InputOutcome['figures'] = {}): InputOutcome {
  if (outcome === 'answered') return { refused: null, figures };
  if (outcome === 'timeout') return { refused: null, figures, unanswered: true, note: 'no answer within the budget' };
  return { refused: outcome.code, figures, note: `closed ${outcome.code}: ${outcome.reason}` };
}

/** A fresh document (its own, so one input's leftovers do not weigh on the next). */
export async function newDocument(context: InputContext, body: { title: string; markdown?: string; fixture?: string }): Promise<string> {
  const created = await context.chair.call<{ document: { id: string } }>('POST', '/api/documents', body);
  return created.body.document.id;
}

export function collabUrl(context: InputContext, documentId: string, token: string): string {
  return `${context.server.endpoint(documentId, token).serverUrl}/${documentId}?token=${encodeURIComponent(token)}`;
}

export const n = (value: number): string => value.toLocaleString('en');
