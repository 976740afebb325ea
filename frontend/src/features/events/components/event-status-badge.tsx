import { useTranslation } from 'react-i18next';
import type { EventStatus, RegistrationStatus } from '@/lib/api/types';

/** PROPOSED → status-badge--event-proposed… (coloured like the other statuses). */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t: tx } = useTranslation('events');
  return <span className={`status-badge status-badge--event-${status.toLowerCase()}`}>{tx(`status.${status}`)}</span>;
}

/** Where the caller stands: registered, or waiting (at which place). */
export function RegistrationBadge({ status, position }: { status: RegistrationStatus; position: number | null }) {
  const { t: tx } = useTranslation('events');
  if (status === 'CANCELLED') return null;
  return (
    <span className={`status-badge status-badge--registration-${status.toLowerCase()}`}>
      {status === 'WAITING' && position !== null ? tx('registration.waitingAt', { position }) : tx(`registration.${status}`)}
    </span>
  );
}
