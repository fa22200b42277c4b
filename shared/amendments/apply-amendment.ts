/** Applies an accepted amendment to the live document, inside the caller's Yjs transaction. */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../document/kinds.js';
import { newParagraphId } from '../document/paragraph-id.js';
import { replaceInParagraph } from '../document/paragraph-text.js';
import type { AmendmentKind } from './amendment-schemas.js';
import type { Resolution } from './anchor.js';

export function applyAmendment(
  doc: Y.Doc,
  amendment: { kind: AmendmentKind; proposed: string; paragraphKind: string | null },
  resolution: Extract<Resolution, { ok: true }>,
): void {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  const position = fragment.toArray().indexOf(resolution.element);
  if (amendment.kind === 'insert-paragraph') {
    const block = new Y.XmlElement(amendment.paragraphKind ?? 'operative');
    block.setAttribute('id', newParagraphId());
    const text = new Y.XmlText();
    text.insert(0, amendment.proposed);
    block.insert(0, [text]);
    fragment.insert(position + 1, [block]);
    return;
  }
  if (amendment.kind === 'delete-paragraph') {
    fragment.delete(position, 1);
    return;
  }
  replaceInParagraph(resolution.element, resolution.from, resolution.to, amendment.proposed);
}
