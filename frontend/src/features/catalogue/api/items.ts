import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { Item, ItemChange, ItemInput, ItemKind, ItemSummary, Page, Photo } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';

/** Every catalogue query starts with this key: one change refreshes lists, pages and the home page. */
const CATALOGUE_KEY = ['catalogue'];
const itemKey = (kind: KindPath, id: string) => [...CATALOGUE_KEY, 'item', kind, id];

export type VersionedItem = { item: Item; etag: string };

/** What the form did, told on the item's page (carried in the navigation's state). */
export type ItemNotice = 'saved' | 'published' | 'publishFailed';

function versioned(item: Item, response: Response): VersionedItem {
  return { item, etag: response.headers.get('ETag') ?? `"${item.version}"` };
}

function useRefreshCatalogue() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CATALOGUE_KEY });
}

export function useItem(kind: KindPath, id: string) {
  return useQuery({
    queryKey: itemKey(kind, id),
    queryFn: async () => {
      const result = await api.GET('/api/v1/{kind}/{id}', { params: { path: { kind, id } } });
      return versioned(bodyOf(result) as Item, result.response);
    },
  });
}

/** Writes a draft of the person's organisation. */
export function useCreateItem(kind: KindPath) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: async (body: ItemInput): Promise<Item> =>
      (await unwrap(api.POST('/api/v1/{kind}', { params: { path: { kind } }, body }))) as Item,
    onSuccess: refresh,
  });
}

/** Saves only if nobody changed the item since `etag` was read (412 otherwise). */
export function useUpdateItem(kind: KindPath, id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: ItemInput; etag: string }) => {
      const result = await api.PUT('/api/v1/{kind}/{id}', {
        params: { path: { kind, id }, header: { 'If-Match': etag } },
        body,
      });
      return versioned(bodyOf(result) as Item, result.response);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(itemKey(kind, id), saved);
      await refresh();
    },
  });
}

export type ItemAction = 'publish' | 'withdraw' | 'fulfil' | 'extend';

function act(kind: KindPath, id: string, action: ItemAction) {
  const params = { params: { path: { kind, id } } };
  switch (action) {
    case 'publish':
      return unwrap(api.POST('/api/v1/{kind}/{id}/publish', params));
    case 'withdraw':
      return unwrap(api.POST('/api/v1/{kind}/{id}/withdraw', params));
    case 'fulfil':
      return unwrap(api.POST('/api/v1/{kind}/{id}/fulfil', params));
    case 'extend':
      return unwrap(api.POST('/api/v1/{kind}/{id}/extend', params));
  }
}

/** What each action may follow (the API answers 409 otherwise). */
export function allowedActions(status: Item['status']): ItemAction[] {
  switch (status) {
    case 'DRAFT':
      return ['publish'];
    case 'PUBLISHED':
      return ['withdraw', 'fulfil', 'extend'];
    case 'WITHDRAWN':
      return ['publish', 'fulfil'];
    case 'EXPIRED':
      return ['publish', 'extend', 'fulfil'];
    case 'FULFILLED':
      return [];
  }
}

/** Publish, withdraw, mark fulfilled, extend: the item's life, by its organisation. */
export function useItemAction(kind: KindPath) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ItemAction }) => act(kind, id, action),
    onSettled: refresh,
  });
}

export function useHideItem(kind: KindPath, id: string) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/v1/{kind}/{id}/hide', { params: { path: { kind, id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useRestoreItem(kind: KindPath, id: string) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/{kind}/{id}/restore', { params: { path: { kind, id } } })),
    onSettled: refresh,
  });
}

export function useItemHistory(kind: KindPath, id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...itemKey(kind, id), 'history'],
    queryFn: async (): Promise<ItemChange[]> =>
      (await unwrap(api.GET('/api/v1/{kind}/{id}/history', { params: { path: { kind, id } } }))) as ItemChange[],
    enabled,
  });
}

export function useAddPhoto(kind: KindPath, id: string) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (file: File): Promise<Photo> => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        api.POST('/api/v1/{kind}/{id}/photos', {
          params: { path: { kind, id } },
          // openapi-fetch sends FormData as is, with its multipart boundary.
          body: form as unknown as { file: string },
        }),
      );
    },
    onSuccess: refresh,
  });
}

export function useDeletePhoto(kind: KindPath, id: string) {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (photoId: string) =>
      unwrap(api.DELETE('/api/v1/{kind}/{id}/photos/{photoId}', { params: { path: { kind, id, photoId } } })),
    onSettled: refresh,
  });
}

export const MY_ITEMS_PAGE_SIZE = 20;

/** An organisation's own offers or requests, in every state. */
export function useOrganisationItems(organisationId: string, kind: ItemKind, page: number) {
  return useQuery({
    queryKey: [...CATALOGUE_KEY, 'organisation', organisationId, kind, page],
    queryFn: async (): Promise<Page<ItemSummary>> =>
      (await unwrap(
        api.GET('/api/v1/organisations/{organisationId}/items', {
          params: { path: { organisationId }, query: { kind, page, size: MY_ITEMS_PAGE_SIZE } },
        }),
      )) as Page<ItemSummary>,
    placeholderData: keepPreviousData,
  });
}

/** The one-click extension of an expiry reminder: no sign-in, and the link works once. */
export function useExtendByLink() {
  return useMutation({
    mutationFn: async (token: string): Promise<Item> =>
      (await unwrap(api.POST('/api/v1/catalog/extensions/{token}', { params: { path: { token } } }))) as Item,
  });
}
