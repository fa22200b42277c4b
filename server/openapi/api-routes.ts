/** Every route of the app as the OpenAPI document describes it; tests/api/openapi.test.ts fails when the app has one more or one fewer. */
import type { ApiRouteSpec } from './route-spec.js';
import { amendmentRoutes } from './routes/amendments.spec.js';
import { documentRoutes } from './routes/documents.spec.js';
import { revisionRoutes } from './routes/revisions.spec.js';
import { serviceRoutes } from './routes/service.spec.js';

export const apiRoutes: readonly ApiRouteSpec[] = [...serviceRoutes, ...documentRoutes, ...amendmentRoutes, ...revisionRoutes];
