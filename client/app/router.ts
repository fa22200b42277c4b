/** A tiny router on location.pathname: `/` is the document list, `/d/:id` a document. */
import { useSyncExternalStore } from 'react';
import { matchAudit } from '../audit/audit-route';
import { matchDashboard } from '../dashboard/dashboard-route';

export type Route =
  | { name: 'documents' }
  | { name: 'document'; documentId: string }
  | { name: 'dashboard'; documentId: string }
  | { name: 'audit'; documentId: string }
  | { name: 'not-found' };

export const NAVIGATE_EVENT = 'concord:navigate';

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'documents' };
  const match = /^\/d\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) return { name: 'document', documentId: decodeURIComponent(match[1]) };
  const dashboard = matchDashboard(pathname);
  if (dashboard) return { name: 'dashboard', documentId: dashboard };
  const audit = matchAudit(pathname);
  if (audit) return { name: 'audit', documentId: audit };
  return { name: 'not-found' };
}

export function documentPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export function useRoute(): Route {
  return matchRoute(usePathname());
}
