/**
 * Watches each open document for edits and re-resolves the open amendments on the paragraphs that
 * changed: an amendment whose text is gone becomes stale (and everyone is told at once); one whose
 * paragraph was split or joined follows its text.
 */
import { resolveAnchor } from '../../shared/amendments/anchor.js';
import { paragraphIndex } from '../../shared/document/paragraph-text.js';
import type { Room } from '../collab/room.js';
import type { RoomHookPayloads, RoomHooks } from '../collab/room-hooks.js';
import type { AmendmentsRepo } from './amendments.repo.js';
import type { AmendmentsService } from './amendments.service.js';
import { storedAnchor } from './amendment-rules.js';

const SETTLE_MS = 150;

export class StaleWatcher implements RoomHooks {
  private readonly pending = new Map<string, { paragraphs: Set<string>; structure: boolean; timer: NodeJS.Timeout }>();

  constructor(
    private readonly repo: AmendmentsRepo,
    private readonly service: AmendmentsService,
    private readonly openRoom: (documentId: string) => Room,
  ) {}

  blocksChanged({ room, changes }: RoomHookPayloads['blocksChanged']): void {
    this.schedule(room.documentId, new Set(changes.changed), changes.structure);
  }

  /** Re-checks now (tests and decisions use it to see the settled state). */
  flush(documentId: string): void {
    const entry = this.pending.get(documentId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(documentId);
    this.recheck(documentId, entry.paragraphs, entry.structure);
  }

  /** Settles every pending re-check now; for shutdown. */
  flushAll(): void {
    for (const documentId of [...this.pending.keys()]) this.flush(documentId);
  }

  private schedule(documentId: string, paragraphs: Set<string>, structure: boolean): void {
    const entry = this.pending.get(documentId);
    if (entry) {
      for (const id of paragraphs) entry.paragraphs.add(id);
      entry.structure ||= structure;
      return;
    }
    const timer = setTimeout(() => this.flush(documentId), SETTLE_MS);
    timer.unref();
    this.pending.set(documentId, { paragraphs, structure, timer });
  }

  private recheck(documentId: string, paragraphs: Set<string>, structure: boolean): void {
    const doc = this.openRoom(documentId).doc;
    const index = paragraphIndex(doc);
    // Blocks went away: amendments anchored in a paragraph that no longer exists need a look too.
    const targets = new Set(paragraphs);
    if (structure) for (const id of this.repo.openParagraphIds(documentId)) if (!index.has(id)) targets.add(id);
    const open = this.repo.listOpen(documentId, targets);
    if (open.length === 0) return;
    for (const record of open) {
      const resolution = resolveAnchor(doc, storedAnchor(record), index);
      if (!resolution.ok) {
        this.service.markStale(documentId, record, resolution.reason);
      } else if (resolution.anchor) {
        this.repo.reanchor(record.id, resolution.paragraphId, resolution.anchor, resolution.from, resolution.to);
        if (resolution.paragraphId !== record.paragraphId) this.service.announce(documentId, record.id);
        else this.service.moved(documentId, record.id, resolution.from, resolution.to);
      } else if (resolution.from !== record.offsetFrom || resolution.to !== record.offsetTo) {
        this.repo.updateOffsets(record.id, resolution.from, resolution.to);
        this.service.moved(documentId, record.id, resolution.from, resolution.to);
      }
    }
  }
}
