/** Writers typing into their own paragraph: paced (n edits a second) or as fast as the socket drains. */
import * as Y from 'yjs';
import type { BenchClient } from './bench-client.js';
import { newBlock } from './bench-document.js';
import { clock, markerText } from './markers.js';
import type { WriteMode } from './protocol.js';

export interface Writer {
  writer: number;
  client: BenchClient;
  text: Y.XmlText;
  sent: number;
}

/**
 * Past this length a writer goes on in a new paragraph of its own, as a person would: Concord refuses a
 * paragraph over 20,000 characters, which a burst writer reaches within seconds.
 */
const MAX_PARAGRAPH_CHARS = 10_000;

/** Inserts a new paragraph after the writer's, its own transaction, and types there from now on. */
function nextParagraph(writer: Writer): void {
  const paragraph = writer.text.parent;
  const fragment = paragraph?.parent;
  if (!(paragraph instanceof Y.XmlElement) || !(fragment instanceof Y.XmlFragment)) return;
  // Text without a marker: a new paragraph's text is not an event of its own where others observe it.
  const block = newBlock('operative', `Continued by writer ${writer.writer}:`);
  fragment.insert(fragment.toArray().indexOf(paragraph) + 1, [block]);
  const text = block.get(0);
  if (text instanceof Y.XmlText) writer.text = text;
}

function edit(writer: Writer): void {
  if (writer.text.length >= MAX_PARAGRAPH_CHARS) nextParagraph(writer);
  const sentAt = clock();
  writer.text.insert(writer.text.length, markerText(writer.writer, writer.sent, sentAt));
  writer.sent += 1;
}

function paced(writer: Writer, editsPerSecond: number, startAt: number, durationMs: number): Promise<void> {
  const interval = 1000 / editsPerSecond;
  // A random phase, so writers do not all type in the same millisecond.
  const first = startAt + Math.random() * interval;
  const end = startAt + durationMs;
  return new Promise((resolve) => {
    const next = (k: number) => {
      const due = first + k * interval;
      if (due >= end) {
        resolve();
        return;
      }
      setTimeout(() => {
        edit(writer);
        next(k + 1);
      }, Math.max(0, due - clock()));
    };
    next(0);
  });
}

function burst(writer: Writer, startAt: number, durationMs: number, maxBufferedBytes: number): Promise<void> {
  const end = startAt + durationMs;
  return new Promise((resolve) => {
    const step = () => {
      if (clock() >= end) {
        resolve();
        return;
      }
      // Back-pressure: a writer only outruns the server by what its socket buffer holds, and does
      // not type into a closed connection (its edits would only pile up locally).
      if (!writer.client.connected() || writer.client.bufferedAmount() > maxBufferedBytes) {
        setTimeout(step, 1);
        return;
      }
      edit(writer);
      setImmediate(step);
    };
    setTimeout(step, Math.max(0, startAt - clock()));
  });
}

export async function runWriters(writers: readonly Writer[], mode: WriteMode, startAt: number): Promise<void> {
  await Promise.all(
    writers.map((writer) =>
      mode.kind === 'paced'
        ? paced(writer, mode.editsPerSecond, startAt, mode.durationMs)
        : burst(writer, startAt, mode.durationMs, mode.maxBufferedBytes),
    ),
  );
}
