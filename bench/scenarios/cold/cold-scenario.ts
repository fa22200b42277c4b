/**
 * Scenario 3, cold open: a 100,000-word document built from 50,000 small updates; time until a
 * new client holds it, bytes on disk before and after compaction, memory of the loaded document.
 * One corpus per run, so every server serves the very same document.
 */
import * as Y from 'yjs';
import { addWriterParagraphs } from '../../load/bench-document.js';
import { ConcordServer } from '../../servers/concord-server.js';
import { HocuspocusServer } from '../../servers/reference-servers.js';
import type { Scenario } from '../scenario.js';
import { buildCorpus, type ColdCorpus } from './cold-corpus.js';
import { COLD_METRICS, coldFigures, type ColdMeasurements } from './cold-figures.js';
import { concordCold } from './concord-cold.js';
import { hocuspocusCold } from './hocuspocus-cold.js';
import { memoryCold } from './memory-cold.js';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** A title block only: the start of a document made elsewhere than Concord's API. */
function localBase(): Uint8Array {
  const doc = new Y.Doc();
  addWriterParagraphs(doc, 0);
  return Y.encodeStateAsUpdate(doc);
}

export function coldScenario(): Scenario {
  let corpus: ColdCorpus | null = null;
  return {
    name: 'cold',
    title: 'Cold open: a long document built from many small updates',
    metrics: COLD_METRICS,

    async run(server, context) {
      const { options, log } = context;
      // Concord runs first: its freshly created document is the base every server gets.
      const corpusFor = (base?: Uint8Array): ColdCorpus => {
        if (!corpus || (base && !sameBytes(base, corpus.base))) {
          const started = Date.now();
          corpus = buildCorpus(base ?? localBase(), options.coldUpdates);
          log(`  corpus: ${corpus.updates.length} updates, ${corpus.words} words, ${Math.round(corpus.updateBytes / 1024)} KB, built in ${Date.now() - started} ms`);
        }
        return corpus;
      };
      let measured: ColdMeasurements;
      if (server instanceof ConcordServer) measured = await concordCold(server, corpusFor, options.coldRepeats, options.quietMs, log);
      else if (server instanceof HocuspocusServer) measured = await hocuspocusCold(server, corpusFor(), options.coldRepeats, options.quietMs);
      else measured = await memoryCold(server, corpusFor(), options.coldRepeats, options.quietMs);
      const notes: string[] = [];
      if (server.kind === 'concord' && Math.max(...measured.opens) > 30_000) {
        notes.push('an open took over 30 s: the server did nothing else meanwhile, and the client, hearing nothing for 30 s, reconnected once');
      }
      if (server.kind === 'concord' && measured.before) {
        notes.push(
          `typed through the server, which compacts as it goes: ${measured.before.rows - 1} log rows after its snapshot were left to fold; ` +
            'the never-compacted log (every update a row) is the worst case, which no running server leaves behind',
        );
      }
      if (server.kind === 'yws') notes.push('in memory: the document never leaves memory, so its open is warm; nothing on disk');
      if (server.kind === 'relay') notes.push('the document is served by a peer through the relay; nothing on disk');
      if (server.kind === 'hocuspocus') notes.push('keeps one row with the whole state (no log); "compaction" = storing it when the last client leaves');
      return { figures: coldFigures(measured), notes };
    },
  };
}
