/** The amendments of one document as the client holds them: loaded once, then kept current by pushed events. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';

export interface AmendmentsState {
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  byId: ReadonlyMap<string, AmendmentView>;
  /** null until known. */
  periodOpen: boolean | null;
}

export type AmendmentsAction =
  | { type: 'loading' }
  | { type: 'loaded'; amendments: readonly AmendmentView[]; periodOpen: boolean }
  | { type: 'failed'; error: unknown }
  | { type: 'upsert'; amendment: AmendmentView }
  | { type: 'period'; open: boolean };

export const INITIAL_STATE: AmendmentsState = { status: 'loading', error: undefined, byId: new Map(), periodOpen: null };

/** A newer wording or decision always wins; at the same version the latest word (supporters, comments) does. */
function newer(next: AmendmentView, current: AmendmentView | undefined): boolean {
  return !current || next.version >= current.version;
}

export function amendmentsReducer(state: AmendmentsState, action: AmendmentsAction): AmendmentsState {
  switch (action.type) {
    case 'loading':
      return state.status === 'ready' ? state : { ...state, status: 'loading', error: undefined };
    case 'loaded':
      return { status: 'ready', error: undefined, byId: new Map(action.amendments.map((item) => [item.id, item])), periodOpen: action.periodOpen };
    case 'failed':
      // A failed reload keeps what is on screen; only a first load shows the error in place.
      return state.status === 'ready' ? state : { ...state, status: 'error', error: action.error };
    case 'upsert': {
      if (!newer(action.amendment, state.byId.get(action.amendment.id))) return state;
      const byId = new Map(state.byId);
      byId.set(action.amendment.id, action.amendment);
      return { ...state, byId };
    }
    case 'period':
      return { ...state, periodOpen: action.open };
  }
}

/** Oldest first, as the server lists them. */
export function sortedAmendments(byId: ReadonlyMap<string, AmendmentView>): AmendmentView[] {
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
