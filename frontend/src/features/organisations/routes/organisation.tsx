import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/auth-provider';
import { useOrganisation } from '../api/organisations';
import { OrganisationDataPanel } from '../components/organisation-data-panel';
import { OrganisationProfile } from '../components/organisation-profile';

export function OrganisationRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useOrganisation(id);
  const session = useSession();

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isProblemError(query.error, 404);
    return (
      <Page title={notFound ? t('organisation.notFound') : t('organisation.title')} width="narrow">
        {notFound ? <p>{t('organisation.notFoundBody')}</p> : <LoadError error={query.error} onRetry={() => void query.refetch()} />}
        <p>
          <Link to="/directory">{t('organisation.backToDirectory')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={query.data.organisation.name}>
      <OrganisationProfile organisation={query.data.organisation} />
      {/* Platform admins answer an organisation's request for its data (its own admins have it on their page). */}
      {session.hasRole('ADMIN') && <OrganisationDataPanel organisationId={query.data.organisation.id} />}
      <p>
        <Link to="/directory">{t('organisation.backToDirectory')}</Link>
      </p>
    </Page>
  );
}
