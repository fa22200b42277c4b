/** /api/me, /api/documents and the document's participants and paragraphs. */
import {
  createDocumentSchema, documentEnvelopeSchema, documentListSchema, paragraphEnvelopeSchema, paragraphListSchema, renameDocumentSchema,
  setParagraphStatusSchema,
} from '../../../shared/api/documents.js';
import { paragraphParamsSchema, participantParamsSchema } from '../../../shared/api/params.js';
import {
  invitationSchema, inviteParticipantSchema, meSchema, participantEnvelopeSchema, participantListSchema,
} from '../../../shared/api/participants.js';
import { capability, type ApiRouteSpec } from '../route-spec.js';

const documents = '/api/documents';
const document = `${documents}/:id`;

export const documentRoutes: readonly ApiRouteSpec[] = [
  { method: 'get', path: '/api/me', tag: 'documents', summary: 'Your person and your memberships', access: { kind: 'person' }, response: { status: 200, schema: meSchema } },
  { method: 'get', path: documents, tag: 'documents', summary: 'Documents you take part in, newest first', access: { kind: 'person' }, response: { status: 200, schema: documentListSchema } },
  {
    method: 'post', path: documents, tag: 'documents', summary: 'Create a document from a title, Markdown or a fixture',
    access: { kind: 'person', note: 'the chair of at least one document' }, body: createDocumentSchema, rateLimited: true,
    response: { status: 201, schema: documentEnvelopeSchema },
  },
  { method: 'get', path: document, tag: 'documents', summary: 'The document, your role and group', access: { kind: 'participant' }, response: { status: 200, schema: documentEnvelopeSchema } },
  {
    method: 'patch', path: document, tag: 'documents', summary: 'Rename: the title block changes live',
    access: capability('document.rename'), body: renameDocumentSchema, rateLimited: true, response: { status: 200, schema: documentEnvelopeSchema },
  },
  { method: 'get', path: `${document}/participants`, tag: 'participants', summary: 'Who takes part', access: capability('participants.list'), response: { status: 200, schema: participantListSchema } },
  {
    method: 'post', path: `${document}/participants`, tag: 'participants', summary: 'Invite: the token and sign-in link are shown once',
    access: capability('participants.invite'), body: inviteParticipantSchema, rateLimited: true, response: { status: 201, schema: invitationSchema },
  },
  {
    method: 'delete', path: `${document}/participants/:pid`, tag: 'participants', summary: 'Revoke: open sockets close with 4410, event streams end',
    access: capability('participants.revoke'), params: participantParamsSchema, rateLimited: true, response: { status: 200, schema: participantEnvelopeSchema },
  },
  {
    method: 'get', path: `${document}/paragraphs`, tag: 'paragraphs', summary: 'Ids, numbers, kinds, status and plain text, from the live text',
    access: capability('text.read'), response: { status: 200, schema: paragraphListSchema },
  },
  {
    method: 'put', path: `${document}/paragraphs/:pid/status`, tag: 'paragraphs', summary: "Set a paragraph's status (agreed and agreed-ad-ref lock its text)",
    access: capability('paragraphs.status'), params: paragraphParamsSchema, body: setParagraphStatusSchema, rateLimited: true,
    response: { status: 200, schema: paragraphEnvelopeSchema },
  },
];
