import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  catalogueFiltersFromParams,
  catalogueParamsFrom,
  type CatalogueFilters,
} from '@/lib/catalogue';

/**
 * The catalogue's search lives in the URL, so a search can be bookmarked or
 * shared, and the back button undoes a filter.
 */
export function useCatalogueFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => catalogueFiltersFromParams(params), [params]);

  const update = useCallback(
    (change: Partial<CatalogueFilters>) => {
      // Any new criterion starts again from the first page.
      const next = { ...filters, page: 0, ...change };
      // Stay where the filters are; the results update below them.
      setParams(catalogueParamsFrom(next), { preventScrollReset: true });
    },
    [filters, setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { filters, update, reset };
}
