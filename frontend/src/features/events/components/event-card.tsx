import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiImage } from '@/components/api-image';
import type { EventView } from '@/lib/api/types';
import { thumbnailOf } from '../api/events';
import { EventWhen, placesText, placeText } from './event-facts';
import { EventStatusBadge, RegistrationBadge } from './event-status-badge';

type EventCardProps = {
  event: EventView;
  /** h2 in a plain list, h3 under a section's heading. */
  headingLevel?: 2 | 3;
  /** More, at the bottom of the card (an animator's buttons…). */
  children?: ReactNode;
};

/** An event in a list: what, when, where, places, and where the caller stands. */
export function EventCard({ event, headingLevel = 2, children }: EventCardProps) {
  const { t: tx } = useTranslation('events');
  const Heading = `h${headingLevel}` as const;
  const headingId = `event-${event.id}`;
  return (
    <article className="card event-card" aria-labelledby={headingId}>
      {event.imageUrl && <ApiImage className="event-card__image" src={thumbnailOf(event.imageUrl)} alt="" loading="lazy" />}
      <div className="event-card__body">
        <p className="event-card__kind">
          <span className="tag">{tx(`kind.${event.kind}`)}</span>
          {event.status !== 'PUBLISHED' && <EventStatusBadge status={event.status} />}
          {event.myRegistration && (
            <RegistrationBadge status={event.myRegistration.status} position={event.myRegistration.position} />
          )}
        </p>
        <Heading id={headingId} className="event-card__title">
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </Heading>
        <p className="event-card__when">
          <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
        </p>
        <p className="event-card__where">{placeText(event, tx)}</p>
        {event.status === 'PUBLISHED' && <p className="event-card__places">{placesText(event, tx)}</p>}
        {event.statusReason && event.status !== 'PUBLISHED' && (
          <p className="event-card__reason">{tx('detail.reason', { reason: event.statusReason })}</p>
        )}
        {children}
      </div>
    </article>
  );
}
