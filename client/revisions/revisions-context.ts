/** What the revisions, silence, status and export features of an open document share; their server data comes from queries. */
import { createContext, useContext } from 'react';
import type { StakeholderGroup } from '../../shared/groups.js';
import type { Role } from '../../shared/roles.js';

export interface RevisionsContextValue {
  documentId: string;
  role: Role;
  myGroupId: string;
  groups: readonly StakeholderGroup[];
  /** The export dialog, when open, and the revision it was opened for. */
  exportRequest: { revisionId: string } | null;
  openExport: (revisionId?: string) => void;
  closeExport: () => void;
}

export const RevisionsContext = createContext<RevisionsContextValue | null>(null);

export function useRevisionsContext(): RevisionsContextValue {
  const value = useContext(RevisionsContext);
  if (!value) throw new Error('useRevisionsContext must be used inside <RevisionsProvider>');
  return value;
}

/** For components that may also be rendered outside a document workspace. */
export function useOptionalRevisionsContext(): RevisionsContextValue | null {
  return useContext(RevisionsContext);
}
