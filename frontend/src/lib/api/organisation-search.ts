import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { OrganisationSummary, Page } from './types';

export const ORGANISATION_MIN_QUERY = 2;

/** Member organisations whose name or activities match, for picking one. */
export function useOrganisationSearch(q: string) {
  return useQuery({
    queryKey: ['organisations', 'pick', q],
    queryFn: async (): Promise<OrganisationSummary[]> => {
      const page = (await unwrap(
        api.GET('/api/v1/organisations', { params: { query: { q, size: 10, sort: 'relevance' } } }),
      )) as Page<OrganisationSummary>;
      return page.items;
    },
    enabled: q.trim().length >= ORGANISATION_MIN_QUERY,
    placeholderData: keepPreviousData,
  });
}
