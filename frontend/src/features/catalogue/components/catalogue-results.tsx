import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ItemCard } from '@/components/item-card';
import { Pagination } from '@/components/pagination';
import { LoadError, Loading } from '@/components/query-state';
import type { ItemSearchPage } from '@/lib/api/types';
import { catalogueParamsFrom, type CatalogueFilters, type KindPath } from '@/lib/catalogue';
import { CATALOGUE_BROWSABLE, CATALOGUE_PAGE_SIZE } from '../api/search';

type CatalogueResultsProps = {
  kind: KindPath;
  filters: CatalogueFilters;
  search: UseQueryResult<ItemSearchPage>;
  onPageChange: (page: number) => void;
  onReset: () => void;
  /** Shown beside the count (saving the search). */
  actions?: ReactNode;
};

export function CatalogueResults({ kind, filters, search, onPageChange, onReset, actions }: CatalogueResultsProps) {
  const { t } = useTranslation();

  if (search.isPending) return <Loading />;
  if (search.isError) return <LoadError error={search.error} onRetry={() => void search.refetch()} />;

  const { items, total, page, size, suggestion } = search.data;
  const suggestionUrl = suggestion
    ? `/${kind}?${catalogueParamsFrom({ ...filters, q: suggestion, page: 0 }).toString()}`
    : null;

  return (
    <section className="directory-results" aria-labelledby="catalogue-results-title" aria-busy={search.isFetching}>
      <h2 id="catalogue-results-title" className="visually-hidden">
        {t('catalogue.resultsTitle')}
      </h2>
      <div className="results-header">
        {/* Announced to screen readers whenever the results change. */}
        <p role="status" className="directory-results__count">
          {t(`catalogue.${kind}.count`, { count: total })}
        </p>
        {actions}
      </div>
      {suggestionUrl && (
        <p className="suggestion">
          {t('catalogue.didYouMean')} <Link to={suggestionUrl}>{suggestion}</Link>
        </p>
      )}
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t(`catalogue.${kind}.empty`)}</p>
          <Button variant="secondary" onPress={onReset}>
            {t('catalogue.clear')}
          </Button>
        </div>
      ) : (
        <ul className="card-grid" aria-labelledby="catalogue-results-title">
          {items.map((item) => (
            <li key={item.id}>
              <ItemCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        size={size || CATALOGUE_PAGE_SIZE}
        total={total}
        browsable={CATALOGUE_BROWSABLE}
        onPageChange={onPageChange}
      />
    </section>
  );
}
