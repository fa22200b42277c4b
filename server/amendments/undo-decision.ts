/**
 * Undoing an accepted amendment: its change of words reverted as a new edit (history is never rewritten),
 * the amendment open again, the amendments its acceptance made stale open again where their text is found,
 * all in one durable transaction and audited; refused once a later edit touched the words it wrote, or
 * while the paragraph is agreed (its text locked).
 */
import { createTextAnchor, resolveAnchor } from '../../shared/amendments/anchor.js';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { paragraphIndex, replaceInParagraph } from '../../shared/document/paragraph-text.js';
import { blockText } from '../../shared/document/read-blocks.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import type { LockingStatus } from '../../shared/document/kinds.js';
import { lockedParagraph } from '../paragraphs/paragraph-locks.js';
import { ApiError, conflict, notFound } from '../http/errors.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import { storedAnchor } from './amendment-rules.js';
import type { AmendmentRecord, AmendmentsRepo } from './amendments.repo.js';
import { overlapReason } from './stale-reasons.js';

export interface UndoDeps {
  repo: AmendmentsRepo;
  registry: RoomRegistry;
  audit: AuditRepo;
  /** Tells everyone an amendment's current state (the service's announce, which also refreshes the listed view). */
  announce: (documentId: string, id: string) => void;
  view: (documentId: string, record: AmendmentRecord) => AmendmentView;
  /** The status locking a paragraph's text (agreed, agreed ad ref), if any. */
  lockedBy: (documentId: string, paragraphId: string) => LockingStatus | undefined;
}

/**
 * Where the accepted words are now: the proposed text between the context it was proposed in. Any later
 * edit of those words or of that context moves it out of reach, and the undo is refused.
 */
export function acceptedWordsAt(text: string, record: Pick<AmendmentRecord, 'proposed' | 'contextBefore' | 'contextAfter' | 'offsetFrom'>): number | 'gone' | 'ambiguous' {
  const { proposed, contextBefore: before, contextAfter: after } = record;
  const found: number[] = [];
  for (let at = before.length; at + proposed.length + after.length <= text.length; at += 1) {
    if (text.startsWith(proposed, at) && text.startsWith(before, at - before.length) && text.startsWith(after, at + proposed.length)) found.push(at);
  }
  if (found.length === 0) return 'gone';
  if (found.length === 1) return found[0] ?? 'gone';
  return found.includes(record.offsetFrom) ? record.offsetFrom : 'ambiguous';
}

export function undoAcceptance(deps: UndoDeps, documentId: string, id: string, chair: ParticipantRecord): AmendmentView {
  const record = deps.repo.byId(documentId, id);
  if (!record) throw notFound('amendment');
  if (record.status !== 'accepted') throw conflict(`only an accepted amendment can be undone; this one is ${record.status}`);
  if (record.kind === 'insert-paragraph' || record.kind === 'delete-paragraph') {
    throw new ApiError(409, 'not_undoable', 'a paragraph added or deleted is not undone here: propose its deletion or its return instead');
  }
  const locked = deps.lockedBy(documentId, record.paragraphId);
  if (locked) throw lockedParagraph(record.paragraphId, locked);
  const room = deps.registry.open(documentId);
  const entry = paragraphIndex(room.doc).get(record.paragraphId);
  if (!entry) throw new ApiError(409, 'not_undoable', 'the paragraph it changed was deleted since');
  const at = acceptedWordsAt(blockText(entry.element), record);
  if (at === 'gone') throw new ApiError(409, 'not_undoable', 'the words it wrote were edited since: propose the change back instead');
  if (at === 'ambiguous') throw new ApiError(409, 'not_undoable', 'the words it wrote now appear more than once around the same context');

  const staled = deps.repo.list(documentId, { status: 'stale' }).filter((other) => other.staleReason === overlapReason(id));
  const reopened = deps.registry.durably(documentId, () => {
    if (!deps.repo.reopen(id, record.version, ['accepted'])) throw conflict('the amendment changed meanwhile');
    room.edit({ participantId: chair.id }, () => replaceInParagraph(entry.element, at, at + record.proposed.length, record.expected));
    const anchor = createTextAnchor(entry.element, at, at + record.expected.length);
    if (anchor) deps.repo.reanchor(id, record.paragraphId, anchor, at, at + record.expected.length);
    deps.audit.append(documentId, { participantId: chair.id, groupId: chair.groupId }, 'amendment.acceptance-undone', id, { paragraphId: record.paragraphId });
    // Those it made stale can apply again where their words are back.
    return staled.filter((other) => {
      const where = resolveAnchor(room.doc, storedAnchor(other));
      if (!where.ok || !deps.repo.reopen(other.id, other.version, ['stale'])) return false;
      if (where.anchor) deps.repo.reanchor(other.id, where.paragraphId, where.anchor, where.from, where.to);
      else deps.repo.updateOffsets(other.id, where.from, where.to);
      return true;
    });
  });
  for (const other of [record, ...reopened]) deps.announce(documentId, other.id);
  const undone = deps.repo.byId(documentId, id);
  if (!undone) throw new Error('the amendment undone vanished');
  return deps.view(documentId, undone);
}
