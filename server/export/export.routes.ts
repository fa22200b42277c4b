/** GET /api/documents/:id/export?format=&variant=&revision=&lang= → the file, as an attachment. */
import { Hono } from 'hono';
import { exportQuerySchema } from '../../shared/export/export-model.js';
import { requireCapability, type AppEnv } from '../http/auth.js';
import { queryParams } from '../http/validate.js';

export function exportRoutes() {
  const app = new Hono<AppEnv>();

  app.get(
    '/',
    // Every participant reads the whole text and every amendment anyway, so every role may export.
    requireCapability('text.read'),
    queryParams(exportQuerySchema),
    async (c) => {
      const { document, participant } = c.var.access;
      const { format, variant, revision, lang } = c.req.valid('query');
      // Documents carry no language of their own yet: the captions follow the request's.
      // Loaded on the first export, like the renderers: most processes never export.
      const { buildExportModel } = await import('./build-export-model.js');
      const model = buildExportModel(c.var.deps, { document, participant, revision, language: lang });
      const file = await c.var.deps.exportRenderer.render(model, format, variant);
      return c.body(file.body, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    },
  );

  return app;
}
