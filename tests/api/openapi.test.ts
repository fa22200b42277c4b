/**
 * The OpenAPI document against the app itself: every route Hono has is described and every described route
 * exists, with the capability, rate limit and request schemas the route really enforces, and GET answers
 * that parse with the described response schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { middlewareMeta, type RequestTarget } from '../../server/http/route-meta.js';
import { apiRoutes } from '../../server/openapi/api-routes.js';
import { openApiPath, type OpenApiDocument } from '../../server/openapi/openapi-document.js';
import type { ApiRouteSpec } from '../../server/openapi/route-spec.js';
import type { ParticipantRecord } from '../../server/participants/participants.repo.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { inProcessApp } from './in-process-app.js';

/** The client's files and its single-page fallback: not API routes. */
const NOT_API = new Set(['GET /assets/*', 'GET /favicon.svg', 'GET /favicon.ico', 'GET /*']);

let env: ReturnType<typeof inProcessApp>;
let document: TestDocument;
let openapi: OpenApiDocument;

beforeAll(async () => {
  env = inProcessApp();
  document = buildDocument(env.deps);
  openapi = (await (await env.request('GET', '/api/openapi.json')).json()) as OpenApiDocument;
});
afterAll(() => env.dispose());

const key = (method: string, path: string) => `${method.toUpperCase()} ${openApiPath(path)}`;

/** Method + path → the handlers Hono runs for it; `use()` middleware (method ALL) is not a route. */
function registered(): Map<string, unknown[]> {
  const routes = new Map<string, unknown[]>();
  for (const route of env.app.routes) {
    if (route.method === 'ALL') continue;
    const id = key(route.method, route.path);
    routes.set(id, [...(routes.get(id) ?? []), route.handler]);
  }
  return routes;
}

function documented(): Set<string> {
  return new Set(Object.entries(openapi.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)));
}

function enforced(handlers: unknown[]) {
  const metas = handlers.flatMap((handler) => (typeof handler === 'function' ? [middlewareMeta(handler)] : [])).filter((meta) => meta !== undefined);
  const schemas: Partial<Record<RequestTarget, ZodType>> = {};
  for (const meta of metas) if (meta.kind === 'validate') schemas[meta.target] = meta.schema;
  return {
    capabilities: metas.flatMap((meta) => (meta.kind === 'capability' ? [meta.capability] : [])),
    rateLimited: metas.some((meta) => meta.kind === 'rate-limit'),
    schemas,
  };
}

describe('the OpenAPI document', () => {
  it('describes every route the app registers', () => {
    const missing = [...registered().keys()].filter((route) => !NOT_API.has(route) && !documented().has(route));
    expect(missing, 'routes missing from the OpenAPI document (add them in server/openapi/routes)').toEqual([]);
  });

  it('describes no route the app does not have', () => {
    const routes = registered();
    expect([...documented()].filter((route) => !routes.has(route))).toEqual([]);
  });

  it('names the capability, rate limit and request schemas each route enforces', () => {
    const routes = registered();
    for (const spec of apiRoutes) {
      const id = key(spec.method, spec.path);
      const actual = enforced(routes.get(id) ?? []);
      expect(actual.capabilities, `${id} capability`).toEqual(spec.access.kind === 'capability' ? [spec.access.capability] : []);
      expect(actual.rateLimited, `${id} rate limit`).toBe(spec.rateLimited === true);
      // The very schema objects, not look-alikes: what is documented is what validates.
      expect(actual.schemas.json, `${id} body schema`).toBe(spec.body);
      expect(actual.schemas.query, `${id} query schema`).toBe(spec.query);
      expect(actual.schemas.param, `${id} path schema`).toBe(spec.params);
    }
  });

  it('is served without a token, with the bearer scheme, the error shape and the collaboration socket', async () => {
    expect(openapi.openapi).toBe('3.1.0');
    expect(openapi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(openapi.components.schemas.Error).toMatchObject({ properties: { error: { required: ['code', 'message'] } } });
    expect(openapi.info.description).toContain('/collab/<documentId>?token=');
    expect(openapi.paths['/api/documents/{id}/amendments/{aid}']?.get?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'aid', in: 'path', required: true })]),
    );
    expect(openapi.paths['/api/documents/{id}/audit']?.get?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'limit', in: 'query', required: false, schema: expect.objectContaining({ type: 'integer' }) })]),
    );
  });

  it('renders a reference page listing every path, with no script', async () => {
    const response = await env.request('GET', '/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).not.toContain('<script');
    for (const path of Object.keys(openapi.paths)) expect(page).toContain(`<code>${path}</code>`);
  });
});

describe('answers that match the document', () => {
  const ids: Record<string, string> = {};

  beforeAll(() => {
    const deps = env.deps;
    const chair = deps.participants.byId(document.documentId, document.chair.participantId) as ParticipantRecord;
    const block = readBlocks(deps.registry.open(document.documentId).doc).find((candidate) => candidate.kind === 'operative');
    if (!block?.id) throw new Error('the factory document has no operative paragraph');
    const amendment = deps.amendments.propose(document.documentId, chair, { paragraphId: block.id, from: 0, to: 5, expected: 'First', proposed: 'Initial', rationale: 'clearer' });
    const revision = deps.revisionsService.cut(document.documentId, { kind: 'named', name: 'Rev.1', by: chair });
    Object.assign(ids, { id: document.documentId, aid: amendment.id, rid: revision?.id ?? '', pid: block.id });
  });

  const QUERIES: Record<string, string> = { '/api/documents/:id/compare': '?from=live' };
  const jsonGets = apiRoutes.filter((spec): spec is ApiRouteSpec & { response: { schema: ZodType } } => spec.method === 'get' && 'schema' in spec.response);

  it.each(jsonGets.map((spec) => [spec.path, spec] as const))('GET %s parses with its response schema', async (_, spec) => {
    const path = spec.path.replace(/:([a-z]+)/g, (_match, name: string) => encodeURIComponent(ids[name] ?? name)) + (QUERIES[spec.path] ?? '');
    const response = await env.request('GET', path, { token: document.chair.token });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(spec.response.status);
    const parsed = spec.response.schema.safeParse(await response.json());
    expect(parsed.error?.issues ?? [], path).toEqual([]);
  });
});
