/** One fetch wrapper: bearer token, JSON in and out, the `{error:{code,message}}` shape turned into ApiError. */
import type { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/participants.js';
import { ApiError, INVALID_RESPONSE, NETWORK_FAILURE } from './api-error';

export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  patch<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  put<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  delete<T>(path: string, schema: z.ZodType<T>): Promise<T>;
}

export interface ApiClientOptions {
  token: string;
  /** Called on any 401, before the error is thrown: the token is no longer good. */
  onUnauthorized?: () => void;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
}

export function createApiClient({ token, onUnauthorized }: ApiClientOptions): ApiClient {
  async function request<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ApiError(0, NETWORK_FAILURE, error instanceof Error ? error.message : String(error));
    }
    const json = await readJson(response);
    if (!response.ok) {
      if (response.status === 401) onUnauthorized?.();
      throw errorFrom(response, json);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError(response.status, INVALID_RESPONSE, parsed.error.message);
    return parsed.data;
  }

  return {
    get: (path, schema) => request('GET', path, schema),
    post: (path, body, schema) => request('POST', path, schema, body),
    patch: (path, body, schema) => request('PATCH', path, schema, body),
    put: (path, body, schema) => request('PUT', path, schema, body),
    delete: (path, schema) => request('DELETE', path, schema),
  };
}
