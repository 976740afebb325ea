import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { OrganisationCard } from '@/components/organisation-card';
import { Pagination } from '@/components/pagination';
import { LoadError, Loading } from '@/components/query-state';
import { DIRECTORY_PAGE_SIZE, useDirectory, type DirectoryFilters } from '../api/organisations';

type DirectoryResultsProps = {
  filters: DirectoryFilters;
  onPageChange: (page: number) => void;
  onReset: () => void;
};

export function DirectoryResults({ filters, onPageChange, onReset }: DirectoryResultsProps) {
  const { t } = useTranslation();
  const directory = useDirectory(filters);

  if (directory.isPending) return <Loading />;
  if (directory.isError) return <LoadError error={directory.error} onRetry={() => void directory.refetch()} />;

  const { items, total, page, size } = directory.data;
  return (
    <section className="directory-results" aria-labelledby="directory-results-title" aria-busy={directory.isFetching}>
      <h2 id="directory-results-title" className="visually-hidden">
        {t('directory.resultsTitle')}
      </h2>
      {/* Announced to screen readers whenever the results change. */}
      <p role="status" className="directory-results__count">
        {t('directory.count', { count: total })}
      </p>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t('directory.empty')}</p>
          <Button variant="secondary" onPress={onReset}>
            {t('directory.clear')}
          </Button>
        </div>
      ) : (
        <ul className="card-grid" aria-labelledby="directory-results-title">
          {items.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard organisation={organisation} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} size={size || DIRECTORY_PAGE_SIZE} total={total} onPageChange={onPageChange} />
    </section>
  );
}
