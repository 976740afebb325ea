import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { OrganisationCard } from '@/components/organisation-card';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useSession } from '@/lib/auth/auth-provider';
import { useNewestMembers } from '../api/newest-members';

export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const newest = useNewestMembers();

  return (
    <Page title={t('home.title')}>
      <section className="hero">
        <p className="hero__lead">{t('home.lead')}</p>
        <ul className="hero__points">
          <li>{t('home.point1')}</li>
          <li>{t('home.point2')}</li>
          <li>{t('home.point3')}</li>
        </ul>
        <div className="hero__actions">
          {session.status !== 'signedIn' && <ButtonLink to="/sign-up">{t('home.join')}</ButtonLink>}
          <ButtonLink to="/directory" variant="secondary">
            {t('home.browse')}
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="newest-members">
        <h2 id="newest-members">{t('home.newest')}</h2>
        {newest.isPending ? (
          <Loading />
        ) : newest.isError ? (
          <LoadError error={newest.error} onRetry={() => void newest.refetch()} />
        ) : newest.data.items.length === 0 ? (
          <p className="hint">{t('home.noMembers')}</p>
        ) : (
          <ul className="card-grid">
            {newest.data.items.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard organisation={organisation} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/directory?sort=newest">{t('home.allMembers')}</Link>
        </p>
      </section>
    </Page>
  );
}
