import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { JoinRequest, Page } from '@/lib/api/types';

export const JOIN_REQUESTS_PAGE_SIZE = 20;
const joinRequestsKey = ['join-requests'];

export function useJoinRequests(page: number) {
  return useQuery({
    queryKey: [...joinRequestsKey, page],
    queryFn: (): Promise<Page<JoinRequest>> =>
      unwrap(api.GET('/api/v1/join-requests', { params: { query: { page, size: JOIN_REQUESTS_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** Either decision takes the request out of the queue, and may add a member to the directory. */
function useDecision<Variables>(decide: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: joinRequestsKey });
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}

export function useApprove() {
  return useDecision((organisationId: string) =>
    unwrap(api.POST('/api/v1/join-requests/{organisationId}/approve', { params: { path: { organisationId } } })),
  );
}

export function useReject() {
  return useDecision(({ organisationId, reason }: { organisationId: string; reason: string }) =>
    unwrap(
      api.POST('/api/v1/join-requests/{organisationId}/reject', {
        params: { path: { organisationId } },
        body: { reason },
      }),
    ),
  );
}
