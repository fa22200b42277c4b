/** The amendment figures (/stats): re-read by the event stream a moment after amendments or statuses change. */
import { useQuery } from '@tanstack/react-query';
import { KEPT_BY_EVENTS, queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';
import { getStats } from '../../amendments/amendments-api';

export function useStatsQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.stats(documentId), queryFn: () => getStats(api, documentId), ...KEPT_BY_EVENTS });
}
