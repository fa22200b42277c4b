/** The audit log's address: /d/:id/audit. */
export function auditPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}/audit`;
}

export function matchAudit(pathname: string): string | null {
  const match = /^\/d\/([^/]+)\/audit\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
