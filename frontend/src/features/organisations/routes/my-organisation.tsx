import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useSession } from '@/lib/auth/auth-provider';
import { useOrganisation } from '../api/organisations';
import { InvitationsPanel } from '../components/invitations-panel';
import { OrganisationDataPanel } from '../components/organisation-data-panel';
import { OrganisationEditForm } from '../components/organisation-edit-form';
import { PeoplePanel } from '../components/people-panel';

export function MyOrganisationRoute() {
  const { t } = useTranslation();
  const { me } = useSession();
  const membership = me?.organisation;

  if (!me || !membership) {
    return (
      <Page title={t('myOrganisation.title')} width="narrow">
        <p>{t('myOrganisation.none')}</p>
      </Page>
    );
  }
  return <MyOrganisation organisationId={membership.id} isAdmin={membership.role === 'ORG_ADMIN'} myId={me.id} />;
}

function MyOrganisation({ organisationId, isAdmin, myId }: { organisationId: string; isAdmin: boolean; myId: string }) {
  const { t } = useTranslation();
  const query = useOrganisation(organisationId);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Page title={t('myOrganisation.title')}>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }

  const { organisation } = query.data;
  return (
    <Page title={organisation.name}>
      {organisation.status !== 'ACTIVE' && (
        <p className="alert alert--info" role="status">
          {t(`myOrganisation.status.${organisation.status}`)}
        </p>
      )}
      <p>
        <Link to={`/organisations/${organisation.id}`}>{t('myOrganisation.publicPage')}</Link>
      </p>
      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('myOrganisation.profile')}</h2>
        {isAdmin ? (
          // Keyed by id: another organisation means another form.
          <OrganisationEditForm key={organisation.id} current={query.data} />
        ) : (
          <p className="hint">{t('myOrganisation.adminsOnly')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="people-title">
        <h2 id="people-title">{t('myOrganisation.people')}</h2>
        <PeoplePanel organisationId={organisation.id} canManage={isAdmin} myId={myId} />
      </section>
      {isAdmin && (
        <section className="panel" aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('myOrganisation.invitations')}</h2>
          <InvitationsPanel organisationId={organisation.id} />
        </section>
      )}
      {isAdmin && <OrganisationDataPanel organisationId={organisation.id} />}
    </Page>
  );
}
