/** What a middleware enforces (a capability, a rate limit, a validated request part), readable back from `app.routes` for the OpenAPI check. */
import type { ZodType } from 'zod';
import type { Capability } from '../../shared/roles.js';

export type RequestTarget = 'json' | 'query' | 'param';

export type MiddlewareMeta =
  | { kind: 'capability'; capability: Capability }
  | { kind: 'rate-limit'; name: string }
  | { kind: 'validate'; target: RequestTarget; schema: ZodType };

// A WeakMap rather than a property on the function: Hono's handler types stay as they are.
const metas = new WeakMap<object, MiddlewareMeta>();

export function tagMiddleware<T extends object>(middleware: T, meta: MiddlewareMeta): T {
  metas.set(middleware, meta);
  return middleware;
}

export function middlewareMeta(middleware: object): MiddlewareMeta | undefined {
  return metas.get(middleware);
}
