import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ItemCard } from '@/components/item-card';
import { LoadError, Loading } from '@/components/query-state';
import type { SavedSearch } from '@/lib/api/types';
import { catalogueUrl, kindPathOf } from '@/lib/catalogue';
import { useSavedSearchMatches } from '../api/saved-searches';
import { CriteriaSummary } from './criteria-summary';

type SavedSearchCardProps = { search: SavedSearch; onDelete: () => void };

/** A saved search: what it looks for, whether it still emails, and its latest matches. */
export function SavedSearchCard({ search, onDelete }: SavedSearchCardProps) {
  const { t } = useTranslation();
  const matches = useSavedSearchMatches(search.id);
  const headingId = `saved-search-${search.id}`;
  const kindPath = kindPathOf(search.kind);

  return (
    <article className="panel saved-search" aria-labelledby={headingId}>
      <h2 id={headingId}>{search.name}</h2>
      <p className="profile__meta">{t(`savedSearches.kind.${kindPath}`)}</p>
      <CriteriaSummary criteria={search.criteria} />
      <p className={search.active ? 'hint' : 'badge'}>
        {search.active ? t('savedSearches.active') : t('savedSearches.inactive')}
      </p>
      <div className="button-row">
        <Link to={catalogueUrl(search.kind, search.criteria)}>{t('savedSearches.open')}</Link>
        <Button variant="secondary" onPress={onDelete} aria-label={t('savedSearches.deleteNamed', { name: search.name })}>
          {t('savedSearches.delete')}
        </Button>
      </div>
      <h3>{t('savedSearches.latest')}</h3>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <LoadError error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <p className="hint">{t('savedSearches.noMatches')}</p>
      ) : (
        <ul className="card-grid" aria-label={t('savedSearches.latestOf', { name: search.name })}>
          {matches.data.items.map((item) => (
            <li key={item.id}>
              <ItemCard item={item} headingLevel={4} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
