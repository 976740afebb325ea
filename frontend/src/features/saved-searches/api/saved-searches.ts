import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemSearchPage, SavedSearch } from '@/lib/api/types';

const savedSearchesKey = ['saved-searches'];
export const MATCHES_SHOWN = 4;

export function useSavedSearches() {
  return useQuery({
    queryKey: savedSearchesKey,
    queryFn: async (): Promise<SavedSearch[]> =>
      (await unwrap(api.GET('/api/v1/saved-searches'))) as SavedSearch[],
  });
}

export function useSavedSearchMatches(id: string) {
  return useQuery({
    queryKey: [...savedSearchesKey, id, 'matches'],
    queryFn: async (): Promise<ItemSearchPage> =>
      (await unwrap(
        api.GET('/api/v1/saved-searches/{id}/matches', { params: { path: { id }, query: { size: MATCHES_SHOWN } } }),
      )) as ItemSearchPage,
  });
}

export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}

/** The one-click "stop these emails" of a digest: no sign-in needed. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/v1/saved-searches/unsubscribe', { params: { query: { token } } })),
  });
}
