import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemSearchPage } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';

export const LATEST_ITEMS_COUNT = 4;

/** The newest published offers or requests. */
export function useLatestItems(kind: KindPath) {
  return useQuery({
    queryKey: ['catalogue', 'latest', kind],
    queryFn: async (): Promise<ItemSearchPage> =>
      (await unwrap(
        api.GET('/api/v1/{kind}', { params: { path: { kind }, query: { sort: 'date', size: LATEST_ITEMS_COUNT } } }),
      )) as ItemSearchPage,
  });
}
