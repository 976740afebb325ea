import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OrganisationSummary, Page } from '@/lib/api/types';

export const NEWEST_MEMBERS_COUNT = 6;

export function useNewestMembers() {
  return useQuery({
    queryKey: ['organisations', 'newest'],
    queryFn: (): Promise<Page<OrganisationSummary>> =>
      unwrap(api.GET('/api/v1/organisations', { params: { query: { sort: 'newest', size: NEWEST_MEMBERS_COUNT } } })),
  });
}
