import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { HOTLINE_KEY } from '@/lib/api/introductions';
import type {
  CaseDetail,
  CaseNote,
  CaseStatus,
  CaseSummary,
  CaseUpdate,
  HotlineFigures,
  NeedInput,
  OfferMatch,
  Page,
  PersonRef,
} from '@/lib/api/types';

export const CASES_PAGE_SIZE = 20;

/** The board's filters, as the URL keeps them. */
export type CaseFilters = {
  status: CaseStatus | null;
  /** A commune, EPCI or département id: needs of the organisations there. */
  territory: string | null;
  /** Only the needs the signed-in animator handles. */
  mine: boolean;
  /** Zero-based. */
  page: number;
};

const caseKey = (requestId: string) => [...HOTLINE_KEY, 'case', requestId];

/** This month's needs, share introduced, median time to a first introduction, share resolved. */
export function useHotlineFigures() {
  return useQuery({
    queryKey: [...HOTLINE_KEY, 'figures'],
    queryFn: async (): Promise<HotlineFigures> =>
      (await unwrap(api.GET('/api/v1/hotline/figures'))) as HotlineFigures,
  });
}

export const MATCHES_SHOWN = 5;

/** The offers published lately that could meet open requests (reverse matching), newest first. */
export function useOfferMatches() {
  return useQuery({
    queryKey: [...HOTLINE_KEY, 'matches'],
    queryFn: async (): Promise<Page<OfferMatch>> =>
      (await unwrap(
        api.GET('/api/v1/hotline/matches', { params: { query: { size: MATCHES_SHOWN } } }),
      )) as Page<OfferMatch>,
  });
}

/** `myId`: the signed-in person, the assignee of "my needs". */
export function useCases(filters: CaseFilters, myId: string | undefined) {
  return useQuery({
    queryKey: [...HOTLINE_KEY, 'cases', filters, myId],
    queryFn: async (): Promise<Page<CaseSummary>> =>
      (await unwrap(
        api.GET('/api/v1/hotline/cases', {
          params: {
            query: {
              status: filters.status ?? undefined,
              territory: filters.territory ?? undefined,
              assignee: filters.mine ? myId : undefined,
              page: filters.page,
              size: CASES_PAGE_SIZE,
            },
          },
        }),
      )) as Page<CaseSummary>,
    // The previous results stay on screen while a filter's load.
    placeholderData: keepPreviousData,
  });
}

export function useCase(requestId: string) {
  return useQuery({
    queryKey: caseKey(requestId),
    queryFn: async (): Promise<CaseDetail> =>
      (await unwrap(
        api.GET('/api/v1/hotline/cases/{requestId}', { params: { path: { requestId } } }),
      )) as CaseDetail,
  });
}

export function useUpdateCase(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CaseUpdate): Promise<CaseDetail> =>
      (await unwrap(
        api.PUT('/api/v1/hotline/cases/{requestId}', { params: { path: { requestId } }, body }),
      )) as CaseDetail,
    onSuccess: async (saved) => {
      queryClient.setQueryData(caseKey(requestId), saved);
      // The board's lists and figures follow.
      await queryClient.invalidateQueries({ queryKey: HOTLINE_KEY, predicate: (query) => query.queryKey[1] !== 'case' });
    },
  });
}

/**
 * The animators and admins a need can be assigned to. Not under HOTLINE_KEY: saving a case
 * refreshes the board, not the staff, which changes rarely.
 */
export function useHotlineStaff() {
  return useQuery({
    queryKey: ['hotline-staff'],
    queryFn: (): Promise<PersonRef[]> => unwrap(api.GET('/api/v1/hotline/staff')),
    staleTime: 5 * 60 * 1000,
  });
}

export function useAddNote(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string): Promise<CaseNote> =>
      unwrap(api.POST('/api/v1/hotline/cases/{requestId}/notes', { params: { path: { requestId } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKey(requestId) }),
  });
}

/** Types in a need received by phone, email, at an event or from a partner: it is published as a request. */
export function useReceiveNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NeedInput): Promise<CaseDetail> => unwrap(api.POST('/api/v1/hotline/needs', { body })),
    onSuccess: async (created) => {
      queryClient.setQueryData(caseKey(created.summary.requestId), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: HOTLINE_KEY, predicate: (query) => query.queryKey[1] !== 'case' }),
        // A new request in the catalogue.
        queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
      ]);
    },
  });
}
