import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemKind, ItemSummary, Page } from '@/lib/api/types';
import { kindPathOf } from '@/lib/catalogue';

export const HIDDEN_PAGE_SIZE = 20;

export function useHiddenItems(kind: ItemKind, page: number) {
  return useQuery({
    queryKey: ['catalogue', 'hidden', kind, page],
    queryFn: async (): Promise<Page<ItemSummary>> =>
      (await unwrap(
        api.GET('/api/v1/moderation/items', { params: { query: { kind, page, size: HIDDEN_PAGE_SIZE } } }),
      )) as Page<ItemSummary>,
    placeholderData: keepPreviousData,
  });
}

export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: ItemSummary) =>
      unwrap(
        api.POST('/api/v1/{kind}/{id}/restore', { params: { path: { kind: kindPathOf(item.kind), id: item.id } } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
  });
}
