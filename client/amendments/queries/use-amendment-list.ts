/** The open document's amendments, for components inside its AmendmentsProvider. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { loadState } from '../../api/load-state';
import { useAmendments } from '../store/amendments-context';
import { useAmendmentsQuery } from './amendment-queries';

export interface AmendmentListView {
  status: 'loading' | 'error' | 'ready';
  error: unknown;
  /** Oldest first; empty until loaded. */
  amendments: readonly AmendmentView[];
  /** null until known. */
  periodOpen: boolean | null;
  reload: () => void;
}

const NONE: readonly AmendmentView[] = [];

export function useAmendmentList(): AmendmentListView {
  const { summary } = useAmendments();
  const query = useAmendmentsQuery(summary.id);
  const { status, error, data } = loadState(query);
  return { status, error, amendments: data?.amendments ?? NONE, periodOpen: data?.periodOpen ?? null, reload: () => void query.refetch() };
}
