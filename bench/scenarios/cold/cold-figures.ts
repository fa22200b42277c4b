/** The figures of the cold-open scenario and how they are assembled from measurements. */
import type { StoredDocument } from '../../servers/server-adapter.js';
import { distribution } from '../../report/stats.js';
import type { Figures, MetricSpec } from '../scenario.js';

export const COLD_METRICS: MetricSpec[] = [
  { key: 'words', label: 'words', better: 'none', digits: 0 },
  { key: 'coldOpenMs', label: 'open ms (median)', better: 'lower', headline: true, digits: 0 },
  { key: 'coldOpenMaxMs', label: 'open ms (worst)', better: 'lower', digits: 0 },
  { key: 'openAfterCompactionMs', label: 'open after compaction ms', better: 'lower', headline: true, digits: 0 },
  { key: 'rowsBefore', label: 'rows stored before', better: 'none', digits: 0 },
  { key: 'loadedDocMB', label: 'loaded doc MB (RSS Δ)', better: 'lower', digits: 1 },
  { key: 'diskBeforeKB', label: 'stored KB before', better: 'lower', digits: 0 },
  { key: 'diskAfterKB', label: 'stored KB after', better: 'lower', headline: true, digits: 0 },
  { key: 'fileBeforeKB', label: 'file KB before', better: 'lower', digits: 0 },
  { key: 'fileAfterKB', label: 'file KB after', better: 'lower', digits: 0 },
  { key: 'compactionMs', label: 'compaction ms', better: 'lower', headline: true, digits: 0 },
  { key: 'longLogOpenMs', label: 'never-compacted log: open ms', better: 'lower', digits: 0 },
  { key: 'longLogCompactionMs', label: 'never-compacted log: compaction ms', better: 'lower', digits: 0 },
  { key: 'peakRssMB', label: 'peak RSS MB', better: 'lower', digits: 0 },
];

export interface ColdMeasurements {
  words: number;
  opens: number[];
  opensAfterCompaction: number[] | null;
  /** Concord only: the whole corpus as log rows, none compacted (what no running server leaves behind). */
  longLog?: { rows: number; openMs: number; compactionMs: number | null };
  rssDeltas: number[] | null;
  before: StoredDocument | null;
  after: StoredDocument | null;
  compactionMs: number | null;
  peakRssBytes: number[];
}

const KB = 1024;
const MB = 1024 * 1024;

export function coldFigures(m: ColdMeasurements): Figures {
  const opens = distribution(m.opens);
  return {
    words: m.words,
    coldOpenMs: opens.median,
    coldOpenMaxMs: opens.max,
    openAfterCompactionMs: m.opensAfterCompaction ? distribution(m.opensAfterCompaction).median : null,
    longLogOpenMs: m.longLog?.openMs ?? null,
    longLogCompactionMs: m.longLog?.compactionMs ?? null,
    rowsBefore: m.before?.rows ?? null,
    loadedDocMB: m.rssDeltas ? distribution(m.rssDeltas).median / MB : null,
    diskBeforeKB: m.before ? (m.before.logBytes + m.before.snapshotBytes) / KB : null,
    diskAfterKB: m.after ? (m.after.logBytes + m.after.snapshotBytes) / KB : null,
    fileBeforeKB: m.before ? m.before.fileBytes / KB : null,
    fileAfterKB: m.after ? m.after.fileBytes / KB : null,
    compactionMs: m.compactionMs,
    peakRssMB: m.peakRssBytes.length ? Math.max(...m.peakRssBytes) / MB : null,
  };
}
