/**
 * What the live text may hold as Yjs types, read from the one document schema: the block and inline
 * node names, their attributes and the marks. The server holds every incoming update to it.
 */
import { outcomeSchema } from './extensions.js';

export interface StoredShape {
  /** Top-level blocks (textblocks of the document node). */
  blocks: ReadonlySet<string>;
  /** Inline nodes other than text, stored as elements inside a block (a hard break). */
  inlineNodes: ReadonlySet<string>;
  marks: ReadonlySet<string>;
  attributes: ReadonlyMap<string, ReadonlySet<string>>;
}

let shape: StoredShape | null = null;

export function storedShape(): StoredShape {
  if (shape) return shape;
  const schema = outcomeSchema();
  const blocks = new Set<string>();
  const inlineNodes = new Set<string>();
  const attributes = new Map<string, ReadonlySet<string>>();
  for (const [name, type] of Object.entries(schema.nodes)) {
    if (type.isTextblock) blocks.add(name);
    else if (type.isInline && !type.isText) inlineNodes.add(name);
    attributes.set(name, new Set(Object.keys(type.spec.attrs ?? {})));
  }
  shape = { blocks, inlineNodes, marks: new Set(Object.keys(schema.marks)), attributes };
  return shape;
}
