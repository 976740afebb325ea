import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '@/components/button';
import { Page } from '@/components/page';
import { useSession } from '@/lib/auth/auth-provider';
import { useItemSearch } from '../api/search';
import { CatalogueResults } from '../components/catalogue-results';
import { CatalogueSearch } from '../components/catalogue-search';
import { SaveSearchDialog } from '../components/save-search-dialog';
import { useCatalogueFilters } from '../hooks/use-catalogue-filters';
import { useKindPath } from '../hooks/use-kind-path';

/** /offers and /requests: search, filters with their counts, results. */
export function CatalogueRoute() {
  const { t } = useTranslation();
  const kind = useKindPath();
  const session = useSession();
  const { filters, update, reset } = useCatalogueFilters();
  const search = useItemSearch(kind, filters);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const canPublish = session.hasRole('MEMBER') && session.me?.organisation?.status === 'ACTIVE';

  return (
    <Page title={t(`catalogue.${kind}.title`)} intro={<p>{t(`catalogue.${kind}.intro`)}</p>}>
      {canPublish && (
        <p className="page-actions">
          <ButtonLink to={`/${kind}/new`}>{t(`catalogue.${kind}.create`)}</ButtonLink>
        </p>
      )}
      {/* Keyed by kind: the words typed for offers are not a search of requests. */}
      <CatalogueSearch
        key={kind}
        kind={kind}
        filters={filters}
        results={search.data}
        onChange={(change) => {
          setSaved(false);
          update(change);
        }}
        onReset={reset}
      />
      <div role="status" className="status-line">
        {saved && (
          <p className="alert alert--success">
            {t('saveSearch.saved')} <Link to="/saved-searches">{t('saveSearch.seeAll')}</Link>
          </p>
        )}
      </div>
      <CatalogueResults
        kind={kind}
        filters={filters}
        search={search}
        onReset={reset}
        onPageChange={(page) => {
          update({ page });
          window.scrollTo({ top: 0 });
        }}
        actions={
          session.status === 'signedIn' && (
            <Button variant="secondary" onPress={() => setSaving(true)}>
              {t('saveSearch.open')}
            </Button>
          )
        }
      />
      {saving && (
        <SaveSearchDialog
          kind={kind}
          filters={filters}
          onClose={() => setSaving(false)}
          onSaved={() => {
            setSaving(false);
            setSaved(true);
          }}
        />
      )}
    </Page>
  );
}
