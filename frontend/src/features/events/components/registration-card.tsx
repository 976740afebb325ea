import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import type { Registration } from '@/lib/api/types';
import { EventWhen, placeText } from './event-facts';
import { EventStatusBadge, RegistrationBadge } from './event-status-badge';

type RegistrationCardProps = {
  registration: Registration;
  /** Upcoming: the place can still be given up. */
  upcoming: boolean;
  onCancel: () => void;
  isCancelling: boolean;
};

/** One of the caller's registrations: the event, and where they stand (registered, waiting, promoted). */
export function RegistrationCard({ registration, upcoming, onCancel, isCancelling }: RegistrationCardProps) {
  const { t: tx } = useTranslation('events');
  const { event } = registration;
  const headingId = `registration-${registration.id}`;
  const cancelLabel =
    registration.status === 'WAITING' ? tx('registration.leaveWaitingList') : tx('registration.unregister');
  return (
    <article className="card event-card" aria-labelledby={headingId}>
      <div className="event-card__body">
        <p className="event-card__kind">
          <span className="tag">{tx(`kind.${event.kind}`)}</span>
          <RegistrationBadge status={registration.status} position={registration.position} />
          {event.status === 'CANCELLED' && <EventStatusBadge status={event.status} />}
          {!upcoming && <span className="status-badge">{tx('mine.past')}</span>}
        </p>
        <h3 id={headingId} className="event-card__title">
          <Link to={`/events/${event.id}`}>{event.title}</Link>
        </h3>
        <p className="event-card__when">
          <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
        </p>
        <p className="event-card__where">{placeText(event, tx)}</p>
        {registration.status === 'REGISTERED' && registration.promotedAt && (
          <p className="alert alert--success">{tx('mine.promoted')}</p>
        )}
        {registration.status === 'WAITING' && <p className="hint">{tx('registration.waitingHelp')}</p>}
        {upcoming && event.status === 'PUBLISHED' && (
          <Button
            variant="secondary"
            onPress={onCancel}
            isPending={isCancelling}
            aria-label={tx('mine.actionFor', { action: cancelLabel, title: event.title })}
          >
            {cancelLabel}
          </Button>
        )}
      </div>
    </article>
  );
}
