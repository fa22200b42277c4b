/** What one event stream has still to send, bounded: a reader that stops reading is dropped, not buffered without end. */
import type { EventFrame } from './document-events.js';

export class EventQueue {
  private readonly frames: EventFrame[] = [];
  private bytes = 0;
  private ended = false;
  private wake: (() => void) | undefined;

  constructor(private readonly maxBytes: number) {}

  push(frame: EventFrame): void {
    if (this.ended) return;
    this.frames.push(frame);
    this.bytes += frame.data.length;
    // Its client reconnects and reloads what it shows, as after any drop.
    if (this.bytes > this.maxBytes) this.end();
    else this.wake?.();
  }

  /** No more frames: what is still queued is dropped. */
  end(): void {
    this.ended = true;
    this.frames.length = 0;
    this.bytes = 0;
    this.wake?.();
  }

  /** The next frame; 'idle' after `idleMs` without one; null once ended. */
  async next(idleMs: number): Promise<EventFrame | 'idle' | null> {
    if (this.frames.length === 0 && !this.ended) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        timer = setTimeout(resolve, idleMs);
      });
      clearTimeout(timer);
      this.wake = undefined;
    }
    if (this.ended) return null;
    const frame = this.frames.shift();
    if (!frame) return 'idle';
    this.bytes -= frame.data.length;
    return frame;
  }
}
