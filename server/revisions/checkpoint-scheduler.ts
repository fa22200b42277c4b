/** Automatic checkpoints: after a pause in editing, and when the last person leaves a document. */
import type { Room } from '../collab/room.js';
import type { RevisionsService } from './revisions.service.js';

export class CheckpointScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly revisions: RevisionsService,
    private readonly pauseMs: number,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  watch(room: Room): void {
    room.doc.on('update', () => this.schedule(room.documentId));
  }

  /** The last participant left: checkpoint now rather than after the pause. */
  emptied(room: Room): void {
    this.cancel(room.documentId);
    this.checkpoint(room.documentId, 'Checkpoint (everyone left)');
  }

  closeAll(): void {
    for (const documentId of [...this.timers.keys()]) this.cancel(documentId);
  }

  private schedule(documentId: string): void {
    this.cancel(documentId);
    const timer = setTimeout(() => {
      this.timers.delete(documentId);
      this.checkpoint(documentId, 'Checkpoint (pause in editing)');
    }, this.pauseMs);
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
