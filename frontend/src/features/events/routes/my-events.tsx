import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useSession } from '@/lib/auth/auth-provider';
import { useCancelRegistration, useMyEvents, useMyRegistrations } from '../api/events';
import { EventCard } from '../components/event-card';
import { EventsNav } from '../components/events-nav';
import { RegistrationCard } from '../components/registration-card';

/** The caller's registrations (upcoming first, waiting ones with their place) and the events they organise. */
export function MyEventsRoute() {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  const registrations = useMyRegistrations();
  const organised = useMyEvents();
  const cancel = useCancelRegistration();
  const [cancelled, setCancelled] = useState<string | null>(null);
  // Upcoming or past, as of when the page opened.
  const [now] = useState(Date.now);

  return (
    <Page title={tx('mine.title')} intro={<p>{tx('mine.intro')}</p>}>
      <EventsNav />
      <section className="profile__section" aria-labelledby="my-registrations">
        <h2 id="my-registrations">{tx('mine.registrations')}</h2>
        <div role="status" className="status-line">
          {cancelled && <p className="alert alert--success">{tx('mine.cancelled', { title: cancelled })}</p>}
        </div>
        <FormAlert error={cancel.error} />
        {registrations.isPending ? (
          <Loading />
        ) : registrations.isError ? (
          <LoadError error={registrations.error} onRetry={() => void registrations.refetch()} />
        ) : registrations.data.length === 0 ? (
          <p className="empty-state">{tx('mine.noRegistrations')}</p>
        ) : (
          <ul className="stack">
            {registrations.data.map((registration) => (
              <li key={registration.id}>
                <RegistrationCard
                  registration={registration}
                  upcoming={new Date(registration.event.endsAt).getTime() > now}
                  isCancelling={cancel.isPending && cancel.variables === registration.id}
                  onCancel={() => {
                    setCancelled(null);
                    cancel.mutate(registration.id, { onSuccess: () => setCancelled(registration.event.title) });
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="profile__section" aria-labelledby="my-organised">
        <h2 id="my-organised">{tx('mine.organised')}</h2>
        {session.hasRole('MEMBER', 'ANIMATOR', 'ADMIN') && (
          <p className="page-actions">
            <ButtonLink variant="secondary" to="/events/new">
              {session.hasRole('ANIMATOR', 'ADMIN') ? tx('list.create') : tx('list.propose')}
            </ButtonLink>
          </p>
        )}
        {organised.isPending ? (
          <Loading />
        ) : organised.isError ? (
          <LoadError error={organised.error} onRetry={() => void organised.refetch()} />
        ) : organised.data.length === 0 ? (
          <p className="empty-state">{tx('mine.noOrganised')}</p>
        ) : (
          <ul className="stack">
            {organised.data.map((event) => (
              <li key={event.id}>
                <EventCard event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
