/** Bearer-token authentication and per-document role checks, as Hono middleware. */
import { createMiddleware } from 'hono/factory';
import type { Capability } from '../../shared/roles.js';
import { can } from '../../shared/roles.js';
import type { DocumentAccess } from '../participants/authenticate.js';
import type { Person } from '../participants/participants.repo.js';
import type { AppDeps } from '../app-deps.js';
import { ApiError, forbidden, notFound } from './errors.js';
import { tagMiddleware } from './route-meta.js';

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    person: Person;
    access: DocumentAccess;
  };
};

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

export const requirePerson = createMiddleware<AppEnv>(async (c, next) => {
  const person = c.var.deps.authenticator.person(bearer(c.req.header('authorization')));
  if (!person) throw new ApiError(401, 'unauthorized', 'a valid token is required (Authorization: Bearer <token>)');
  c.set('person', person);
  await next();
});

/** Resolves `:id` to a document the caller participates in; others are reported as not found. */
export const requireDocumentAccess = createMiddleware<AppEnv>(async (c, next) => {
  const documentId = c.req.param('id') ?? '';
  const access = c.var.deps.authenticator.documentAccess(c.var.person, documentId);
  if (!access) throw notFound('document');
  c.set('access', access);
  await next();
});

export function requireCapability(capability: Capability) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    if (!can(c.var.access.participant.role, capability)) throw forbidden(`the ${c.var.access.participant.role} role may not do this`);
    await next();
  });
  return tagMiddleware(middleware, { kind: 'capability', capability });
}
