/** The dashboard's address: /d/:id/dashboard. */
export function dashboardPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}/dashboard`;
}

export function matchDashboard(pathname: string): string | null {
  const match = /^\/d\/([^/]+)\/dashboard\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
