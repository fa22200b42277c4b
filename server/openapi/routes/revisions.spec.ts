/** /api/documents/:id/revisions (+ /:rid, restore), /compare and the silence procedure. */
import { revisionParamsSchema } from '../../../shared/api/params.js';
import {
  compareQuerySchema, procedureEnvelopeSchema, revisionDetailSchema, revisionEnvelopeSchema, revisionListSchema, silenceStateSchema,
} from '../../../shared/api/revisions.js';
import { breakSilenceSchema, comparisonSchema, cutRevisionSchema, startSilenceSchema } from '../../../shared/revisions/revision-schemas.js';
import { capability, type ApiRouteSpec } from '../route-spec.js';

const document = '/api/documents/:id';
const procedure = { status: 201, schema: procedureEnvelopeSchema } as const;

export const revisionRoutes: readonly ApiRouteSpec[] = [
  {
    method: 'get', path: `${document}/revisions`, tag: 'revisions', summary: 'Named revisions and automatic checkpoints, newest first',
    access: capability('revisions.read'), response: { status: 200, schema: revisionListSchema },
  },
  {
    method: 'post', path: `${document}/revisions`, tag: 'revisions', summary: 'Cut a named revision of the live text',
    access: capability('revisions.cut'), body: cutRevisionSchema, rateLimited: true, response: { status: 201, schema: revisionEnvelopeSchema },
  },
  {
    method: 'get', path: `${document}/revisions/:rid`, tag: 'revisions', summary: "A revision and its paragraphs",
    access: capability('revisions.read'), params: revisionParamsSchema, response: { status: 200, schema: revisionDetailSchema },
  },
  {
    method: 'post', path: `${document}/revisions/:rid/restore`, tag: 'revisions', summary: 'Restore a revision as a new edit (history is never rewritten)',
    access: capability('revisions.restore'), params: revisionParamsSchema, rateLimited: true, response: { status: 200, schema: revisionEnvelopeSchema },
  },
  {
    method: 'get', path: `${document}/compare`, tag: 'revisions', summary: 'Redline between two revisions, or a revision and the live text',
    access: capability('revisions.read'), query: compareQuerySchema, response: { status: 200, schema: comparisonSchema },
  },
  {
    method: 'get', path: `${document}/silence`, tag: 'silence', summary: 'The silence procedure running now, and every earlier one',
    access: capability('revisions.read'), response: { status: 200, schema: silenceStateSchema },
  },
  {
    method: 'post', path: `${document}/silence`, tag: 'silence', summary: 'Put a named revision under silence until a deadline (72 h by default)',
    access: capability('silence.run'), body: startSilenceSchema, rateLimited: true, response: procedure,
  },
  {
    method: 'post', path: `${document}/silence/breaks`, tag: 'silence', summary: "Break silence on a paragraph, with a reason, for your group",
    access: capability('silence.break'), body: breakSilenceSchema, rateLimited: true, response: procedure,
  },
  {
    method: 'post', path: `${document}/silence/cancel`, tag: 'silence', summary: 'Cancel the running silence procedure',
    access: capability('silence.run'), rateLimited: true, response: { status: 200, schema: procedureEnvelopeSchema },
  },
];
