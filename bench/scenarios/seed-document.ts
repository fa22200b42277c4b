/**
 * Puts the writers' paragraphs into a fresh document on the server and returns the state every
 * client starts from. For the relay, which keeps nothing, the state is only made locally.
 */
import * as Y from 'yjs';
import { connectClient } from '../load/bench-client.js';
import { addWriterParagraphs, fragmentOf } from '../load/bench-document.js';
import { until } from '../load/until.js';
import type { DocumentSession, ServerAdapter } from '../servers/server-adapter.js';

export interface SeededDocument {
  seed: Uint8Array;
  writerParagraphs: string[];
}

function hasParagraphs(doc: Y.Doc, ids: readonly string[]): boolean {
  const present = new Set(
    fragmentOf(doc)
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.getAttribute('id') : undefined)),
  );
  return ids.every((id) => present.has(id));
}

export async function seedDocument(server: ServerAdapter, session: DocumentSession, writers: number): Promise<SeededDocument> {
  if (!server.holdsDocuments) {
    const doc = new Y.Doc();
    const writerParagraphs = addWriterParagraphs(doc, writers);
    return { seed: Y.encodeStateAsUpdate(doc), writerParagraphs };
  }
  const owner = connectClient(session.owner);
  try {
    await owner.synced;
    const writerParagraphs = addWriterParagraphs(owner.doc, writers);
    // The server holds the paragraphs once a newly connected client receives them.
    const stored = await until(async () => {
      const probe = connectClient(session.owner);
      try {
        await probe.synced;
        return hasParagraphs(probe.doc, writerParagraphs);
      } finally {
        probe.destroy();
      }
    }, 15_000, 100);
    if (!stored) throw new Error('the server did not take the seed document');
    return { seed: Y.encodeStateAsUpdate(owner.doc), writerParagraphs };
  } finally {
    owner.destroy();
  }
}
