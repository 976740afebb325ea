import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiImage } from '@/components/api-image';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useArrivalNotice } from '@/lib/use-arrival-notice';
import { useEvent } from '../api/events';
import { EventWhen } from '../components/event-facts';
import type { EventNotice } from '../components/event-form';
import { EventManagePanel } from '../components/event-manage-panel';
import { EventOutcome } from '../components/event-outcome';
import { EventStatusBadge } from '../components/event-status-badge';
import { RegistrationPanel } from '../components/registration-panel';

export function EventRoute() {
  const id = useParams().id ?? '';
  // Another event is another page: nothing said about this one carries over.
  return <EventPage key={id} id={id} />;
}

function EventPage({ id }: { id: string }) {
  const { t: tx } = useTranslation('events');
  const query = useEvent(id);
  const arrivedWith = useArrivalNotice<EventNotice>();
  const [done, setDone] = useState<string | null>(arrivedWith ? tx(`detail.notice.${arrivedWith}`) : null);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isProblemError(query.error, 404);
    return (
      <Page title={notFound ? tx('detail.notFound') : tx('list.title')} width="narrow">
        {notFound ? <p>{tx('detail.notFoundBody')}</p> : <LoadError error={query.error} onRetry={() => void query.refetch()} />}
        <p>
          <Link to="/events">{tx('detail.backToList')}</Link>
        </p>
      </Page>
    );
  }

  const { event } = query.data;
  return (
    <Page title={event.title}>
      <p className="profile__meta">
        <span className="tag">{tx(`kind.${event.kind}`)}</span>{' '}
        {event.status !== 'PUBLISHED' && <EventStatusBadge status={event.status} />}
      </p>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      {event.status === 'PROPOSED' && <p className="alert alert--info">{tx('detail.proposed')}</p>}
      {event.status === 'REJECTED' && (
        <p className="alert alert--error">{tx('detail.rejected', { reason: event.statusReason ?? '—' })}</p>
      )}
      {event.status === 'CANCELLED' && (
        <p className="alert alert--error">{tx('detail.cancelled', { reason: event.statusReason ?? '—' })}</p>
      )}
      <div className="event-layout">
        <div className="event-layout__main">
          {event.imageUrl && <ApiImage className="event-image" src={event.imageUrl} alt="" />}
          <section className="panel" aria-labelledby="event-facts">
            <h2 id="event-facts">{tx('detail.practical')}</h2>
            <dl className="details-list">
              <dt>{tx('detail.when')}</dt>
              <dd>
                <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
              </dd>
              <dt>{tx('detail.where')}</dt>
              <dd>
                {event.venue ? `${event.venue} — ` : ''}
                {event.territory.name}
              </dd>
              {event.onlineUrl && (
                <>
                  <dt>{tx('detail.online')}</dt>
                  <dd>
                    <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {event.onlineUrl}
                    </a>
                  </dd>
                </>
              )}
              <dt>{tx('detail.organiser')}</dt>
              <dd>
                {event.organiser.name}
                {event.host && (
                  <>
                    {' — '}
                    <Link to={`/organisations/${event.host.id}`}>{event.host.name}</Link>
                  </>
                )}
              </dd>
            </dl>
            {event.description && <p className="pre-line event-description">{event.description}</p>}
          </section>
        </div>
        <RegistrationPanel event={event} />
      </div>
      <EventManagePanel event={event} onDone={setDone} />
      {event.outcome && <EventOutcome outcome={event.outcome} />}
      <p>
        <Link to="/events">{tx('detail.backToList')}</Link>
      </p>
    </Page>
  );
}
