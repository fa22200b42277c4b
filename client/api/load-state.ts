/** What to show for a query: what it holds stays on screen when a later refetch fails; only a first load shows its error. */
import type { UseQueryResult } from '@tanstack/react-query';

export type LoadState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: unknown }
  | { status: 'ready'; data: T; error: undefined };

export function loadState<T>(query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isError'>): LoadState<T> {
  if (query.data !== undefined) return { status: 'ready', data: query.data, error: undefined };
  if (query.isError) return { status: 'error', data: undefined, error: query.error };
  return { status: 'loading', data: undefined, error: undefined };
}
