import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiImage } from '@/components/api-image';
import { categoryLabel, ExchangeFacts, ItemDescription, useReachLabel } from '@/components/item-facts';
import type { Item } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { signInPath } from '@/lib/auth/next-path';
import { lastListedDay } from '@/lib/catalogue';
import { formatDate, formatDay, formatEuros } from '@/lib/format';

/** Everything an item says, for anyone who may see it; `aside` goes under the organisation. */
export function ItemDetails({ item, aside }: { item: Item; aside?: ReactNode }) {
  const { t } = useTranslation();
  const reachLabel = useReachLabel();

  return (
    <div className="item-layout">
      <div className="item-layout__main">
        <ExchangeFacts item={item} />
        {item.photos.length > 0 && (
          <ul className="photo-gallery" aria-label={t('item.photos')}>
            {item.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={photo.url} target="_blank" rel="noopener">
                  <ApiImage
                    src={photo.thumbnailUrl}
                    alt={t('item.photoAlt', { number: index + 1, title: item.title })}
                    width={photo.width}
                    height={photo.height}
                    loading="lazy"
                  />
                </a>
              </li>
            ))}
          </ul>
        )}
        <section className="profile__section" aria-labelledby="item-description">
          <h2 id="item-description">{t('item.description')}</h2>
          <ItemDescription text={item.description} />
        </section>
        <section className="profile__section" aria-labelledby="item-facts">
          <h2 id="item-facts">{t('item.details')}</h2>
          <dl className="details-list">
            <dt>{t('item.category')}</dt>
            <dd>{categoryLabel(item.category)}</dd>
            <dt>{t('item.mode')}</dt>
            <dd>
              {t(`itemMode.${item.mode}`)} — {item.market ? t('exchange.market') : t('exchange.nonMarketShort')}
            </dd>
            {!item.market && item.indicativeValue !== null && (
              <>
                <dt>{t('item.indicativeValue')}</dt>
                <dd>{formatEuros(item.indicativeValue)}</dd>
              </>
            )}
            <dt>{t('item.reach')}</dt>
            <dd>{reachLabel(item)}</dd>
            {item.availability && (
              <>
                <dt>{t('item.availability')}</dt>
                <dd>{item.availability}</dd>
              </>
            )}
            {item.kind === 'REQUEST' && item.neededBy && (
              <>
                <dt>{t('item.neededBy')}</dt>
                <dd>{formatDay(item.neededBy)}</dd>
              </>
            )}
            {item.publishedAt && (
              <>
                <dt>{t('item.publishedAt')}</dt>
                <dd>{formatDate(item.publishedAt)}</dd>
              </>
            )}
            <dt>{t('item.expiresOn')}</dt>
            <dd>{formatDay(lastListedDay(item.expiresAt))}</dd>
          </dl>
        </section>
      </div>
      <aside className="item-layout__side">
        <section className="panel" aria-labelledby="item-organisation">
          <h2 id="item-organisation">{t(`item.organisation.${item.kind}`)}</h2>
          <p className="item-organisation">
            <Link to={`/organisations/${item.organisation.id}`}>{item.organisation.name}</Link>
          </p>
          <p className="hint">{item.organisation.commune.name}</p>
          <ItemContactDetails item={item} />
        </section>
        {aside}
      </aside>
    </div>
  );
}

/** The author's contact: members only; visitors are invited to sign in. */
function ItemContactDetails({ item }: { item: Item }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const contact = item.contact;

  if (!contact) {
    return session.status === 'signedIn' ? (
      <p className="hint">{t('item.contactMembersOnly')}</p>
    ) : (
      <p className="hint">
        <Link to={signInPath(location.pathname)}>{t('item.signInForContact')}</Link> {t('item.signInForContactWhy')}
      </p>
    );
  }
  return (
    <>
      <h3>{t('item.contact')}</h3>
      <dl className="details-list details-list--stacked">
        {contact.authorName && (
          <>
            <dt>{t('item.contactName')}</dt>
            <dd>{contact.authorName}</dd>
          </>
        )}
        <dt>{t('item.contactEmail')}</dt>
        <dd>
          <a href={`mailto:${contact.email}?subject=${encodeURIComponent(item.title)}`}>{contact.email}</a>
        </dd>
        {contact.phone && (
          <>
            <dt>{t('item.contactPhone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
