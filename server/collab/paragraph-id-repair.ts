/**
 * Keeps every block's id present and unique on the server: a block without an id gets a fresh one,
 * and of two blocks with the same id the one that held it before keeps it, so a forged copy can
 * never take over a paragraph's id, its status or its amendments.
 */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { newParagraphId } from '../../shared/document/paragraph-id.js';

/**
 * The blocks whose id must be replaced. `isNew` tells an item of the change being accepted from one
 * the document already had; on a document loaded from disk every item is old and the first keeps it.
 */
export function blocksNeedingIds(doc: Y.Doc, isNew: (item: Y.Item) => boolean = () => false): Y.XmlElement[] {
  const holders = new Map<string, Y.XmlElement>();
  const repairs: Y.XmlElement[] = [];
  const holdsSince = (block: Y.XmlElement) => {
    const idItem = block._map.get('id');
    return idItem !== undefined && !isNew(idItem);
  };
  for (const node of doc.getXmlFragment(FRAGMENT_NAME).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const id = node.getAttribute('id');
    if (typeof id !== 'string' || id === '') {
      repairs.push(node);
      continue;
    }
    const holder = holders.get(id);
    if (!holder) {
      holders.set(id, node);
    } else if (!holdsSince(holder) && holdsSince(node)) {
      repairs.push(holder);
      holders.set(id, node);
    } else {
      repairs.push(node);
    }
  }
  return repairs;
}

export function giveFreshIds(blocks: readonly Y.XmlElement[]): void {
  for (const block of blocks) block.setAttribute('id', newParagraphId());
}
