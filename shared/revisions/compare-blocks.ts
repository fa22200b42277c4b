/**
 * Compares two versions of a document paragraph by paragraph: matched by stable id (so a moved or
 * renumbered paragraph is not shown as deleted and re-added), word-level changes inside each.
 */
import type { Block } from '../document/read-blocks.js';
import { paragraphOrder } from './paragraph-order.js';
import type { ComparedParagraph, Comparison } from './revision-schemas.js';
import { DiffBudget, wordDiff } from './word-diff.js';

type ComparableBlock = Pick<Block, 'id' | 'kind' | 'number' | 'status' | 'text'>;

function keyed(blocks: readonly ComparableBlock[]): Array<ComparableBlock & { id: string }> {
  // A block without an id cannot be matched, nor can a second one with the same id (a damaged
  // document): key it by position so it still shows.
  const seen = new Set<string>();
  return blocks.map((block, index) => {
    const id = block.id === null || seen.has(block.id) ? `#${index}` : block.id;
    seen.add(id);
    return { ...block, id };
  });
}

export function compareBlocks(
  fromBlocks: readonly ComparableBlock[],
  toBlocks: readonly ComparableBlock[],
  labels: Pick<Comparison, 'from' | 'to'>,
): Comparison {
  const from = keyed(fromBlocks);
  const to = keyed(toBlocks);
  const fromById = new Map(from.map((block) => [block.id, block]));
  const toById = new Map(to.map((block) => [block.id, block]));
  const paragraphs: ComparedParagraph[] = [];
  const summary = { added: 0, deleted: 0, changed: 0, moved: 0, renumbered: 0, unchanged: 0 };
  const budget = new DiffBudget();

  const emit = (id: string, moved: boolean) => {
    const before = fromById.get(id);
    const after = toById.get(id);
    if (!after && before) {
      summary.deleted += 1;
      paragraphs.push({
        id, change: 'deleted', moved: false, kind: before.kind, previousKind: before.kind, fromNumber: before.number, toNumber: null,
        renumbered: false, fromStatus: before.status, toStatus: null, segments: before.text ? [{ type: 'delete', text: before.text }] : [],
      });
      return;
    }
    if (!after) return;
    if (!before) {
      summary.added += 1;
      paragraphs.push({
        id, change: 'added', moved: false, kind: after.kind, previousKind: null, fromNumber: null, toNumber: after.number,
        renumbered: false, fromStatus: null, toStatus: after.status, segments: after.text ? [{ type: 'insert', text: after.text }] : [],
      });
      return;
    }
    const changed = before.text !== after.text || before.kind !== after.kind;
    const renumbered = before.number !== after.number && before.number !== null && after.number !== null;
    summary[changed ? 'changed' : 'unchanged'] += 1;
    if (moved) summary.moved += 1;
    if (renumbered) summary.renumbered += 1;
    const { segments, replacedWhole } = wordDiff(before.text, after.text, budget);
    paragraphs.push({
      id, change: changed ? 'changed' : 'unchanged', moved, kind: after.kind, previousKind: before.kind, fromNumber: before.number,
      toNumber: after.number, renumbered, fromStatus: before.status, toStatus: after.status, segments, ...(replacedWhole ? { replacedWhole } : {}),
    });
  };

  for (const step of paragraphOrder(from.map((block) => block.id), to.map((block) => block.id))) {
    if (step.side === 'from') {
      if (!toById.has(step.id)) emit(step.id, false);
    } else {
      emit(step.id, step.side === 'to' && step.moved);
    }
  }
  return { ...labels, summary, paragraphs };
}
