/** Creating a document: its record, its first content and its chair, in one transaction. */
import { DEFAULT_GROUPS, findGroup, type StakeholderGroup } from '../../shared/groups.js';
import type { CreateDocumentRequest } from '../../shared/api/documents.js';
import { readTitle } from '../../shared/document/read-blocks.js';
import * as Y from 'yjs';
import type { Db } from '../db/database.js';
import type { UpdateLogRepo } from '../collab/update-log.repo.js';
import { badRequest } from '../http/errors.js';
import type { DocumentRecord, DocumentsRepo } from './documents.repo.js';
import type { ParticipantRecord, ParticipantsRepo } from '../participants/participants.repo.js';
import { contentFor, initialState } from './document-content.js';

function titleOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const title = readTitle(doc) || 'Untitled outcome document';
  doc.destroy();
  return title;
}

export interface CreateDocumentDeps {
  db: Db;
  documents: DocumentsRepo;
  participants: ParticipantsRepo;
  updateLog: UpdateLogRepo;
}

export function createDocument(
  deps: CreateDocumentDeps,
  request: CreateDocumentRequest,
  creator: { personId: string; groupId: string },
): { document: DocumentRecord; chair: ParticipantRecord } {
  const groups: StakeholderGroup[] = request.groups ?? [...DEFAULT_GROUPS];
  if (new Set(groups.map((group) => group.id)).size !== groups.length) throw badRequest('group ids must be unique');
  const groupId = request.groupId ?? creator.groupId;
  if (!findGroup(groups, groupId)) throw badRequest(`groupId "${groupId}" is not one of the document's groups`);
  const state = initialState(contentFor(request));
  return deps.db.transaction(() => {
    const document = deps.documents.create({ title: titleOf(state), groups, createdBy: creator.personId });
    deps.updateLog.compact(document.id, state, 0);
    const chair = deps.participants.addParticipant({
      documentId: document.id,
      personId: creator.personId,
      role: 'chair',
      groupId,
      invitedBy: null,
    });
    return { document, chair };
  })();
}
