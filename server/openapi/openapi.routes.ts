/** `GET /api/openapi.json` and `GET /api/docs`: the API's reference, public, built on first request (its modules loaded then too). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../http/auth.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { OpenApiDocument } from './openapi-document.js';

function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

interface Reference {
  document: OpenApiDocument;
  page: string;
}

let built: Promise<Reference> | undefined;

async function buildReference(): Promise<Reference> {
  const [{ apiRoutes }, { renderDocsPage }, { buildOpenApiDocument }] = await Promise.all([
    import('./api-routes.js'),
    import('./docs-page.js'),
    import('./openapi-document.js'),
  ]);
  const document = buildOpenApiDocument(apiRoutes, packageVersion());
  return { document, page: renderDocsPage(document) };
}

function reference(): Promise<Reference> {
  built ??= buildReference();
  return built;
}

export function openApiRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/openapi.json', async (c) => c.json((await reference()).document));
  app.get('/docs', async (c) => c.html((await reference()).page));
  return app;
}
