/** Who the signed-in person is (/api/me): read once per sign-in. */
import { useQuery } from '@tanstack/react-query';
import { getMe } from '../../api/participants-api';
import { queryKeys } from '../../api/query-keys';
import { useSignedIn } from '../AuthProvider';

export function useMeQuery() {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.me(), queryFn: () => getMe(api), staleTime: Infinity });
}
