/** What the clients of one worker saw arrive: latencies per arrival, per edit, and the watcher's log. */
import { editKey, type EditMarker } from './markers.js';
import type { WorkerStats } from './protocol.js';
import { SampleBuffer } from './sample-buffer.js';

export class Arrivals {
  private readonly latencies = new SampleBuffer();
  private readonly perEdit = new Map<number, { arrivals: number; worst: number }>();
  private readonly watcherKeys = new SampleBuffer();
  private readonly watcherTimes = new SampleBuffer();
  private readonly watcherLatencies = new SampleBuffer();

  record(marker: EditMarker, at: number, watcher: boolean): void {
    const latency = at - marker.sentAt;
    this.latencies.push(latency);
    const key = editKey(marker.writer, marker.seq);
    const entry = this.perEdit.get(key);
    if (entry) {
      entry.arrivals += 1;
      if (latency > entry.worst) entry.worst = latency;
    } else {
      this.perEdit.set(key, { arrivals: 1, worst: latency });
    }
    if (watcher) {
      this.watcherKeys.push(key);
      this.watcherTimes.push(at);
      this.watcherLatencies.push(latency);
    }
  }

  get count(): number {
    return this.latencies.length;
  }

  get watcherCount(): number {
    return this.watcherKeys.length;
  }

  stats(): Omit<WorkerStats, 'drops' | 'dropReasons'> {
    const perEdit = new Float64Array(this.perEdit.size * 3);
    let i = 0;
    for (const [key, { arrivals, worst }] of this.perEdit) {
      perEdit[i++] = key;
      perEdit[i++] = arrivals;
      perEdit[i++] = worst;
    }
    return {
      latencies: this.latencies.toArray(),
      perEdit,
      watcherKeys: this.watcherKeys.toArray(),
      watcherArrivals: this.watcherTimes.toArray(),
      watcherLatencies: this.watcherLatencies.toArray(),
    };
  }

  reset(): void {
    this.latencies.clear();
    this.perEdit.clear();
    this.watcherKeys.clear();
    this.watcherTimes.clear();
    this.watcherLatencies.clear();
  }
}
