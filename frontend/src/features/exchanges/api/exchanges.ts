import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { addDays, parisDate } from '@/lib/catalogue';
import type {
  Agreement,
  AgreementTerms,
  EventView,
  Exchange,
  ExchangeDetail,
  ExchangeInput,
  ExchangeStatus,
  Introduction,
  Item,
  OrganisationDetail,
  Page,
  Testimonial,
} from '@/lib/api/types';

/** Every exchange query starts with this key: any change refreshes lists and pages. */
export const EXCHANGES_KEY = ['exchanges'] as const;
/** Confirming or voiding changes the figures too. */
const IMPACT_KEY = ['impact'] as const;
const exchangeKey = (id: string) => [...EXCHANGES_KEY, 'detail', id];

export const EXCHANGES_PAGE_SIZE = 20;

/** The list's filters, as the URL keeps them. */
export type ExchangeFilters = {
  status: ExchangeStatus | null;
  /** Only those waiting for the caller's organisation to confirm. */
  awaitingMe: boolean;
  /** Animators: one organisation's. */
  organisation: string | null;
  /** Zero-based. */
  page: number;
};

export function useExchanges(filters: ExchangeFilters) {
  return useQuery({
    queryKey: [...EXCHANGES_KEY, 'list', filters],
    queryFn: async (): Promise<Page<Exchange>> =>
      (await unwrap(
        api.GET('/api/v1/exchanges', {
          params: {
            query: {
              status: filters.status ?? undefined,
              awaitingMe: filters.awaitingMe || undefined,
              organisationId: filters.organisation ?? undefined,
              page: filters.page,
              size: EXCHANGES_PAGE_SIZE,
            },
          },
        }),
      )) as Page<Exchange>,
    placeholderData: keepPreviousData,
  });
}

export function useExchange(id: string) {
  return useQuery({
    queryKey: exchangeKey(id),
    queryFn: async (): Promise<ExchangeDetail> =>
      (await unwrap(api.GET('/api/v1/exchanges/{id}', { params: { path: { id } } }))) as ExchangeDetail,
  });
}

function useRefreshExchanges() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: EXCHANGES_KEY }),
      queryClient.invalidateQueries({ queryKey: IMPACT_KEY }),
    ]);
}

export function useDeclareExchange() {
  const refresh = useRefreshExchanges();
  return useMutation({
    mutationFn: async (body: ExchangeInput): Promise<Exchange> =>
      (await unwrap(api.POST('/api/v1/exchanges', { body }))) as Exchange,
    onSuccess: refresh,
  });
}

export function useAmendExchange(id: string) {
  const refresh = useRefreshExchanges();
  return useMutation({
    mutationFn: async (body: ExchangeInput): Promise<Exchange> =>
      (await unwrap(api.PUT('/api/v1/exchanges/{id}', { params: { path: { id } }, body }))) as Exchange,
    onSuccess: refresh,
  });
}

export type ExchangeDecision =
  | { kind: 'confirm'; note?: string }
  | { kind: 'dispute'; reason: string }
  /** Withdraws an unconfirmed exchange, or (animators) voids a confirmed one. */
  | { kind: 'cancel'; reason: string };

function decide(id: string, decision: ExchangeDecision) {
  const params = { params: { path: { id } } };
  switch (decision.kind) {
    case 'confirm':
      // Members confirming for their own organisation have nothing to add.
      return unwrap(api.POST('/api/v1/exchanges/{id}/confirm', { ...params, body: { note: decision.note ?? '' } }));
    case 'dispute':
      return unwrap(api.POST('/api/v1/exchanges/{id}/dispute', { ...params, body: { reason: decision.reason } }));
    case 'cancel':
      return unwrap(api.POST('/api/v1/exchanges/{id}/cancel', { ...params, body: { reason: decision.reason } }));
  }
}

/** Confirm, dispute, cancel or void. */
export function useExchangeDecision(id: string) {
  const refresh = useRefreshExchanges();
  return useMutation({
    mutationFn: async (decision: ExchangeDecision): Promise<Exchange> => (await decide(id, decision)) as Exchange,
    onSuccess: refresh,
  });
}

/** Drafts (or redrafts) the cooperation agreement; earlier acceptances are withdrawn. */
export function useDraftAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (terms: AgreementTerms): Promise<Agreement> =>
      (await unwrap(
        api.PUT('/api/v1/exchanges/{id}/agreement', { params: { path: { id } }, body: terms }),
      )) as Agreement,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EXCHANGES_KEY }),
  });
}

/** Accepts the text shown, named by its SHA-256: a text changed meanwhile is refused. */
export function useAcceptAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sha256: string): Promise<Agreement> =>
      (await unwrap(
        api.POST('/api/v1/exchanges/{id}/agreement/accept', { params: { path: { id } }, body: { sha256 } }),
      )) as Agreement,
    // Refused because the text changed meanwhile (409), or accepted: show the text as it is now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: EXCHANGES_KEY }),
  });
}

export function useWriteTestimonial(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string): Promise<Testimonial> =>
      (await unwrap(
        api.PUT('/api/v1/exchanges/{id}/testimonial', { params: { path: { id } }, body: { text } }),
      )) as Testimonial,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EXCHANGES_KEY }),
  });
}

/** One side agrees, or no longer agrees, to publish the testimonial. */
export function useConsentToTestimonial(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (publish: boolean): Promise<Testimonial> =>
      (await unwrap(
        api.POST('/api/v1/exchanges/{id}/testimonial/consent', { params: { path: { id } }, body: { publish } }),
      )) as Testimonial,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EXCHANGES_KEY }),
  });
}

/* What a declaration starts from. */

export function useIntroduction(id: string | null) {
  return useQuery({
    queryKey: ['introductions', 'one', id],
    queryFn: async (): Promise<Introduction> =>
      (await unwrap(api.GET('/api/v1/introductions/{id}', { params: { path: { id: id! } } }))) as Introduction,
    enabled: id !== null,
  });
}

export function useCatalogueItem(kind: 'offers' | 'requests', id: string | null) {
  return useQuery({
    queryKey: ['catalogue', 'exchange-origin', kind, id],
    queryFn: async (): Promise<Item> =>
      (await unwrap(api.GET('/api/v1/{kind}/{id}', { params: { path: { kind, id: id! } } }))) as Item,
    enabled: id !== null,
  });
}

/** The name of the organisation the list is filtered on (the URL keeps only its id). */
export function useOrganisationName(id: string | null) {
  return useQuery({
    queryKey: ['organisations', 'name', id],
    queryFn: async (): Promise<string> =>
      ((await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: id! } } }))) as OrganisationDetail)
        .name,
    enabled: id !== null,
    staleTime: Infinity,
  });
}

/** How far back the declaration form offers events to declare an exchange born at one. */
export const RECENT_EVENT_DAYS = 180;

/** The events of the last six months (Paris days, today included), most recent first. */
export function useRecentEvents(enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'recent'],
    queryFn: async (): Promise<EventView[]> => {
      const today = parisDate();
      const page = (await unwrap(
        api.GET('/api/v1/events', {
          params: { query: { from: addDays(today, -RECENT_EVENT_DAYS), to: today, size: 200 } },
        }),
      )) as Page<EventView>;
      return [...page.items].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    },
    enabled,
    staleTime: 5 * 60 * 1000,
  });
}
