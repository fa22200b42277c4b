/** `GET /api/openapi.json` and `GET /api/docs`: the API's reference, public, built once on first request. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../http/auth.js';
import { apiRoutes } from './api-routes.js';
import { renderDocsPage } from './docs-page.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document.js';

function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

let built: { document: OpenApiDocument; page: string } | undefined;
function reference() {
  if (!built) {
    const document = buildOpenApiDocument(apiRoutes, packageVersion());
    built = { document, page: renderDocsPage(document) };
  }
  return built;
}

export function openApiRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/openapi.json', (c) => c.json(reference().document));
  app.get('/docs', (c) => c.html(reference().page));
  return app;
}
