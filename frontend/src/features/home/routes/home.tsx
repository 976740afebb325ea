import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { ItemCard } from '@/components/item-card';
import { OrganisationCard } from '@/components/organisation-card';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useSession } from '@/lib/auth/auth-provider';
import type { HomeNotice } from '@/lib/auth/next-path';
import type { KindPath } from '@/lib/catalogue';
import { useArrivalNotice } from '@/lib/use-arrival-notice';
import { useLatestItems } from '../api/latest-items';
import { useNewestMembers } from '../api/newest-members';

export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const newest = useNewestMembers();
  // Said once, from the page that sent people here (the account page, once erased).
  const arrivedWith = useArrivalNotice<HomeNotice>();
  const [notice] = useState(arrivedWith);

  return (
    <Page title={t('home.title')}>
      <div role="status" className="status-line">
        {notice && <p className="alert alert--success">{t(`home.notice.${notice}`)}</p>}
      </div>
      <section className="hero">
        <p className="hero__lead">{t('home.lead')}</p>
        <ul className="hero__points">
          <li>{t('home.point1')}</li>
          <li>{t('home.point2')}</li>
          <li>{t('home.point3')}</li>
        </ul>
        <div className="hero__actions">
          {session.status !== 'signedIn' && <ButtonLink to="/sign-up">{t('home.join')}</ButtonLink>}
          <ButtonLink to="/offers" variant="secondary">
            {t('home.browseOffers')}
          </ButtonLink>
          <ButtonLink to="/directory" variant="secondary">
            {t('home.browse')}
          </ButtonLink>
        </div>
      </section>
      <LatestItems kind="offers" />
      <LatestItems kind="requests" />
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

/** The newest offers or requests, with a way into the catalogue. */
function LatestItems({ kind }: { kind: KindPath }) {
  const { t } = useTranslation();
  const latest = useLatestItems(kind);
  const headingId = `latest-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`home.latest.${kind}.title`)}</h2>
      {latest.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <LoadError error={latest.error} onRetry={() => void latest.refetch()} />
      ) : latest.data.items.length === 0 ? (
        <p className="hint">{t(`home.latest.${kind}.none`)}</p>
      ) : (
        <ul className="card-grid" aria-labelledby={headingId}>
          {latest.data.items.map((item) => (
            <li key={item.id}>
              <ItemCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${kind}?sort=date`}>{t(`home.latest.${kind}.all`)}</Link>
      </p>
    </section>
  );
}
