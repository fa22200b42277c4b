/** Where each open amendment sits in the editor's document now, kept current as the text changes. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { ParagraphIndex } from './paragraph-index';
import { locateAnchor, mapRange, type Located } from './text-location';

/** Only open proposals are drawn in the text; decided, withdrawn and stale ones live in the panel. */
export function isDrawable(amendment: AmendmentView): boolean {
  return amendment.status === 'proposed';
}

function locateFresh(index: ParagraphIndex, amendment: AmendmentView): Located | null {
  const paragraph = index.byId.get(amendment.paragraphId);
  if (amendment.kind === 'insert-paragraph') {
    return paragraph ? { paragraphId: paragraph.id, from: paragraph.text.length, to: paragraph.text.length } : null;
  }
  if (amendment.kind === 'delete-paragraph') {
    return paragraph && paragraph.text === amendment.expected ? { paragraphId: paragraph.id, from: 0, to: paragraph.text.length } : null;
  }
  return locateAnchor(index, amendment);
}

function follow(before: ParagraphIndex, after: ParagraphIndex, amendment: AmendmentView, previous: Located): Located | null {
  if (amendment.kind === 'insert-paragraph' || amendment.kind === 'delete-paragraph') return locateFresh(after, amendment);
  const old = before.byId.get(previous.paragraphId);
  const now = after.byId.get(previous.paragraphId);
  if (old && now) {
    if (old.text === now.text) return previous;
    const moved = mapRange(old.text, now.text, previous.from, previous.to);
    if (moved) return { paragraphId: now.id, ...moved };
  }
  // The quote was edited, or its paragraph split or joined: look for it as the server would.
  const found = locateAnchor(after, { ...amendment, paragraphId: previous.paragraphId, from: previous.from, to: previous.to });
  return found ?? locateFresh(after, amendment);
}

/**
 * Locates every drawable amendment: new or changed views from scratch (their offsets, else quote and
 * context), the others by following their text through the document change.
 */
export function locateAll(
  amendments: readonly AmendmentView[],
  previous: { amendments: readonly AmendmentView[]; located: ReadonlyMap<string, Located>; index: ParagraphIndex } | null,
  index: ParagraphIndex,
): Map<string, Located> {
  const before = new Map(previous?.amendments.map((amendment) => [amendment.id, amendment]));
  const located = new Map<string, Located>();
  for (const amendment of amendments) {
    if (!isDrawable(amendment)) continue;
    const last = previous?.located.get(amendment.id);
    const unchanged = before.get(amendment.id) === amendment;
    let place: Located | null;
    if (unchanged && last && previous) place = previous.index === index ? last : follow(previous.index, index, amendment, last);
    else if (unchanged && !last && previous && previous.index === index) place = null;
    else place = locateFresh(index, amendment);
    if (place) located.set(amendment.id, place);
  }
  return located;
}
