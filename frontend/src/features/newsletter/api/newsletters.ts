import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { Page } from '@/lib/api/types';
import type { Language } from '@/lib/i18n';
import type { Newsletter, NewsletterEdit, NewsletterSummary, RenderedNewsletter } from '@/lib/api/types';

/** Every newsletter query starts with this key: a change refreshes lists and issues at once. */
export const NEWSLETTERS_KEY = ['newsletters'] as const;
const issueKey = (id: string) => [...NEWSLETTERS_KEY, 'detail', id];

export const NEWSLETTERS_PAGE_SIZE = 24;
/** How often an issue being sent is asked for its progress. */
export const PROGRESS_INTERVAL_MS = 1000;

/**
 * Sent issues for visitors and members (the archive); every issue for animators, newest month
 * first. `sentOnly`: the archive, which shows animators what readers got.
 */
export function useNewsletters(page: number, { sentOnly = false }: { sentOnly?: boolean } = {}) {
  return useQuery({
    // The archive apart: visited signed out, it holds the sent issues only.
    queryKey: [...NEWSLETTERS_KEY, 'list', sentOnly ? 'archive' : 'all', page],
    queryFn: async (): Promise<Page<NewsletterSummary>> =>
      (await unwrap(
        api.GET('/api/v1/newsletters', { params: { query: { page, size: NEWSLETTERS_PAGE_SIZE } } }),
      )) as Page<NewsletterSummary>,
    select: sentOnly
      ? (result) => ({ ...result, items: result.items.filter((issue) => issue.status === 'SENT') })
      : undefined,
    placeholderData: keepPreviousData,
  });
}

export type VersionedNewsletter = { newsletter: Newsletter; etag: string };

function versioned(newsletter: Newsletter, response: Response): VersionedNewsletter {
  return { newsletter, etag: response.headers.get('ETag') ?? `"${newsletter.version}"` };
}

/** An issue with the version it was read at; asked again every second while it is being sent. */
export function useNewsletter(id: string) {
  return useQuery({
    queryKey: issueKey(id),
    queryFn: async () => {
      const result = await api.GET('/api/v1/newsletters/{id}', { params: { path: { id } } });
      return versioned(bodyOf(result) as Newsletter, result.response);
    },
    refetchInterval: (query) => (query.state.data?.newsletter.status === 'SENDING' ? PROGRESS_INTERVAL_MS : false),
  });
}

function useStore() {
  const queryClient = useQueryClient();
  return (result: VersionedNewsletter) => {
    queryClient.setQueryData(issueKey(result.newsletter.id), result);
    void queryClient.invalidateQueries({ queryKey: [...NEWSLETTERS_KEY, 'list'] });
  };
}

/** Composes a month's draft (YYYY-MM) from the news of the month before (409 when it has an issue already). */
export function useComposeNewsletter() {
  const store = useStore();
  return useMutation({
    mutationFn: async (month: string) => {
      const result = await api.POST('/api/v1/newsletters', { body: { month } });
      return versioned(bodyOf(result) as Newsletter, result.response);
    },
    onSuccess: store,
  });
}

/** Saves only if nobody changed the issue since `etag` was read (412 otherwise). */
export function useSaveNewsletter(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: async ({ edit, etag }: { edit: NewsletterEdit; etag: string }) => {
      const result = await api.PUT('/api/v1/newsletters/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: edit,
      });
      return versioned(bodyOf(result) as Newsletter, result.response);
    },
    onSuccess: store,
  });
}

/** Reads the month's news again, keeping the editorial and what was pinned or removed. */
export function useRefreshNewsletter(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/v1/newsletters/{id}/refresh', { params: { path: { id } } });
      return versioned(bodyOf(result) as Newsletter, result.response);
    },
    onSuccess: store,
  });
}

/** The unsaved edit rendered exactly as it would be sent, in one language (which it keeps with it). */
export function usePreview(id: string, edit: NewsletterEdit, language: Language) {
  return useQuery({
    queryKey: [...NEWSLETTERS_KEY, 'preview', id, language, edit],
    queryFn: async (): Promise<RenderedNewsletter & { language: Language }> => ({
      ...((await unwrap(
        api.POST('/api/v1/newsletters/{id}/preview', { params: { path: { id } }, body: { edit, language } }),
      )) as RenderedNewsletter),
      language,
    }),
    // The previous rendering stays on screen while the next one is made.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** A sent issue as its readers got it, in one language (the web archive). */
export function useRenderedNewsletter(id: string, language: Language) {
  return useQuery({
    queryKey: [...NEWSLETTERS_KEY, 'rendered', id, language],
    queryFn: async (): Promise<RenderedNewsletter> =>
      (await unwrap(
        api.GET('/api/v1/newsletters/{id}/rendered', { params: { path: { id }, query: { language } } }),
      )) as RenderedNewsletter,
  });
}

/** Sends the saved version to the animator's own address. */
export function useSendTest(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/newsletters/{id}/test', { params: { path: { id } } })),
  });
}

/** Sends the issue to every subscriber, if nobody changed it since `etag`; its progress then follows. */
export function useSendNewsletter(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: async (etag: string) => {
      const result = await api.POST('/api/v1/newsletters/{id}/send', {
        params: { path: { id }, header: { 'If-Match': etag } },
      });
      return versioned(bodyOf(result) as Newsletter, result.response);
    },
    onSuccess: store,
  });
}
