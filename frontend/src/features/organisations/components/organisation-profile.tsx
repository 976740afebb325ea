import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isPersonRole, type OrganisationDetail, type TerritoryRef } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { signInPath } from '@/lib/auth/next-path';
import { formatDate } from '@/lib/format';

/** An organisation's public page; its contacts only when the API gave them (members). */
export function OrganisationProfile({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const places = [organisation.commune, organisation.epci, organisation.departement].filter(
    (place): place is TerritoryRef => Boolean(place),
  );

  return (
    <div className="profile">
      <p className="profile__meta">
        {t(`legalForm.${organisation.legalForm}`)} · {places.map((place) => place.name).join(' · ')}
      </p>
      {organisation.status !== 'ACTIVE' && (
        <p className="badge">{t(`organisationStatus.${organisation.status}`)}</p>
      )}
      {organisation.sectors.length > 0 && (
        <ul className="tags" aria-label={t('organisation.sectors')}>
          {organisation.sectors.map((sector) => (
            <li key={sector.code} className="tag">
              {sector.name}
            </li>
          ))}
        </ul>
      )}
      <section className="profile__section">
        <h2>{t('organisation.about')}</h2>
        {organisation.description.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </section>
      {organisation.activities.length > 0 && (
        <section className="profile__section">
          <h2>{t('organisation.activities')}</h2>
          <ul>
            {organisation.activities.map((activity) => (
              <li key={activity}>{activity}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="profile__section">
        <h2>{t('organisation.details')}</h2>
        <dl className="details-list">
          {organisation.website && (
            <>
              <dt>{t('organisation.website')}</dt>
              <dd>
                <a href={organisation.website} rel="noopener noreferrer" target="_blank">
                  {organisation.website}
                </a>
              </dd>
            </>
          )}
          {organisation.address && (
            <>
              <dt>{t('organisation.address')}</dt>
              <dd>{organisation.address}</dd>
            </>
          )}
          {organisation.siret && (
            <>
              <dt>{t('organisation.siret')}</dt>
              <dd>{organisation.siret}</dd>
            </>
          )}
          {organisation.joinedAt && (
            <>
              <dt>{t('organisation.joinedAt')}</dt>
              <dd>{formatDate(organisation.joinedAt)}</dd>
            </>
          )}
        </dl>
      </section>
      <ContactSection organisation={organisation} />
    </div>
  );
}

function ContactSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const contact = organisation.contact;

  return (
    <section className="profile__section">
      <h2>{t('organisation.contact')}</h2>
      {contact ? (
        <>
          <dl className="details-list">
            <dt>{t('organisation.contactEmail')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
            {contact.phone && (
              <>
                <dt>{t('organisation.phone')}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
                </dd>
              </>
            )}
          </dl>
          {contact.people.length > 0 && (
            <>
              <h3>{t('organisation.people')}</h3>
              <ul>
                {contact.people.map((person) => (
                  <li key={person.id}>
                    {person.firstName} {person.lastName}
                    {isPersonRole(person.role) && ` — ${t(`personRole.${person.role}`)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : session.status === 'signedIn' ? (
        <p className="hint">{t('organisation.contactMembersOnly')}</p>
      ) : (
        <p className="hint">
          <Link to={signInPath(location.pathname)}>{t('organisation.signInForContact')}</Link>{' '}
          {t('organisation.signInForContactWhy')}
        </p>
      )}
    </section>
  );
}
