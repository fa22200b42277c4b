/** Writers typing into their own paragraph: paced (n edits a second) or as fast as the socket drains. */
import type * as Y from 'yjs';
import type { BenchClient } from './bench-client.js';
import { clock, markerText } from './markers.js';
import type { WriteMode } from './protocol.js';

export interface Writer {
  writer: number;
  client: BenchClient;
  text: Y.XmlText;
  sent: number;
}

function edit(writer: Writer): void {
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
