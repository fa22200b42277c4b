/** Builds the proposal the API expects from the composer's fields, re-reading the live text at submit time. */
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import type { ProposeBody } from '../amendments-api';
import type { ParagraphIndex } from '../inline/paragraph-index';
import { locateAnchor, type TextAnchor } from '../inline/text-location';

export type ParagraphKind = 'heading' | 'preambular' | 'operative' | 'subparagraph';

export interface ComposeFields {
  kind: AmendmentKind;
  paragraphId: string | null;
  anchor: TextAnchor | null;
  proposed: string;
  paragraphKind: ParagraphKind;
  rationale: string;
}

export type ComposeProblem = 'noParagraph' | 'needText' | 'nothing' | 'textGone';

export function composeBody(fields: ComposeFields, index: ParagraphIndex): ProposeBody | ComposeProblem {
  const rationale = fields.rationale.trim();
  if (fields.kind === 'insert-paragraph') {
    if (!fields.paragraphId) return 'noParagraph';
    if (fields.proposed.trim() === '') return 'needText';
    return { kind: 'insert-paragraph', paragraphId: fields.paragraphId, paragraphKind: fields.paragraphKind, proposed: fields.proposed.trim(), rationale };
  }
  if (fields.kind === 'delete-paragraph') {
    const paragraph = fields.paragraphId ? index.byId.get(fields.paragraphId) : undefined;
    if (!paragraph) return 'noParagraph';
    return { kind: 'delete-paragraph', paragraphId: paragraph.id, expected: paragraph.text, rationale };
  }
  if (!fields.anchor) return 'noParagraph';
  // Someone may have typed meanwhile: propose against where the text is now.
  const place = locateAnchor(index, fields.anchor);
  if (!place) return 'textGone';
  const proposed = fields.kind === 'delete' ? '' : fields.proposed;
  if (fields.kind !== 'delete' && proposed === '') return 'needText';
  if (proposed === fields.anchor.expected) return 'nothing';
  return { paragraphId: place.paragraphId, from: place.from, to: place.to, expected: fields.anchor.expected, proposed, rationale };
}
