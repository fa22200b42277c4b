/**
 * The seams of a room's life, as one typed list of hooks: what a feature (the stale watcher,
 * automatic checkpoints, the title column) may watch, each with its payload. A feature implements
 * the hooks it needs and is handed to `RoomRegistry.use`; hooks run in the order they were added.
 */
import type { BlockChanges } from './block-changes.js';
import type { Room } from './room.js';

export interface RoomHookPayloads {
  /** A document was loaded into memory (its stored state applied, stored ids repaired after this). */
  opened: { room: Room };
  /** A transaction changed the document's blocks. `origin` is the connection or server edit that made it. */
  blocksChanged: { room: Room; changes: BlockChanges; origin: unknown };
  /** Updates of the room are on disk, before any message revealing them goes out. */
  committed: { room: Room; lastSeq: number; count: number };
  /** The room's state was written as its snapshot, folding `folded` updates through `throughSeq`. */
  compacted: { room: Room; throughSeq: number; folded: number; bytes: number };
  /** The last connection left; the room unloads after the idle delay unless someone joins. */
  emptied: { room: Room };
}

export type RoomHookName = keyof RoomHookPayloads;

export type RoomHooks = { [Name in RoomHookName]?: (payload: RoomHookPayloads[Name]) => void };

/** The hooks added so far, run one after another; an error in one stops the rest, as any call would. */
export class RoomHookList {
  private readonly list: RoomHooks[] = [];

  add(hooks: RoomHooks): void {
    this.list.push(hooks);
  }

  run<Name extends RoomHookName>(name: Name, payload: RoomHookPayloads[Name]): void {
    for (const hooks of this.list) hooks[name]?.(payload);
  }
}
