import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { SavedSearch } from '@/lib/api/types';
import { useDeleteSavedSearch, useSavedSearches } from '../api/saved-searches';
import { SavedSearchCard } from '../components/saved-search-card';

export function SavedSearchesRoute() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  const remove = useDeleteSavedSearch();
  const [toDelete, setToDelete] = useState<SavedSearch | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Page title={t('savedSearches.title')} intro={<p>{t('savedSearches.intro')}</p>}>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <FormAlert error={remove.error} />
      {searches.isPending ? (
        <Loading />
      ) : searches.isError ? (
        <LoadError error={searches.error} onRetry={() => void searches.refetch()} />
      ) : searches.data.length === 0 ? (
        <div className="empty-state">
          <p>{t('savedSearches.empty')}</p>
          <p>
            <Link to="/offers">{t('savedSearches.browseOffers')}</Link> ·{' '}
            <Link to="/requests">{t('savedSearches.browseRequests')}</Link>
          </p>
        </div>
      ) : (
        <ul className="stack">
          {searches.data.map((search) => (
            <li key={search.id}>
              <SavedSearchCard
                search={search}
                onDelete={() => {
                  setDone(null);
                  setToDelete(search);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <Dialog
        title={t('savedSearches.deleteTitle')}
        isOpen={toDelete !== null}
        onOpenChange={(open) => !open && setToDelete(null)}
      >
        <p>{toDelete && t('savedSearches.deleteConfirm', { name: toDelete.name })}</p>
        <div className="dialog__actions">
          <Button variant="secondary" onPress={() => setToDelete(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            isPending={remove.isPending}
            onPress={() => {
              if (!toDelete) return;
              const { name } = toDelete;
              remove.mutate(toDelete.id, {
                onSuccess: () => setDone(t('savedSearches.deleted', { name })),
                onSettled: () => setToDelete(null),
              });
            }}
          >
            {t('savedSearches.delete')}
          </Button>
        </div>
      </Dialog>
    </Page>
  );
}
