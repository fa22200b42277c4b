/** Typed API errors and the one place they become `{"error":{"code","message"}}` responses. */
import Database from 'better-sqlite3';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'your role does not allow this') => new ApiError(403, 'forbidden', message);
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'bad_request';
    return c.json(errorBody(code, error.message || 'bad request'), status as ContentfulStatusCode);
  }
  if (error instanceof SyntaxError) return c.json(errorBody('bad_json', 'the body is not valid JSON'), 400);
  if (error instanceof Database.SqliteError) {
    // A write that failed (disk full, I/O error) rolled back whole: say so, so the person can retry.
    console.error('database write failed', error.message);
    return c.json(errorBody('not_saved', 'the change could not be saved, so nothing was changed: try again in a moment'), 503);
  }
  console.error('unexpected error', error);
  return c.json(errorBody('internal', 'an unexpected error occurred'), 500);
}
