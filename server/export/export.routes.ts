/** GET /api/documents/:id/export?format=&variant=&revision= → the file, as an attachment. */
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { exportQuerySchema } from '../../shared/export/export-model.js';
import { renderExport } from '../../shared/export/render-export.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { errorBody } from '../http/errors.js';
import { buildExportModel } from './build-export-model.js';

export function exportRoutes() {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    // Every participant reads the whole text and every amendment anyway, so every role may export.
    requireCapability('text.read'),
    zValidator('query', exportQuerySchema, (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json(errorBody('invalid_request', issue?.message ?? 'invalid export parameters'), 400);
      }
    }),
    async (c) => {
      const { document, participant } = c.var.access;
      const { format, variant, revision } = c.req.valid('query');
      const model = buildExportModel(c.var.deps, { document, participant, revision });
      const file = await renderExport(model, format, variant);
      return c.body(file.body, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    },
  );

  return app;
}
