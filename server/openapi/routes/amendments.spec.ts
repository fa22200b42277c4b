/** /api/documents/:id/amendments (+ /:aid and its actions), the amendment period, the stats and the audit log. */
import {
  amendmentDetailSchema, amendmentFilterSchema, bulkDecisionSchema, commentSchema, decisionSchema, periodSchema, proposeAmendmentSchema,
  reviseAmendmentSchema, statsSchema,
} from '../../../shared/amendments/amendment-schemas.js';
import {
  amendmentEnvelopeSchema, amendmentListSchema, auditQuerySchema, bulkDecisionResultsSchema, commentEnvelopeSchema, commentListSchema,
  periodStateSchema,
} from '../../../shared/api/amendments.js';
import { amendmentParamsSchema } from '../../../shared/api/params.js';
import { z } from 'zod';
import { auditEntrySchema } from '../../audit/audit.repo.js';
import { capability, type ApiRouteSpec } from '../route-spec.js';

const document = '/api/documents/:id';
const amendment = `${document}/amendments/:aid`;
const envelope = { status: 200, schema: amendmentEnvelopeSchema } as const;

export const amendmentRoutes: readonly ApiRouteSpec[] = [
  {
    method: 'get', path: `${document}/amendments`, tag: 'amendments', summary: 'Amendments, filtered; gzipped past 64 KiB for clients that accept it',
    access: capability('amendments.read'), query: amendmentFilterSchema, response: { status: 200, schema: amendmentListSchema },
  },
  {
    method: 'post', path: `${document}/amendments`, tag: 'amendments', summary: 'Propose an amendment',
    description: 'By paragraph id and character offsets into its plain text, with the text expected there (a mismatch is a 409); or a whole paragraph to insert or delete. Refused with 403 amendment_period_closed while the period is closed.',
    access: capability('amendments.propose'), body: proposeAmendmentSchema, rateLimited: true, response: { status: 201, schema: amendmentEnvelopeSchema },
  },
  {
    method: 'post', path: `${document}/amendments/decisions`, tag: 'amendments', summary: 'Decide many amendments at once: one result per id',
    access: capability('amendments.decide'), body: bulkDecisionSchema, rateLimited: true, response: { status: 200, schema: bulkDecisionResultsSchema },
  },
  {
    method: 'get', path: amendment, tag: 'amendments', summary: 'One amendment with its comments and its whole history',
    access: capability('amendments.read'), params: amendmentParamsSchema, response: { status: 200, schema: amendmentDetailSchema },
  },
  {
    method: 'patch', path: amendment, tag: 'amendments', summary: 'Revise your own amendment (the earlier wording is kept)',
    access: capability('amendments.propose'), params: amendmentParamsSchema, body: reviseAmendmentSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'post', path: `${amendment}/decision`, tag: 'amendments', summary: 'Accept (applied to the live text at once) or reject; a stale one is a 409',
    access: capability('amendments.decide'), params: amendmentParamsSchema, body: decisionSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'post', path: `${amendment}/undo`, tag: 'amendments',
    summary: 'Undo an acceptance: its words reverted as a new edit, audited; the amendment, and those it made stale, open again. A 409 once a later edit touched those words, or for a paragraph added or deleted',
    access: capability('amendments.decide'), params: amendmentParamsSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'post', path: `${amendment}/withdraw`, tag: 'amendments', summary: 'Withdraw your own amendment, until it is decided',
    access: capability('amendments.propose'), params: amendmentParamsSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'post', path: `${amendment}/support`, tag: 'amendments', summary: 'Co-sponsor',
    access: capability('amendments.support'), params: amendmentParamsSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'delete', path: `${amendment}/support`, tag: 'amendments', summary: 'Stop co-sponsoring',
    access: capability('amendments.support'), params: amendmentParamsSchema, rateLimited: true, response: envelope,
  },
  {
    method: 'get', path: `${amendment}/comments`, tag: 'amendments', summary: "An amendment's comment thread",
    access: capability('amendments.read'), params: amendmentParamsSchema, response: { status: 200, schema: commentListSchema },
  },
  {
    method: 'post', path: `${amendment}/comments`, tag: 'amendments', summary: 'Comment, or reply with parentId',
    access: capability('amendments.comment'), params: amendmentParamsSchema, body: commentSchema, rateLimited: true,
    response: { status: 201, schema: commentEnvelopeSchema },
  },
  {
    method: 'get', path: `${document}/amendment-period`, tag: 'amendments', summary: 'Whether proposals are accepted now',
    access: capability('amendments.read'), response: { status: 200, schema: periodStateSchema },
  },
  {
    method: 'put', path: `${document}/amendment-period`, tag: 'amendments', summary: 'Open or close the amendment period',
    access: capability('amendments.period'), body: periodSchema, rateLimited: true, response: { status: 200, schema: periodStateSchema },
  },
  {
    method: 'get', path: `${document}/stats`, tag: 'amendments', summary: 'Amendments by group and status, acceptance rates, most amended paragraphs, activity',
    access: capability('amendments.read'), response: { status: 200, schema: statsSchema },
  },
  {
    method: 'get', path: `${document}/audit`, tag: 'audit', summary: 'The append-only audit log, oldest first',
    access: capability('audit.read'), query: auditQuerySchema, response: { status: 200, schema: z.object({ entries: z.array(auditEntrySchema) }) },
  },
];
