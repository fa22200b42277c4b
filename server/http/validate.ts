/** zod validation at the edge, with failures reported in the API's error shape. */
import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { errorBody } from './errors.js';

export function jsonBody<T extends ZodType>(schema: T) {
  return zValidator('json', schema, (result, c) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return c.json(errorBody('invalid_request', `${where}${issue?.message ?? 'invalid body'}`), 400);
    }
  });
}
