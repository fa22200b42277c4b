/** The kinds of block a UN-style outcome document is made of, and the status each paragraph carries. */
import { z } from 'zod';

export const BLOCK_KINDS = ['title', 'heading', 'preambular', 'operative', 'subparagraph'] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof blockKindSchema>;

/** Agreed ad ref: agreed pending confirmation (ad referendum) by the delegations' capitals. */
export const PARAGRAPH_STATUSES = ['open', 'bracketed', 'agreed-ad-ref', 'agreed'] as const;
export const paragraphStatusSchema = z.enum(PARAGRAPH_STATUSES);
export type ParagraphStatus = z.infer<typeof paragraphStatusSchema>;

/** The statuses that lock a paragraph's text until the chair reopens it. */
export const LOCKING_STATUSES = ['agreed-ad-ref', 'agreed'] as const satisfies readonly ParagraphStatus[];
export type LockingStatus = (typeof LOCKING_STATUSES)[number];

/** How the server's refusal of a change to a locked paragraph ends, so the editor can tell it from other refusals. */
export const LOCKED_TEXT_REFUSAL = 'its text is locked until the chair reopens it';

export function isLockingStatus(status: ParagraphStatus | null | undefined): status is LockingStatus {
  return status === 'agreed-ad-ref' || status === 'agreed';
}

export function isBlockKind(name: string): name is BlockKind {
  return (BLOCK_KINDS as readonly string[]).includes(name);
}

/** Name of the Y.XmlFragment holding the ProseMirror document (Tiptap's default). */
export const FRAGMENT_NAME = 'default';
