import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The zero-based page a URL names: one-based there, which people read and share; anything else is the first. */
export function pageFromParams(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}

/** Names a zero-based page in the URL (one-based there); the first goes without. */
export function setPageParam(params: URLSearchParams, page: number) {
  if (page > 0) params.set('page', String(page + 1));
}

/**
 * Filters that live in the URL, so a search can be bookmarked or shared, and the back
 * button undoes a filter. `fromParams` and `toParams` translate them; give stable functions.
 */
export function useUrlFilters<F extends { page: number }>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filters: F) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => fromParams(params), [fromParams, params]);

  const update = useCallback(
    (change: Partial<F>) => {
      // Any new criterion starts again from the first page.
      const next = { ...filters, page: 0, ...change };
      // Stay where the filters are; the results update below them.
      setParams(toParams(next), { preventScrollReset: true });
    },
    [filters, setParams, toParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { filters, update, reset };
}
