/**
 * Pending suggestions typed in suggesting mode, kept apart from the live text. A draft replaces
 * `[from, to)` of one paragraph's plain text with `proposed`; edits that touch a draft merge into it,
 * so each contiguous change inside a paragraph is one draft. Offsets are the API's paragraph offsets.
 */
import type { DocParagraph, ParagraphIndex } from '../inline/paragraph-index';
import { anchorFor, locateAnchor, mapRange } from '../inline/text-location';

export interface Draft {
  id: string;
  paragraphId: string;
  from: number;
  to: number;
  /** The live text the draft replaces, as it read when last edited. */
  expected: string;
  proposed: string;
  contextBefore: string;
  contextAfter: string;
  /** Its text can no longer be found (edited or deleted by someone else meanwhile). */
  lost: boolean;
}

export interface EditResult {
  drafts: Draft[];
  /** The draft the edit went into (null when it was undone to nothing). */
  draft: Draft | null;
}

let counter = 0;
const newDraftId = () => {
  counter += 1;
  return `draft-${Date.now().toString(36)}-${counter}`;
};

function anchored(draft: Omit<Draft, 'expected' | 'contextBefore' | 'contextAfter'>, paragraph: DocParagraph): Draft {
  const anchor = anchorFor(paragraph, draft.from, draft.to);
  return { ...draft, expected: anchor.expected, contextBefore: anchor.contextBefore, contextAfter: anchor.contextAfter };
}

/** Whether a draft proposes anything at all. */
export function isEmptyDraft(draft: Pick<Draft, 'from' | 'to' | 'proposed'>): boolean {
  return draft.from === draft.to && draft.proposed === '';
}

/**
 * Replaces `[a, b)` of the paragraph's live text by `text`, as seen with the drafts applied. A draft's
 * proposed text shows just before offset `to`, so a selection that spans it replaces it too.
 */
export function applyEdit(drafts: readonly Draft[], paragraph: DocParagraph, a: number, b: number, text: string): EditResult {
  const touching = drafts.filter((draft) => !draft.lost && draft.paragraphId === paragraph.id && a <= draft.to && b >= draft.from);
  const others = drafts.filter((draft) => !touching.includes(draft));
  if (touching.length === 0) {
    if (a === b && text === '') return { drafts: [...drafts], draft: null };
    const created = anchored({ id: newDraftId(), paragraphId: paragraph.id, from: a, to: b, proposed: text, lost: false }, paragraph);
    return { drafts: [...others, created], draft: created };
  }
  const pieces: Array<{ at: number; order: number; text: string }> = [];
  for (const draft of touching) {
    const swallowed = a < b && a < draft.to && draft.to <= b;
    if (!swallowed) pieces.push({ at: draft.to, order: 0, text: draft.proposed });
  }
  pieces.push({ at: a, order: 1, text });
  pieces.sort((x, y) => x.at - y.at || x.order - y.order);
  const first = touching[0];
  if (!first) return { drafts: [...drafts], draft: null };
  const merged = anchored(
    {
      id: first.id,
      paragraphId: paragraph.id,
      from: Math.min(a, ...touching.map((draft) => draft.from)),
      to: Math.max(b, ...touching.map((draft) => draft.to)),
      proposed: pieces.map((piece) => piece.text).join(''),
      lost: false,
    },
    paragraph,
  );
  if (isEmptyDraft(merged)) return { drafts: others, draft: null };
  return { drafts: [...others, merged], draft: merged };
}

/** Takes the last character off a draft's proposed text (Backspace right after it). */
export function trimProposed(drafts: readonly Draft[], id: string): Draft[] {
  return drafts.flatMap((draft) => {
    if (draft.id !== id) return [draft];
    const characters = [...draft.proposed];
    characters.pop();
    const next = { ...draft, proposed: characters.join('') };
    return isEmptyDraft(next) ? [] : [next];
  });
}

/** The draft whose proposed text ends right before offset `at` of a paragraph. */
export function draftEndingAt(drafts: readonly Draft[], paragraphId: string, at: number): Draft | undefined {
  return drafts.find((draft) => !draft.lost && draft.paragraphId === paragraphId && draft.to === at && draft.proposed !== '');
}

/** Follows the live text after any change to the document (someone else's edit, an accepted amendment). */
export function followText(drafts: readonly Draft[], before: ParagraphIndex, after: ParagraphIndex): Draft[] {
  return drafts.map((draft) => {
    if (draft.lost) return draft;
    const old = before.byId.get(draft.paragraphId);
    const now = after.byId.get(draft.paragraphId);
    if (old && now) {
      if (old.text === now.text) return draft;
      const moved = mapRange(old.text, now.text, draft.from, draft.to);
      if (moved) return { ...draft, ...anchorFor(now, moved.from, moved.to) };
    }
    const found = locateAnchor(after, draft);
    const paragraph = found ? after.byId.get(found.paragraphId) : undefined;
    if (!found || !paragraph) return { ...draft, lost: true };
    return { ...draft, ...anchorFor(paragraph, found.from, found.to) };
  });
}
