import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { ItemKind, ItemSearchPage, SavedSearch, SearchCriteria } from '@/lib/api/types';
import type { CatalogueFilters, KindPath } from '@/lib/catalogue';

export const CATALOGUE_PAGE_SIZE = 20;
/** The API pages through the first 2,000 results of a search only (see `page` in openapi.yaml). */
export const CATALOGUE_BROWSABLE = 2000;

export function useItemSearch(kind: KindPath, filters: CatalogueFilters) {
  return useQuery({
    queryKey: ['catalogue', 'search', kind, filters],
    queryFn: (): Promise<ItemSearchPage> =>
      unwrap(
        api.GET('/api/v1/{kind}', {
          params: {
            path: { kind },
            query: {
              q: filters.q.trim() || undefined,
              market: filters.market ?? undefined,
              mode: filters.mode ?? undefined,
              category: filters.category ?? undefined,
              territory: filters.territory ?? undefined,
              sector: filters.sector ?? undefined,
              sort: filters.sort,
              page: filters.page,
              size: CATALOGUE_PAGE_SIZE,
            },
          },
        }),
      ),
    // Keeps the previous results on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
}

export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; kind: ItemKind; criteria: SearchCriteria }): Promise<SavedSearch> =>
      unwrap(
        api.POST('/api/v1/saved-searches', {
          // The contract lists no criterion as required, but the generated type does.
          body: body as components['schemas']['SavedSearchInput'],
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
}
