/** Documents as a participant sees them: listing, creating and renaming, with the live title. */
import type { CreateDocumentRequest, DocumentSummary } from '../../shared/api/documents.js';
import type { DocumentLimits } from '../../shared/collab/limits.js';
import { readTitle } from '../../shared/document/read-blocks.js';
import type { AuditRepo } from '../audit/audit.repo.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import { forbidden } from '../http/errors.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import { createDocument, type CreateDocumentDeps } from './create-document.js';
import { setTitleText } from './document-content.js';
import type { DocumentRecord } from './documents.repo.js';

export interface DocumentsDeps extends CreateDocumentDeps {
  registry: RoomRegistry;
  audit: AuditRepo;
  documentLimits: DocumentLimits;
}

export class DocumentsService {
  constructor(private readonly deps: DocumentsDeps) {}

  /** The documents a person takes part in, the most recently changed first. */
  listFor(personId: string): DocumentSummary[] {
    return this.deps.participants
      .listForPerson(personId)
      .flatMap((membership) => {
        const document = this.deps.documents.byId(membership.documentId);
        return document ? [this.summary(document, membership)] : [];
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Creating documents is the chair's office's: anyone who chairs a document may open a new one. */
  create(personId: string, request: CreateDocumentRequest): DocumentSummary {
    const first = this.deps.participants.listForPerson(personId).find((membership) => membership.role === 'chair');
    if (!first) throw forbidden('only a chair may create documents');
    const { document, chair } = createDocument(this.deps, request, { personId, groupId: first.groupId });
    return this.summary(document, chair);
  }

  /** The title changes in the live text and in the document's record together, or not at all. */
  rename(document: DocumentRecord, by: ParticipantRecord, title: string): DocumentSummary {
    this.deps.registry.durably(document.id, (room) => {
      room.edit({ participantId: by.id }, (doc) => setTitleText(doc, title));
      this.deps.documents.setTitle(document.id, title);
      this.deps.audit.append(document.id, { participantId: by.id, groupId: by.groupId }, 'document.renamed', null, { title });
    });
    return this.summary(this.deps.documents.byId(document.id) ?? document, by);
  }

  summary(document: DocumentRecord, me: ParticipantRecord): DocumentSummary {
    return {
      id: document.id,
      title: this.liveTitle(document),
      groups: document.groups,
      createdAt: new Date(document.createdAt).toISOString(),
      updatedAt: new Date(document.updatedAt).toISOString(),
      myRole: me.role,
      myGroupId: me.groupId,
      myParticipantId: me.id,
      limits: this.deps.documentLimits,
    };
  }

  /** An open document's title as it is being typed; the stored one (synced on compaction) otherwise. */
  private liveTitle(document: DocumentRecord): string {
    if (!this.deps.registry.isOpen(document.id)) return document.title;
    return readTitle(this.deps.registry.open(document.id).doc) || document.title;
  }
}
