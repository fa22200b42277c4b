/** What the amendments feature shares across the workspace: the live list, my rights, and the panel. */
import { createContext, useContext } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import type { DocumentSummary } from '../../../shared/api/documents.js';
import type { ParagraphIndex } from '../inline/paragraph-index';
import type { AmendmentsState } from './amendments-store';

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
  state: AmendmentsState;
  amendments: readonly AmendmentView[];
  reload: () => void;
  /** Takes a mutation's answer at once, before its pushed event arrives. */
  upsert: (amendment: AmendmentView) => void;
  setPeriodOpen: (open: boolean) => void;

  /** The amendment under the editor's cursor. */
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  /** The live paragraphs (numbers, text), for labels and filters. */
  outline: ParagraphIndex | null;
  setOutline: (outline: ParagraphIndex) => void;
  /** The amendments drawn in the text now (the others' text could not be found). */
  inlineIds: ReadonlySet<string>;
  setInlineIds: (ids: ReadonlySet<string>) => void;

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

/** For components that may also be shown outside a document workspace. */
export function useOptionalAmendments(): AmendmentsContextValue | null {
  return useContext(AmendmentsContext);
}
