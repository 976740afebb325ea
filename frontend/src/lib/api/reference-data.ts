import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Category, Territory, TerritoryKind } from './types';

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

export function useTerritory(id: string | null) {
  return useQuery({
    queryKey: ['territory', id],
    queryFn: (): Promise<Territory> =>
      unwrap(api.GET('/api/v1/territories/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

/** The two-level list of catalogue categories, in the current language. */
export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: (): Promise<Category[]> => unwrap(api.GET('/api/v1/categories')),
    staleTime: REFERENCE_STALE_TIME,
  });
}

/** The top category a code belongs to, and the sub-category when it names one. */
export function findCategory(categories: readonly Category[], code: string | null) {
  if (!code) return null;
  for (const top of categories) {
    if (top.code === code) return { top, sub: null };
    const sub = top.children.find((child) => child.code === code);
    if (sub) return { top, sub };
  }
  return null;
}
