/** The OpenAPI 3.1 document, built from the route specs and the zod schemas that validate the requests. */
import { apiErrorSchema } from '../../shared/api/participants.js';
import { ROLES, can } from '../../shared/roles.js';
import { requestSchema, responseSchema, type JsonSchema } from './json-schemas.js';
import { apiDescription } from './api-description.js';
import type { ApiRouteSpec, RouteAccess } from './route-spec.js';

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { securitySchemes: Record<string, JsonSchema>; schemas: Record<string, JsonSchema> };
}

/** `/api/documents/:id/amendments/:aid` → `/api/documents/{id}/amendments/{aid}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

const pathNames = (path: string) => [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? '');

function who(access: RouteAccess): string {
  switch (access.kind) {
    case 'public': return 'Anyone, no token needed.';
    case 'person': return `Any valid token${access.note ? `: ${access.note}` : ''}.`;
    case 'participant': return 'Participants of the document.';
    case 'capability': {
      const roles = ROLES.filter((role) => can(role, access.capability));
      return `Participants whose role may \`${access.capability}\`: ${roles.join(', ')}.`;
    }
  }
}

function parameters(spec: ApiRouteSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  const declared = spec.params ? requestSchema(spec.params) : undefined;
  const declaredProps = (declared?.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of pathNames(spec.path)) {
    out.push({ name, in: 'path', required: true, schema: declaredProps[name] ?? { type: 'string' } });
  }
  if (spec.query) {
    const query = requestSchema(spec.query);
    const required = new Set((query.required ?? []) as string[]);
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonSchema>)) {
      out.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return out;
}

const ERROR_CONTENT = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const error = (description: string) => ({ description, content: ERROR_CONTENT });

function responses(spec: ApiRouteSpec, defs: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const ok = spec.response;
  const out: Record<string, JsonSchema> = {
    [String(ok.status)]: 'schema' in ok
      ? { description: ok.status === 201 ? 'Created' : 'OK', content: { 'application/json': { schema: responseSchema(ok.schema, defs) } } }
      : { description: Object.values(ok.media).join('; '), content: Object.fromEntries(Object.keys(ok.media).map((type) => [type, {}])) },
  };
  if (spec.body || spec.query || spec.params) out['400'] = error('invalid_request: the first thing wrong with the request');
  if (spec.access.kind !== 'public') out['401'] = error('unauthorized: no valid bearer token');
  if (spec.access.kind === 'capability' || spec.access.kind === 'person' && spec.access.note) out['403'] = error('forbidden: your role may not do this');
  if (spec.path.includes(':')) out['404'] = error('not_found: no such document for you, or nothing by that id in it');
  if (spec.body) out['413'] = error('payload_too_large: the body exceeds MAX_BODY_BYTES');
  if (spec.rateLimited) out['429'] = error('rate_limited: too many of these at once; see Retry-After');
  return out;
}

function operation(spec: ApiRouteSpec, defs: Record<string, JsonSchema>): JsonSchema {
  const op: JsonSchema = {
    operationId: `${spec.method}${openApiPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, `**Who:** ${who(spec.access)}`].filter(Boolean).join('\n\n'),
    parameters: parameters(spec),
    responses: responses(spec, defs),
  };
  if (spec.access.kind === 'capability') op['x-capability'] = spec.access.capability;
  if (spec.access.kind === 'public') op.security = [];
  if (spec.body) op.requestBody = { required: true, content: { 'application/json': { schema: requestSchema(spec.body) } } };
  return op;
}

export function buildOpenApiDocument(routes: readonly ApiRouteSpec[], version: string): OpenApiDocument {
  const defs: Record<string, JsonSchema> = {};
  // Every error response refers to it, whether or not a success shape does.
  responseSchema(apiErrorSchema, defs);
  const paths: OpenApiDocument['paths'] = {};
  for (const spec of routes) {
    const path = openApiPath(spec.path);
    paths[path] ??= {};
    const item = paths[path];
    if (item[spec.method]) throw new Error(`${spec.method.toUpperCase()} ${spec.path} is described twice`);
    item[spec.method] = operation(spec, defs);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Concord API', version, description: apiDescription() },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: [...new Set(routes.map((spec) => spec.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A participant token, as printed by `npm start` or returned once by an invitation.' } },
      schemas: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}
