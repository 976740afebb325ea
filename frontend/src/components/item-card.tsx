import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiImage } from '@/components/api-image';
import type { ItemSummary } from '@/lib/api/types';
import { itemPath } from '@/lib/catalogue';
import { formatDay } from '@/lib/format';
import { ExchangeFacts, ItemStatusBadge, useReachLabel } from './item-facts';

type ItemCardProps = {
  item: ItemSummary;
  headingLevel?: 2 | 3 | 4;
  /** Shows the status (the organisation's own list, moderation). */
  showStatus?: boolean;
  /** Actions under the card. */
  children?: ReactNode;
};

/** An offer or a request in a list: what, at what price, who, where, and until when for a need. */
export function ItemCard({ item, headingLevel = 3, showStatus, children }: ItemCardProps) {
  const { t } = useTranslation();
  const reachLabel = useReachLabel();
  const Heading = `h${headingLevel}` as const;
  const headingId = `item-card-${item.id}`;
  return (
    <article className="card item-card" aria-labelledby={headingId}>
      {item.thumbnailUrl && (
        // The title says what it is; the photo only illustrates it.
        <ApiImage className="item-card__thumbnail" src={item.thumbnailUrl} alt="" loading="lazy" />
      )}
      <div className="item-card__body">
        <Heading id={headingId} className="item-card__title">
          <Link to={itemPath(item)}>{item.title}</Link>
        </Heading>
        {showStatus && (
          <p className="item-card__status">
            <ItemStatusBadge status={item.status} hidden={item.hidden} />
          </p>
        )}
        <ExchangeFacts item={item} />
        <p className="item-card__meta">
          {item.organisation.name} · {item.organisation.commune.name}
        </p>
        <p className="item-card__meta">{t('itemCard.reach', { reach: reachLabel(item) })}</p>
        {item.kind === 'REQUEST' && item.neededBy && (
          <p className="item-card__needed-by">{t('itemCard.neededBy', { date: formatDay(item.neededBy) })}</p>
        )}
        {children}
      </div>
    </article>
  );
}
