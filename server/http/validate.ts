/** zod validation at the edge for bodies, query strings and path parameters, with failures in the API's error shape. */
import { zValidator } from '@hono/zod-validator';
import type { Context } from 'hono';
import type { ZodType, core } from 'zod';
import { errorBody } from './errors.js';
import { tagMiddleware } from './route-meta.js';

/** The first issue as `field: message`; a schema whose messages already name their field is not prefixed twice. */
export function describeIssue(error: core.$ZodError, fallback: string): string {
  const issue = error.issues[0];
  if (!issue) return fallback;
  const where = issue.path.map(String).join('.');
  if (where === '' || issue.message.startsWith(`${String(issue.path[issue.path.length - 1])} `)) return issue.message;
  return `${where}: ${issue.message}`;
}

function refuse(result: { success: true } | { success: false; error: core.$ZodError }, c: Context, fallback: string) {
  if (!result.success) return c.json(errorBody('invalid_request', describeIssue(result.error, fallback)), 400);
}

export function jsonBody<T extends ZodType>(schema: T) {
  const middleware = zValidator('json', schema, (result, c) => refuse(result, c, 'invalid body'));
  return tagMiddleware(middleware, { kind: 'validate', target: 'json', schema });
}

export function queryParams<T extends ZodType>(schema: T) {
  const middleware = zValidator('query', schema, (result, c) => refuse(result, c, 'invalid query parameters'));
  return tagMiddleware(middleware, { kind: 'validate', target: 'query', schema });
}

export function pathParams<T extends ZodType>(schema: T) {
  const middleware = zValidator('param', schema, (result, c) => refuse(result, c, 'invalid path parameters'));
  return tagMiddleware(middleware, { kind: 'validate', target: 'param', schema });
}
