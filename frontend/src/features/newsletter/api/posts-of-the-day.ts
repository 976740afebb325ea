import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isProblemError } from '@/lib/api/problem';
import type { Page } from '@/lib/api/types';
import type { PostOfTheDay } from '@/lib/api/types';

const POSTS_KEY = ['posts-of-the-day'] as const;
const TODAY_KEY = [...POSTS_KEY, 'today'];

export const POSTS_PAGE_SIZE = 20;
/** The API's limit on a post's text (link included). */
export const POST_TEXT_MAX = 500;

/** Today's proposal, or the post accepted today; a 404 "nothing-to-post" when nothing is eligible. */
export function useTodayPost() {
  return useQuery({
    queryKey: TODAY_KEY,
    queryFn: async (): Promise<PostOfTheDay> =>
      (await unwrap(api.GET('/api/v1/posts-of-the-day/today', {}))) as PostOfTheDay,
  });
}

/** Past posts, accepted and skipped, newest first. */
export function usePostHistory(page: number) {
  return useQuery({
    queryKey: [...POSTS_KEY, 'history', page],
    queryFn: async (): Promise<Page<PostOfTheDay>> =>
      (await unwrap(
        api.GET('/api/v1/posts-of-the-day', { params: { query: { page, size: POSTS_PAGE_SIZE } } }),
      )) as Page<PostOfTheDay>,
    placeholderData: keepPreviousData,
  });
}

type PostAction = { kind: 'save'; text: string } | { kind: 'accept' } | { kind: 'skip' };

function act(id: string, action: PostAction) {
  const params = { params: { path: { id } } };
  switch (action.kind) {
    case 'save':
      return unwrap(api.PUT('/api/v1/posts-of-the-day/{id}', { ...params, body: { text: action.text } }));
    case 'accept':
      return unwrap(api.POST('/api/v1/posts-of-the-day/{id}/accept', params));
    case 'skip':
      return unwrap(api.POST('/api/v1/posts-of-the-day/{id}/skip', params));
  }
}

/** Saves the text, accepts the post or skips it (the answer is then the day's next proposal). */
export function usePostAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: PostAction }): Promise<PostOfTheDay> =>
      (await act(id, action)) as PostOfTheDay,
    onSuccess: (post) => {
      queryClient.setQueryData(TODAY_KEY, post);
      void queryClient.invalidateQueries({ queryKey: [...POSTS_KEY, 'history'] });
    },
    // Skipped the last one there was ("nothing-to-post"): today's page says so.
    onError: (error) => {
      if (isProblemError(error, 404)) void queryClient.invalidateQueries({ queryKey: POSTS_KEY });
    },
  });
}

/** The API answers 404 with this problem when the catalogue has nothing to put forward. */
export function isNothingToPost(error: unknown) {
  return isProblemError(error, 404) && Boolean(error.problem.type?.endsWith('/nothing-to-post'));
}
