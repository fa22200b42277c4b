/**
 * A cheap running estimate of a document's encoded size, for bounding how far a receiver may fall
 * behind: exact whenever the whole state is encoded for a newcomer, then grown by the bytes of every
 * update since (deletions are counted as growth, so it errs on the generous side). Encoding the whole
 * document to measure it would cost far more than the sends it guards.
 */
import type * as Y from 'yjs';

export class DocumentSize {
  private estimate = 0;

  constructor(doc: Y.Doc) {
    doc.on('update', (update: Uint8Array) => {
      this.estimate += update.length;
    });
  }

  get bytes(): number {
    return this.estimate;
  }

  /** Notes a sync reply: the whole document's size when it answered a client holding nothing, else a lower bound. */
  replied(bytes: number, wholeDocument: boolean): void {
    this.estimate = wholeDocument ? bytes : Math.max(this.estimate, bytes);
  }
}
