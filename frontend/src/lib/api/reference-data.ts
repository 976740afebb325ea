import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Territory, TerritoryKind } from './types';

/** Sectors, charter and territories change rarely: cache them for the session. */
const REFERENCE_STALE_TIME = 60 * 60 * 1000;

export function useSectors() {
  return useQuery({
    queryKey: ['sectors'],
    queryFn: () => unwrap(api.GET('/api/v1/sectors')),
    staleTime: REFERENCE_STALE_TIME,
  });
}

export function useCharter() {
  return useQuery({
    queryKey: ['charter'],
    queryFn: () => unwrap(api.GET('/api/v1/charter')),
    staleTime: REFERENCE_STALE_TIME,
  });
}

export const TERRITORY_MIN_QUERY = 2;

export function useTerritories(q: string, kind?: TerritoryKind) {
  return useQuery({
    queryKey: ['territories', q, kind],
    queryFn: (): Promise<Territory[]> =>
      unwrap(api.GET('/api/v1/territories', { params: { query: { q, kind, limit: 20 } } })),
    enabled: q.trim().length >= TERRITORY_MIN_QUERY,
    staleTime: REFERENCE_STALE_TIME,
  });
}
