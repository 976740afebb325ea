import { LEGAL_FORMS, type LegalForm } from '@/lib/api/types';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import type { DirectoryFilters, DirectorySort } from '../api/organisations';

const SORTS: readonly DirectorySort[] = ['relevance', 'name', 'newest'];

export const NO_FILTERS: DirectoryFilters = {
  q: '',
  sector: null,
  territory: null,
  legalForm: null,
  newThisMonth: false,
  sort: 'relevance',
  page: 0,
};

/** Reads the filters from the URL, ignoring values a hand-edited link may carry. */
function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const legalForm = params.get('legalForm');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    sector: params.get('sector') || null,
    territory: params.get('territory') || null,
    legalForm: LEGAL_FORMS.includes(legalForm as LegalForm) ? (legalForm as LegalForm) : null,
    newThisMonth: params.get('new') === '1',
    sort: SORTS.includes(sort as DirectorySort) ? (sort as DirectorySort) : NO_FILTERS.sort,
    page: pageFromParams(params),
  };
}

function paramsFromFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.territory) params.set('territory', filters.territory);
  if (filters.legalForm) params.set('legalForm', filters.legalForm);
  if (filters.newThisMonth) params.set('new', '1');
  if (filters.sort !== NO_FILTERS.sort) params.set('sort', filters.sort);
  setPageParam(params, filters.page);
  return params;
}

/**
 * The directory's search lives in the URL, so a search can be bookmarked or
 * shared, and the back button undoes a filter.
 */
export function useDirectoryFilters() {
  return useUrlFilters(filtersFromParams, paramsFromFilters);
}
