import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { HOTLINE_KEY, INTRODUCTIONS_KEY } from '@/lib/api/introductions';
import type { Introduction, IntroductionOutcome, Page } from '@/lib/api/types';

export const INTRODUCTIONS_PAGE_SIZE = 20;

/** The caller's organisation's introductions; every one for staff, or those to nudge. */
export function useIntroductions(needsNudge: boolean, page: number) {
  return useQuery({
    queryKey: [...INTRODUCTIONS_KEY, { needsNudge, page }],
    queryFn: async (): Promise<Page<Introduction>> =>
      (await unwrap(
        api.GET('/api/v1/introductions', {
          params: { query: { needsNudge: needsNudge || undefined, page, size: INTRODUCTIONS_PAGE_SIZE } },
        }),
      )) as Page<Introduction>,
    placeholderData: keepPreviousData,
  });
}

export type IntroductionAction =
  | { id: string; kind: 'accept' }
  | { id: string; kind: 'decline' }
  | { id: string; kind: 'outcome'; outcome: IntroductionOutcome };

function act(action: IntroductionAction) {
  const params = { params: { path: { id: action.id } } };
  switch (action.kind) {
    case 'accept':
      return unwrap(api.POST('/api/v1/introductions/{id}/accept', params));
    case 'decline':
      return unwrap(api.POST('/api/v1/introductions/{id}/decline', params));
    case 'outcome':
      return unwrap(api.POST('/api/v1/introductions/{id}/outcome', { ...params, body: { outcome: action.outcome } }));
  }
}

/** Accept, decline, or record what came of an introduction. */
export function useIntroductionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: IntroductionAction): Promise<Introduction> => (await act(action)) as Introduction,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: INTRODUCTIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: HOTLINE_KEY }),
      ]),
  });
}
