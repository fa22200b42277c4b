/** One API route as the OpenAPI document describes it; tests/api/openapi.test.ts holds each against the app. */
import type { ZodType } from 'zod';
import type { Capability } from '../../shared/roles.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call: anyone, any valid token, any participant of the document, or one whose role has the capability. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'person'; note?: string }
  | { kind: 'participant' }
  | { kind: 'capability'; capability: Capability };

export type RouteResponse =
  | { status: 200 | 201; schema: ZodType }
  /** Not JSON: a file or a stream, by media type. */
  | { status: 200; media: Record<string, string> };

export interface ApiRouteSpec {
  method: HttpMethod;
  /** As registered in Hono, `:name` for a parameter. */
  path: string;
  summary: string;
  description?: string;
  /** Shown as the reference page's group. */
  tag: string;
  access: RouteAccess;
  params?: ZodType;
  query?: ZodType;
  body?: ZodType;
  rateLimited?: boolean;
  response: RouteResponse;
}

export const capability = (name: Capability): RouteAccess => ({ kind: 'capability', capability: name });
