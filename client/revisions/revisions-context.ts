/** What the revisions, silence, status and export features of an open document share. */
import { createContext, useContext } from 'react';
import type { StakeholderGroup } from '../../shared/groups.js';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import type { Role } from '../../shared/roles.js';
import type { Resource } from '../api/use-resource';
import type { SilenceState } from '../silence/silence-api';

export interface RevisionsContextValue {
  documentId: string;
  role: Role;
  myGroupId: string;
  groups: readonly StakeholderGroup[];
  /** Newest first, named revisions and checkpoints together; kept current from the event stream. */
  revisions: Resource<RevisionView[]>;
  reloadRevisions: () => void;
  /** Re-reads the list quietly, e.g. right after this person cut or restored one. */
  refreshRevisions: () => void;
  silence: Resource<SilenceState>;
  reloadSilence: () => void;
  /** Re-reads the silence procedure quietly (e.g. when its deadline passes on this screen). */
  refreshSilence: () => void;
  /** The chair's paragraph statuses (absent means open). */
  statuses: ReadonlyMap<string, ParagraphStatus>;
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
