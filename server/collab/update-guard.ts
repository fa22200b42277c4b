/**
 * Checks a client's update against the document schema, the size limits, what the sender's role
 * may change and the paragraphs locked by their status, before anything of it is applied or stored. One pass over the update (stopping at the
 * first breach) plus a lookup per struct in the document: the cost follows the update's size, never
 * the document's.
 */
import * as Y from 'yjs';
import { describeBreach, REFUSED_UPDATE_CLOSE_CODE, type DocumentLimits, type LimitBreach } from '../../shared/collab/limits.js';
import { CLOSE_CODES } from '../../shared/collab/protocol-constants.js';
import { FRAGMENT_NAME, LOCKED_TEXT_REFUSAL, type LockingStatus } from '../../shared/document/kinds.js';
import { isParagraphId } from '../../shared/document/paragraph-id.js';
import { storedShape } from '../../shared/document/stored-shape.js';
import { scanUpdate, TYPE_REFS, UnreadableUpdate, type ScannedDeletion, type ScannedId, type ScannedItem } from './update-scan.js';

export interface UpdateRules {
  limits: DocumentLimits;
  /** Whether the sender may change the title block (the chair renames; others may not). */
  mayEditTitle: boolean;
  /** Paragraphs no one may change (id → the status that locks it): agreed, agreed ad ref. */
  lockedParagraphs: ReadonlyMap<string, LockingStatus>;
}

export type UpdateVerdict =
  | { ok: true; blocksAdded: number }
  | { ok: false; code: number; reason: string; breach?: LimitBreach };

type Parent =
  | { kind: 'root'; name: string }
  | { kind: 'new'; item: ScannedItem }
  | { kind: 'stored'; type: object }
  | { kind: 'gc' }
  | { kind: 'missing' }
  | { kind: 'later' };

interface Placement {
  parent: Parent;
  parentSub: string | null;
}

/** A type the update writes into, as far as the rules care. */
type Container =
  | { kind: 'fragment' }
  | { kind: 'element'; nodeName: string; key: object }
  | { kind: 'text'; key: object; block: Container | null }
  | { kind: 'other' };

class Refusal extends Error {
  constructor(readonly code: number, reason: string, readonly breach?: LimitBreach) {
    super(reason);
  }
}

const schemaRefusal = (reason: string) => new Refusal(CLOSE_CODES.badMessage, reason);
const limitRefusal = (breach: LimitBreach) => new Refusal(REFUSED_UPDATE_CLOSE_CODE, describeBreach(breach), breach);
const lockRefusal = (paragraphId: string, status: LockingStatus) =>
  schemaRefusal(`paragraph ${paragraphId} is ${status}: ${LOCKED_TEXT_REFUSAL}`);

/** The update's items by client, in clock order, for finding the item an id points into. */
class ScannedIndex {
  private readonly byClient = new Map<number, ScannedItem[]>();

  add(item: ScannedItem): void {
    const list = this.byClient.get(item.client);
    if (list) list.push(item);
    else this.byClient.set(item.client, [item]);
  }

  find(id: ScannedId): ScannedItem | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle] as ScannedItem;
      if (id.clock < item.clock) high = middle - 1;
      else if (id.clock >= item.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

export function checkUpdate(doc: Y.Doc, update: Uint8Array, rules: UpdateRules): UpdateVerdict {
  try {
    return { ok: true, blocksAdded: new UpdateCheck(doc, rules).run(update) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, reason: error.message, breach: error.breach };
    if (error instanceof UnreadableUpdate) return { ok: false, code: CLOSE_CODES.badMessage, reason: `unreadable update: ${error.message}` };
    throw error;
  }
}

class UpdateCheck {
  private readonly shape = storedShape();
  private readonly fragment: Y.XmlFragment;
  private readonly title: Y.XmlElement | null;
  private readonly index = new ScannedIndex();
  private readonly placements = new Map<ScannedItem, Placement>();
  private readonly deferred: ScannedItem[] = [];
  private readonly addedChars = new Map<object, number>();
  private readonly covered = new Map<number, number>();
  private blocksAdded = 0;
  private scanning = true;

  constructor(private readonly doc: Y.Doc, private readonly rules: UpdateRules) {
    this.fragment = doc.getXmlFragment(FRAGMENT_NAME);
    const first = this.fragment.get(0);
    this.title = first instanceof Y.XmlElement && first.nodeName === 'title' ? first : null;
  }

  run(update: Uint8Array): number {
    const deletions = scanUpdate(update, (item) => {
      this.checkContiguous(item);
      if (item.content.kind === 'gc' || item.content.kind === 'skip') return true;
      this.index.add(item);
      const placement = this.place(item);
      if (placement.parent.kind === 'later') this.deferred.push(item);
      else this.check(item, placement);
      return true;
    });
    this.scanning = false;
    // Items whose neighbour or parent came later in the update: placed now that every item is known.
    for (const item of this.deferred) this.placements.delete(item);
    for (const item of this.deferred) this.check(item, this.place(item));
    for (const range of deletions ?? []) {
      if (range.clock + range.length > this.coveredClock(range.client)) throw schemaRefusal('update deletes changes this document does not have');
    }
    // What the update deletes counts too: replacing a long paragraph, or the whole text, is no growth.
    const removed = this.removedByDeletions(deletions ?? []);
    const total = this.fragment.length + this.blocksAdded - removed.blocks;
    if (total > this.rules.limits.maxBlocksPerDocument) {
      throw limitRefusal({ limit: 'blocksPerDocument', found: total, max: this.rules.limits.maxBlocksPerDocument });
    }
    for (const [block, added] of this.addedChars) {
      const length = this.currentChars(block) - (removed.chars.get(block) ?? 0) + added;
      if (length > this.rules.limits.maxParagraphChars) {
        throw limitRefusal({ limit: 'paragraphChars', found: length, max: this.rules.limits.maxParagraphChars });
      }
    }
    return this.blocksAdded;
  }

  /**
   * A struct may only follow clocks the document or the update already has: anything after a gap
   * would wait in memory for changes that can never come (the server is every client's only source).
   */
  private checkContiguous(item: ScannedItem): void {
    if (item.content.kind === 'skip') return;
    if (item.clock > this.coveredClock(item.client)) throw schemaRefusal('update refers to changes this document does not have');
    this.covered.set(item.client, Math.max(this.covered.get(item.client) ?? 0, item.clock + item.length));
  }

  private coveredClock(client: number): number {
    return Math.max(Y.getState(this.doc.store, client), this.covered.get(client) ?? 0);
  }

  /** Where an item goes: the parent written in it, or its neighbour's, as Yjs integrates it. */
  private place(item: ScannedItem): Placement {
    // Followed iteratively: after the scan, a long paste's deferred items form chains as long as the paste.
    const chain = new Set<ScannedItem>();
    let current = item;
    let placement: Placement;
    for (;;) {
      const memo = this.placements.get(current);
      if (memo) {
        placement = memo;
        break;
      }
      chain.add(current);
      if (current.parent !== null) {
        placement = { parent: this.parentById(current.parent), parentSub: current.parentSub };
        break;
      }
      const neighbour = current.origin ?? current.rightOrigin;
      if (!neighbour) throw schemaRefusal('an item with neither a parent nor a neighbour');
      if ((current.origin && this.isStoredGc(current.origin)) || (current.rightOrigin && this.isStoredGc(current.rightOrigin))) {
        placement = { parent: { kind: 'gc' }, parentSub: null };
        break;
      }
      const inUpdate = this.index.find(neighbour);
      if (!inUpdate) {
        placement = this.placementOfStored(neighbour);
        break;
      }
      if (chain.has(inUpdate)) throw schemaRefusal('items that are their own neighbours');
      current = inUpdate;
    }
    for (const link of chain) this.placements.set(link, placement);
    return placement;
  }

  private isStored(id: ScannedId): boolean {
    return id.clock < Y.getState(this.doc.store, id.client);
  }

  private isStoredGc(id: ScannedId): boolean {
    return this.isStored(id) && Y.getItem(this.doc.store, Y.createID(id.client, id.clock)) instanceof Y.GC;
  }

  private placementOfStored(id: ScannedId): Placement {
    if (!this.isStored(id)) return { parent: this.scanning ? { kind: 'later' } : { kind: 'missing' }, parentSub: null };
    const struct = Y.getItem(this.doc.store, Y.createID(id.client, id.clock));
    if (!(struct instanceof Y.Item)) return { parent: { kind: 'gc' }, parentSub: null };
    const type = struct.parent as Y.AbstractType<unknown>;
    const parent: Parent = type._item === null ? { kind: 'root', name: Y.findRootTypeKey(type) } : { kind: 'stored', type };
    return { parent, parentSub: struct.parentSub };
  }

  private parentById(parent: string | ScannedId): Parent {
    if (typeof parent === 'string') return { kind: 'root', name: parent };
    const inUpdate = this.index.find(parent);
    if (inUpdate) {
      if (inUpdate.clock !== parent.clock || inUpdate.content.kind !== 'type') throw schemaRefusal('a parent that is not a type');
      return { kind: 'new', item: inUpdate };
    }
    if (!this.isStored(parent)) return this.scanning ? { kind: 'later' } : { kind: 'missing' };
    const struct = Y.getItem(this.doc.store, Y.createID(parent.client, parent.clock));
    if (!(struct instanceof Y.Item)) return { kind: 'gc' };
    if (!(struct.content instanceof Y.ContentType)) throw schemaRefusal('a parent that is not a type');
    return { kind: 'stored', type: struct.content.type };
  }

  private container(parent: Parent): Container {
    switch (parent.kind) {
      case 'root':
        if (parent.name !== FRAGMENT_NAME) throw schemaRefusal(`only the "${FRAGMENT_NAME}" fragment may be written, not "${parent.name}"`);
        return { kind: 'fragment' };
      case 'new': {
        const content = parent.item.content;
        if (content.kind !== 'type') return { kind: 'other' };
        if (content.typeRef === TYPE_REFS.xmlElement) return { kind: 'element', nodeName: content.nodeName ?? '', key: parent.item };
        if (content.typeRef === TYPE_REFS.xmlText) {
          const outer = this.placements.get(parent.item);
          return { kind: 'text', key: parent.item, block: outer ? this.container(outer.parent) : null };
        }
        return { kind: 'other' };
      }
      case 'stored':
        return this.storedContainer(parent.type);
      default:
        return { kind: 'other' };
    }
  }

  private storedContainer(type: object): Container {
    if (type === this.fragment) return { kind: 'fragment' };
    if (type instanceof Y.XmlElement) return { kind: 'element', nodeName: type.nodeName, key: type };
    if (type instanceof Y.XmlText) {
      const block = type.parent instanceof Y.XmlElement ? this.storedContainer(type.parent) : null;
      return { kind: 'text', key: type, block };
    }
    return { kind: 'other' };
  }

  private isTitle(container: Container | null): boolean {
    if (!container) return false;
    if (container.kind === 'text') return this.isTitle(container.block);
    return container.kind === 'element' && (container.nodeName === 'title' || container.key === this.title);
  }

  private check(item: ScannedItem, placement: Placement): void {
    // What the document already has is skipped by Yjs; only what is new needs the rules.
    if (item.clock + item.length <= Y.getState(this.doc.store, item.client)) return;
    const { parent, parentSub } = placement;
    if (parent.kind === 'gc') return;
    if (parent.kind === 'missing' || parent.kind === 'later') throw schemaRefusal('update refers to changes this document does not have');
    const content = item.content;
    if (content.kind === 'doc' || content.kind === 'binary' || content.kind === 'json' || content.kind === 'embed') {
      throw schemaRefusal(`${content.kind} content is not part of the document schema`);
    }
    if (content.kind === 'type' && content.typeRef !== TYPE_REFS.xmlElement && content.typeRef !== TYPE_REFS.xmlText) {
      throw schemaRefusal('only XML elements and XML text may be created');
    }
    const container = this.container(parent);
    this.checkUnlocked(container);
    if (content.kind === 'deleted') return;
    if (!this.rules.mayEditTitle && this.isTitle(container)) throw schemaRefusal('only the chair may change the title');
    switch (container.kind) {
      case 'fragment':
        this.checkBlock(item, parentSub);
        return;
      case 'element':
        if (parentSub === null) this.checkChild(item, container.nodeName);
        else this.checkAttribute(item, container.nodeName, parentSub);
        return;
      case 'text':
        this.checkText(item, container, parentSub);
        return;
      case 'other':
        throw schemaRefusal('a change inside something that is not part of the document');
    }
  }

  /** Nothing may be written into a locked block: not its text, its marks, its line breaks or its attributes. */
  private checkUnlocked(container: Container | null): void {
    const block = container?.kind === 'text' ? container.block : container;
    // Only a stored block can be locked: one the update creates has no status yet.
    if (block?.kind === 'element' && block.key instanceof Y.XmlElement) this.checkBlockUnlocked(block.key);
  }

  private checkBlockUnlocked(block: Y.XmlElement): void {
    if (block.parent !== this.fragment) return;
    const id = block.getAttribute('id');
    const status = typeof id === 'string' ? this.rules.lockedParagraphs.get(id) : undefined;
    if (id && status) throw lockRefusal(id, status);
  }

  private checkBlock(item: ScannedItem, parentSub: string | null): void {
    const content = item.content;
    if (parentSub !== null) throw schemaRefusal('the document fragment has no attributes');
    if (content.kind !== 'type' || content.typeRef !== TYPE_REFS.xmlElement || !this.shape.blocks.has(content.nodeName ?? '')) {
      const name = content.kind === 'type' ? content.nodeName ?? 'text' : content.kind;
      throw schemaRefusal(`"${name}" is not a block of the document schema`);
    }
    if (content.nodeName === 'title' && !this.rules.mayEditTitle) throw schemaRefusal('only the chair may change the title');
    if (item.origin === null && this.title && content.nodeName !== 'title') throw schemaRefusal('nothing may come before the title');
    this.blocksAdded += 1;
    if (this.blocksAdded > this.rules.limits.maxBlocksPerUpdate) {
      // The scan stops here, so the sender is told "more than the limit", not the exact count.
      throw limitRefusal({ limit: 'blocksPerUpdate', found: this.blocksAdded, max: this.rules.limits.maxBlocksPerUpdate, atLeast: true });
    }
  }

  private checkChild(item: ScannedItem, nodeName: string): void {
    const content = item.content;
    if (!this.shape.blocks.has(nodeName)) throw schemaRefusal(`"${nodeName}" holds no content`);
    if (content.kind === 'type' && (content.typeRef === TYPE_REFS.xmlText || this.shape.inlineNodes.has(content.nodeName ?? ''))) return;
    throw schemaRefusal(`a ${nodeName} holds text and line breaks only`);
  }

  private checkAttribute(item: ScannedItem, nodeName: string, key: string): void {
    const allowed = this.shape.attributes.get(nodeName);
    if (!allowed?.has(key)) throw schemaRefusal(`"${key}" is not an attribute of ${nodeName}`);
    const content = item.content;
    if (content.kind !== 'any' || content.values.length !== 1) throw schemaRefusal(`a malformed "${key}" attribute`);
    if (key === 'id' && !isParagraphId(content.values[0])) throw schemaRefusal('a malformed paragraph id');
  }

  private checkText(item: ScannedItem, container: Extract<Container, { kind: 'text' }>, parentSub: string | null): void {
    if (parentSub !== null) throw schemaRefusal('text has no attributes');
    const content = item.content;
    if (content.kind === 'format') {
      const value = content.value;
      if (!this.shape.marks.has(content.key)) throw schemaRefusal(`"${content.key}" is not a mark of the document schema`);
      if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw schemaRefusal('a malformed mark');
      return;
    }
    if (content.kind !== 'string') throw schemaRefusal('text holds characters and marks only');
    const block = container.block && container.block.kind === 'element' ? container.block.key : container.key;
    const added = (this.addedChars.get(block) ?? 0) + content.length;
    this.addedChars.set(block, added);
    // Whatever the update deletes, a paragraph cannot end shorter than what it adds: refuse at once.
    if (added > this.rules.limits.maxParagraphChars) {
      throw limitRefusal({ limit: 'paragraphChars', found: added, max: this.rules.limits.maxParagraphChars });
    }
  }

  private currentChars(block: object): number {
    if (block instanceof Y.XmlElement) {
      let length = 0;
      for (const child of block.toArray()) if (child instanceof Y.XmlText) length += child.length;
      return length;
    }
    if (block instanceof Y.XmlText) return block.length;
    return 0;
  }

  /**
   * Blocks and characters per block the update's deletions remove from the document; on the way,
   * a sender who may not edit the title may not delete it or any of its text either, and no one may
   * delete a locked block or anything in it.
   */
  private removedByDeletions(deletions: readonly ScannedDeletion[]): { blocks: number; chars: Map<object, number> } {
    const removed = { blocks: 0, chars: new Map<object, number>() };
    const guardTitle = this.title !== null && !this.rules.mayEditTitle;
    const store = this.doc.store;
    for (const range of deletions) {
      const structs = store.clients.get(range.client);
      if (!structs) continue;
      const end = Math.min(range.clock + range.length, Y.getState(store, range.client));
      if (range.clock >= end) continue;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i];
        if (!struct || struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const parent = struct.parent as object;
        const own = struct.content instanceof Y.ContentType ? struct.content.type : null;
        const block = parent === this.fragment ? own : parent instanceof Y.XmlText ? parent.parent : parent;
        if (block instanceof Y.XmlElement) this.checkBlockUnlocked(block);
        if (guardTitle && (own === this.title || parent === this.title || (parent instanceof Y.XmlText && parent.parent === this.title))) {
          throw schemaRefusal('only the chair may change the title');
        }
        if (parent === this.fragment && own !== null) removed.blocks += 1;
        if (parent instanceof Y.XmlText && struct.content instanceof Y.ContentString) {
          const overlap = Math.min(end, struct.id.clock + struct.length) - Math.max(range.clock, struct.id.clock);
          const block = parent.parent instanceof Y.XmlElement ? parent.parent : parent;
          removed.chars.set(block, (removed.chars.get(block) ?? 0) + overlap);
        }
      }
    }
    return removed;
  }
}
