import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isProblemError } from '@/lib/api/problem';
import type { FollowUp, FollowUpAnswer } from '@/lib/api/types';

const followUpKey = (token: string) => ['follow-up', token];

/** What a follow-up link is about; reading it does not use it up. */
export function useFollowUp(token: string) {
  return useQuery({
    queryKey: followUpKey(token),
    queryFn: async (): Promise<FollowUp> =>
      (await unwrap(api.GET('/api/v1/follow-ups/{token}', { params: { path: { token } } }))) as FollowUp,
  });
}

/** Answers "did an exchange happen?": once per link (409 afterwards). */
export function useAnswerFollowUp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answer: FollowUpAnswer): Promise<FollowUp> =>
      (await unwrap(
        api.POST('/api/v1/follow-ups/{token}', { params: { path: { token } }, body: { answer } }),
      )) as FollowUp,
    onSuccess: (answered) => queryClient.setQueryData(followUpKey(token), answered),
    // Already answered: the recorded answer is what to show.
    onError: (error) => {
      if (isProblemError(error, 409)) void queryClient.invalidateQueries({ queryKey: followUpKey(token) });
    },
  });
}
