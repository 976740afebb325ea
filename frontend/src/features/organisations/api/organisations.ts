import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { LegalForm, OrganisationDetail, OrganisationInput, OrganisationSummary, Page } from '@/lib/api/types';

export type DirectorySort = 'relevance' | 'name' | 'newest';

export type DirectoryFilters = {
  q: string;
  sector: string | null;
  territory: string | null;
  legalForm: LegalForm | null;
  newThisMonth: boolean;
  sort: DirectorySort;
  /** Zero-based. */
  page: number;
};

export const DIRECTORY_PAGE_SIZE = 20;

export function useDirectory(filters: DirectoryFilters) {
  return useQuery({
    queryKey: ['organisations', 'directory', filters],
    queryFn: (): Promise<Page<OrganisationSummary>> =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: {
            query: {
              q: filters.q || undefined,
              sector: filters.sector ?? undefined,
              territory: filters.territory ?? undefined,
              legalForm: filters.legalForm ?? undefined,
              newThisMonth: filters.newThisMonth || undefined,
              sort: filters.sort,
              page: filters.page,
              size: DIRECTORY_PAGE_SIZE,
            },
          },
        }),
      ),
    // Keeps the previous results on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
}

export type VersionedOrganisation = { organisation: OrganisationDetail; etag: string };

const organisationKey = (id: string) => ['organisations', 'detail', id];

function versioned(organisation: OrganisationDetail, response: Response): VersionedOrganisation {
  return { organisation, etag: response.headers.get('ETag') ?? `"${organisation.version}"` };
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: async () => {
      const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } });
      return versioned(bodyOf(result), result.response);
    },
  });
}

/** Saves a profile only if nobody changed it since `etag` was read (412 otherwise). */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: OrganisationInput; etag: string }) => {
      const result = await api.PUT('/api/v1/organisations/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body,
      });
      return versioned(bodyOf(result), result.response);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(organisationKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'directory'] });
    },
  });
}
