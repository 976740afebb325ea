import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import type { EventView } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { signInPath } from '@/lib/auth/next-path';
import { eventCalendarUrl, useCancelRegistration, useRegister } from '../api/events';
import { placesText } from './event-facts';
import { formatParisDateTime } from './paris-time';

/** Places, where the caller stands, and the buttons to register or give one's place up. */
export function RegistrationPanel({ event }: { event: EventView }) {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  const register = useRegister(event.id);
  const cancel = useCancelRegistration();
  const [cancelled, setCancelled] = useState(false);
  const mine = event.myRegistration?.status === 'CANCELLED' ? null : event.myRegistration;
  const full = event.placesLeft !== null && event.placesLeft <= 0;
  const published = event.status === 'PUBLISHED';

  const onRegister = () => {
    setCancelled(false);
    cancel.reset();
    register.mutate();
  };
  const onCancel = () => {
    if (!mine) return;
    register.reset();
    cancel.mutate(mine.id, { onSuccess: () => setCancelled(true) });
  };

  return (
    <section className="panel registration" aria-labelledby="registration-title">
      <h2 id="registration-title">{tx('registration.title')}</h2>
      {published && <p className="registration__places">{placesText(event, tx)}</p>}
      {published && event.registrationDeadline && (
        <p className="hint">{tx('registration.deadline', { date: formatParisDateTime(event.registrationDeadline) })}</p>
      )}
      <div role="status" className="status-line">
        {mine?.status === 'REGISTERED' && <p className="alert alert--success">{tx('registration.youAreRegistered')}</p>}
        {mine?.status === 'WAITING' && (
          <div className="alert alert--info">
            <p className="alert__title">
              {mine.position !== null
                ? tx('registration.youAreWaitingAt', { position: mine.position })
                : tx('registration.youAreWaiting')}
            </p>
            <p>{tx('registration.waitingHelp')}</p>
          </div>
        )}
        {!mine && cancelled && <p className="alert alert--success">{tx('registration.cancelled')}</p>}
      </div>
      {published && !mine && !event.registrationOpen && <p>{tx('registration.closed')}</p>}
      {published && !mine && event.registrationOpen && session.status === 'signedOut' && (
        <p>
          <Link to={signInPath(`/events/${event.id}`)}>{tx('registration.signInToRegister')}</Link>
        </p>
      )}
      <div className="button-row">
        {event.actions.includes('REGISTER') && !mine && (
          <Button onPress={onRegister} isPending={register.isPending}>
            {full ? tx('registration.joinWaitingList') : tx('registration.register')}
          </Button>
        )}
        {event.actions.includes('UNREGISTER') && mine && (
          <Button variant="secondary" onPress={onCancel} isPending={cancel.isPending}>
            {mine.status === 'WAITING' ? tx('registration.leaveWaitingList') : tx('registration.unregister')}
          </Button>
        )}
      </div>
      <FormAlert error={register.error ?? cancel.error} />
      {mine && (
        <p>
          <Link to="/events/mine">{tx('registration.allMine')}</Link>
        </p>
      )}
      {published && (
        <p>
          <a href={eventCalendarUrl(event.id)} download>
            {tx('registration.addToCalendar')}
          </a>
        </p>
      )}
    </section>
  );
}
