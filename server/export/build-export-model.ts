/** Builds the export model once from the live text or a revision, the amendments, the groups and the statuses. */
import * as Y from 'yjs';
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { captionsFor, type ExportLanguage } from '../../shared/export/export-captions.js';
import { LIVE_REVISION, type ExportAmendment, type ExportModel } from '../../shared/export/export-model.js';
import { slugify } from '../../shared/export/file-name.js';
import { exportModelFromDoc } from '../../shared/export/model-from-doc.js';
import type { AppDeps } from '../app-deps.js';
import type { DocumentRecord } from '../documents/documents.repo.js';
import { notFound } from '../http/errors.js';
import type { ParticipantRecord } from '../participants/participants.repo.js';
import { statusReader, type StatusOf } from './paragraph-status.js';

interface TextSource {
  doc: Y.Doc;
  revision: ExportModel['revision'];
  statusOf: StatusOf;
  /** Frees a revision's private copy; the live document stays with its room. */
  release: () => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

function openText(deps: AppDeps, documentId: string, revisionId: string, now: Date, language: ExportLanguage): TextSource {
  if (revisionId === LIVE_REVISION) {
    const room = deps.registry.open(documentId);
    return {
      doc: room.doc,
      revision: { id: null, name: captionsFor(language).liveText, slug: LIVE_REVISION, createdAt: now.toISOString() },
      statusOf: statusReader(deps, documentId, null),
      release: () => undefined,
    };
  }
  const record = deps.revisions.byId(documentId, revisionId);
  if (!record) throw notFound(`revision ${revisionId}`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, record.state);
  return {
    doc,
    revision: { id: record.id, name: record.name, slug: slugify(record.name, 'revision'), createdAt: iso(record.createdAt) },
    statusOf: statusReader(deps, documentId, record),
    release: () => doc.destroy(),
  };
}

export function toExportAmendment(view: AmendmentView): ExportAmendment {
  return {
    id: view.id,
    kind: view.kind,
    paragraphId: view.paragraphId,
    paragraphKind: view.paragraphKind,
    from: view.from,
    to: view.to,
    expected: view.expected,
    proposed: view.proposed,
    contextBefore: view.contextBefore,
    rationale: view.rationale,
    status: view.status,
    author: { name: view.author.name, groupId: view.author.groupId },
    cosponsors: view.supporters.map((supporter) => ({ name: supporter.name, groupId: supporter.groupId })),
    decision: view.decision ? { by: view.decision.by.name, note: view.decision.note, at: view.decision.at } : null,
    createdAt: view.createdAt,
  };
}

export function buildExportModel(
  deps: AppDeps,
  input: { document: DocumentRecord; participant: ParticipantRecord; revision: string; language: ExportLanguage; now?: Date },
): ExportModel {
  const { document, participant, language } = input;
  const now = input.now ?? new Date();
  const text = openText(deps, document.id, input.revision, now, language);
  try {
    return exportModelFromDoc(text.doc, {
      document: { id: document.id, title: document.title, createdAt: iso(document.createdAt) },
      revision: text.revision,
      generatedAt: now.toISOString(),
      language,
      groups: document.groups,
      amendments: deps.amendments.list(document.id, {}, participant).map(toExportAmendment),
      statusOf: text.statusOf,
    });
  } finally {
    text.release();
  }
}
