/** Automatic checkpoints: after a pause in editing, and when the last person leaves a document. */
import type { RoomHookPayloads, RoomHooks } from '../collab/room-hooks.js';
import { CHECKPOINT_NAMES } from './checkpoint-names.js';
import type { RevisionsService } from './revisions.service.js';

export class CheckpointScheduler implements RoomHooks {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastEditAt = new Map<string, number>();

  constructor(
    private readonly revisions: RevisionsService,
    private readonly pauseMs: number,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  committed({ room }: RoomHookPayloads['committed']): void {
    this.edited(room.documentId);
  }

  /** The last participant left: checkpoint now rather than after the pause. */
  emptied({ room }: RoomHookPayloads['emptied']): void {
    this.cancel(room.documentId);
    this.checkpoint(room.documentId, CHECKPOINT_NAMES.everyoneLeft);
  }

  closeAll(): void {
    for (const documentId of [...this.timers.keys()]) this.cancel(documentId);
  }

  /**
   * Called on every commit, so it only notes the time: one timer per document waits out the pause,
   * re-arming for the remainder while edits keep coming.
   */
  private edited(documentId: string): void {
    this.lastEditAt.set(documentId, Date.now());
    if (!this.timers.has(documentId)) this.arm(documentId, this.pauseMs);
  }

  private arm(documentId: string, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(documentId);
      const quietFor = Date.now() - (this.lastEditAt.get(documentId) ?? 0);
      if (quietFor < this.pauseMs) this.arm(documentId, this.pauseMs - quietFor);
      else this.checkpoint(documentId, CHECKPOINT_NAMES.pause);
    }, delayMs);
    timer.unref();
    this.timers.set(documentId, timer);
  }

  private cancel(documentId: string): void {
    const timer = this.timers.get(documentId);
    if (timer) clearTimeout(timer);
    this.timers.delete(documentId);
  }

  private checkpoint(documentId: string, name: string): void {
    try {
      this.revisions.cut(documentId, { kind: 'checkpoint', name, by: null });
    } catch (error) {
      this.log(`checkpoint of ${documentId} failed: ${String(error)}`);
    }
  }
}
