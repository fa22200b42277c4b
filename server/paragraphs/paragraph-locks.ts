/**
 * Which paragraphs of each document are locked (agreed, agreed ad ref), kept in memory: the socket
 * checks every client update against them, so they are read from the database once per document and
 * then kept current by the paragraph-status service, never read per update.
 */
import { isLockingStatus, type LockingStatus, type ParagraphStatus } from '../../shared/document/kinds.js';
import { ApiError } from '../http/errors.js';

/** A document's locked paragraphs: id → the status that locks it. */
export type LockedParagraphs = ReadonlyMap<string, LockingStatus>;

export class ParagraphLocks {
  private readonly byDocument = new Map<string, Map<string, LockingStatus>>();

  /** `load` reads a document's stored statuses (absent means open). */
  constructor(private readonly load: (documentId: string) => ReadonlyMap<string, ParagraphStatus>) {}

  of(documentId: string): LockedParagraphs {
    return this.entry(documentId);
  }

  statusOf(documentId: string, paragraphId: string): LockingStatus | undefined {
    return this.entry(documentId).get(paragraphId);
  }

  /** Called once a status change is committed. */
  changed(documentId: string, paragraphId: string, status: ParagraphStatus): void {
    const locked = this.entry(documentId);
    if (isLockingStatus(status)) locked.set(paragraphId, status);
    else locked.delete(paragraphId);
  }

  private entry(documentId: string): Map<string, LockingStatus> {
    let locked = this.byDocument.get(documentId);
    if (!locked) {
      locked = new Map();
      for (const [paragraphId, status] of this.load(documentId)) if (isLockingStatus(status)) locked.set(paragraphId, status);
      this.byDocument.set(documentId, locked);
    }
    return locked;
  }
}

/** The 409 for a change to a locked paragraph's text through the API, naming the status that locks it. */
export function lockedParagraph(paragraphId: string, status: LockingStatus): ApiError {
  const label = status === 'agreed-ad-ref' ? 'agreed ad ref (agreed-ad-ref)' : 'agreed';
  return new ApiError(409, 'paragraph_locked', `paragraph ${paragraphId} is ${label}: its text is locked until the chair reopens it`);
}
