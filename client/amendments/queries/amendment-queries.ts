/** Reading a document's amendments and one amendment's comments; both kept current by the event stream. */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AmendmentView, CommentView } from '../../../shared/amendments/amendment-schemas.js';
import { queryKeys, KEPT_BY_EVENTS } from '../../api/query-keys';
import { useSignedIn } from '../../auth/AuthProvider';
import { listAmendments, listComments } from '../amendments-api';
import { sortedList, withAmendment, withPeriod, type AmendmentList } from './amendment-list';

export function useAmendmentsQuery(documentId: string) {
  const { api } = useSignedIn();
  return useQuery({
    queryKey: queryKeys.amendments(documentId),
    queryFn: async (): Promise<AmendmentList> => {
      const { amendments, periodOpen } = await listAmendments(api, documentId);
      return sortedList(amendments, periodOpen);
    },
    ...KEPT_BY_EVENTS,
  });
}

export function useCommentsQuery(documentId: string, amendmentId: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: queryKeys.comments(documentId, amendmentId), queryFn: () => listComments(api, documentId, amendmentId), ...KEPT_BY_EVENTS });
}

/** Takes an amendment (a mutation's answer, or a pushed event) into the cached list, if that list is loaded. */
export function putAmendment(queryClient: QueryClient, documentId: string, amendment: AmendmentView): void {
  queryClient.setQueryData<AmendmentList>(queryKeys.amendments(documentId), (list) => list && withAmendment(list, amendment));
}

export function putPeriod(queryClient: QueryClient, documentId: string, open: boolean): void {
  queryClient.setQueryData<AmendmentList>(queryKeys.amendments(documentId), (list) => list && withPeriod(list, open));
}

export function putComment(queryClient: QueryClient, documentId: string, comment: CommentView): void {
  queryClient.setQueryData<CommentView[]>(queryKeys.comments(documentId, comment.amendmentId), (comments) =>
    comments && (comments.some((existing) => existing.id === comment.id) ? comments : [...comments, comment]),
  );
}
