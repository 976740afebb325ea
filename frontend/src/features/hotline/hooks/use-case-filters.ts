import { isCaseStatus } from '@/lib/api/types';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import type { CaseFilters } from '../api/hotline';

export const NO_CASE_FILTERS: CaseFilters = { status: null, territory: null, mine: false, page: 0 };

/** Reads the filters from the URL, ignoring values a hand-edited link may carry. */
function filtersFromParams(params: URLSearchParams): CaseFilters {
  const status = params.get('status');
  return {
    status: isCaseStatus(status) ? status : null,
    territory: params.get('territory') || null,
    mine: params.get('mine') === '1',
    page: pageFromParams(params),
  };
}

function paramsFromFilters(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.territory) params.set('territory', filters.territory);
  if (filters.mine) params.set('mine', '1');
  setPageParam(params, filters.page);
  return params;
}

/** The board's filters live in the URL: "my new needs" can be bookmarked, and back undoes a filter. */
export function useCaseFilters() {
  return useUrlFilters(filtersFromParams, paramsFromFilters);
}
