/**
 * What the amendments feature shares across the workspace besides server data (queries) and the editor's
 * cursor (the cursor store): my rights, and the panel with its requests to show one amendment.
 */
import { createContext, useContext } from 'react';
import type { DocumentSummary } from '../../../shared/api/documents.js';

export interface AmendmentRights {
  editText: boolean;
  propose: boolean;
  decide: boolean;
  support: boolean;
  comment: boolean;
  period: boolean;
}

/** A request to show one amendment: its card in the panel (and its comments) or its place in the text. */
export interface AmendmentFocus {
  id: string;
  comments: boolean;
  /** Bumped on each request, so asking twice for the same one still scrolls. */
  seq: number;
}

export interface AmendmentsContextValue {
  summary: DocumentSummary;
  rights: AmendmentRights;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  /** Opens the panel on one amendment's card. */
  showCard: (id: string, options?: { comments?: boolean }) => void;
  cardFocus: AmendmentFocus | null;
  /** Scrolls the text to an amendment and puts the cursor there. */
  showInText: (id: string) => void;
  textFocus: AmendmentFocus | null;
}

export const AmendmentsContext = createContext<AmendmentsContextValue | null>(null);

export function useAmendments(): AmendmentsContextValue {
  const value = useContext(AmendmentsContext);
  if (!value) throw new Error('useAmendments must be used inside <AmendmentsProvider>');
  return value;
}
