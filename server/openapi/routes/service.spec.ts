/** Health, this reference, the event stream and the export: the routes that are not JSON resources. */
import { z } from 'zod';
import { EXPORT_FORMATS, exportQuerySchema } from '../../../shared/export/export-model.js';
import { CONTENT_TYPES } from '../../../shared/export/file-name.js';
import { capability, type ApiRouteSpec } from '../route-spec.js';

const exportMedia = Object.fromEntries(EXPORT_FORMATS.map((format) => [CONTENT_TYPES[format], `format=${format}, as an attachment`]));

export const serviceRoutes: readonly ApiRouteSpec[] = [
  { method: 'get', path: '/healthz', tag: 'service', summary: 'Liveness', access: { kind: 'public' }, response: { status: 200, schema: z.object({ ok: z.literal(true) }) } },
  {
    method: 'get', path: '/api/openapi.json', tag: 'service', summary: 'This OpenAPI document', access: { kind: 'public' },
    response: { status: 200, media: { 'application/json': 'OpenAPI 3.1' } },
  },
  {
    method: 'get', path: '/api/docs', tag: 'service', summary: 'This reference as a readable page', access: { kind: 'public' },
    response: { status: 200, media: { 'text/html': 'the reference page' } },
  },
  {
    method: 'get', path: '/api/documents/:id/events', tag: 'events', summary: 'Server-sent events as amendments, comments, the period, statuses, revisions and silence change',
    description: 'Events `ready`, `heartbeat` (every 20 s) and one per change, named by its type (`amendment`, `comment`, `period`, `paragraph-status`, `revision`, `silence`), with JSON data. At most 8 streams per participant and document: the next is refused with 429 too_many_streams.',
    access: capability('amendments.read'), response: { status: 200, media: { 'text/event-stream': 'server-sent events' } },
  },
  {
    method: 'get', path: '/api/documents/:id/export', tag: 'export', summary: 'The document (live or a revision) as a file: clean, tracked or compilation',
    access: capability('text.read'), query: exportQuerySchema, response: { status: 200, media: exportMedia },
  },
];
