import { catalogueFiltersFromParams, catalogueParamsFrom } from '@/lib/catalogue';
import { useUrlFilters } from '@/lib/url-filters';

/**
 * The catalogue's search lives in the URL, so a search can be bookmarked or
 * shared, and the back button undoes a filter.
 */
export function useCatalogueFilters() {
  return useUrlFilters(catalogueFiltersFromParams, catalogueParamsFrom);
}
