import { useState } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { TextField } from '@/components/text-field';
import type { Attendee } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { downloadAttendees, useAttendees, useCheckIn, useEvent } from '../api/events';
import { EventWhen } from '../components/event-facts';
import { RegistrationBadge } from '../components/event-status-badge';
import { formatParisTime } from '../components/paris-time';

/** Lower case, no accents: "Élodie" is found by "elo". */
function fold(text: string) {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const nameOf = (attendee: Attendee) => `${attendee.person.firstName} ${attendee.person.lastName}`;

/** Registered people by name, then the waiting list in its order. */
function byStatusThenName(a: Attendee, b: Attendee) {
  if (a.status !== b.status) return a.status === 'REGISTERED' ? -1 : 1;
  if (a.status === 'WAITING') return (a.position ?? 0) - (b.position ?? 0);
  return a.person.lastName.localeCompare(b.person.lastName) || a.person.firstName.localeCompare(b.person.firstName);
}

/** The organiser's list on the day, made for a phone: who is expected, and a big button to check each one in. */
export function AttendeesRoute() {
  const { t: tx } = useTranslation('events');
  const id = useParams().id ?? '';
  const event = useEvent(id);
  const attendees = useAttendees(id);
  const checkIn = useCheckIn(id);
  const [search, setSearch] = useState('');
  const [downloading, setDownloading] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    setDownloaded(null);
    try {
      setDownloaded(await downloadAttendees(id));
    } catch (failure) {
      setDownloadError(failure);
    } finally {
      setDownloading(false);
    }
  };

  let body;
  if (attendees.isPending) body = <Loading />;
  else if (attendees.isError) body = <LoadError error={attendees.error} onRetry={() => void attendees.refetch()} />;
  else {
    const all = attendees.data.filter((attendee) => attendee.status !== 'CANCELLED');
    const registered = all.filter((attendee) => attendee.status === 'REGISTERED');
    const words = fold(search.trim());
    const shown = all
      .filter((attendee) => !words || fold(`${nameOf(attendee)} ${attendee.organisation?.name ?? ''}`).includes(words))
      .sort(byStatusThenName);
    body = (
      <>
        <section className="figures" aria-labelledby="attendee-counts">
          <h2 id="attendee-counts" className="visually-hidden">
            {tx('attendees.counts')}
          </h2>
          <dl className="figures__list attendee-counts">
            <div className="figure">
              <dt>{tx('attendees.registered')}</dt>
              <dd>{formatNumber(registered.length)}</dd>
            </div>
            <div className="figure">
              <dt>{tx('attendees.checkedIn')}</dt>
              <dd>{formatNumber(registered.filter((attendee) => attendee.checkedInAt).length)}</dd>
            </div>
            <div className="figure">
              <dt>{tx('attendees.waiting')}</dt>
              <dd>{formatNumber(all.length - registered.length)}</dd>
            </div>
          </dl>
        </section>
        <div className="attendees__tools">
          <TextField type="search" label={tx('attendees.search')} value={search} onChange={setSearch} />
          <Button variant="secondary" isPending={downloading} onPress={() => void download()}>
            {tx('attendees.csv')}
          </Button>
        </div>
        <div role="status" className="status-line">
          {downloaded && <p className="hint">{tx('attendees.downloaded', { name: downloaded })}</p>}
        </div>
        <FormAlert error={downloadError ?? checkIn.error} />
        {all.length === 0 ? (
          <p className="empty-state">{tx('attendees.none')}</p>
        ) : shown.length === 0 ? (
          <p className="empty-state">{tx('attendees.noMatch')}</p>
        ) : (
          <ul className="attendee-list" aria-label={tx('attendees.listLabel')}>
            {shown.map((attendee) => (
              <li key={attendee.registrationId} className="attendee">
                <div className="attendee__who">
                  <p className="attendee__name">{nameOf(attendee)}</p>
                  {attendee.organisation && <p className="attendee__organisation">{attendee.organisation.name}</p>}
                  <p>
                    <RegistrationBadge status={attendee.status} position={attendee.position} />
                    {attendee.checkedInAt && (
                      <span className="attendee__arrived">
                        {' '}
                        {tx('attendees.arrivedAt', { time: formatParisTime(attendee.checkedInAt) })}
                      </span>
                    )}
                  </p>
                </div>
                {attendee.status === 'REGISTERED' && (
                  // A toggle (aria-pressed): pressed once checked in, pressed again to undo.
                  <AriaButton
                    className={attendee.checkedInAt ? 'check-in check-in--on' : 'check-in'}
                    aria-pressed={attendee.checkedInAt !== null}
                    isDisabled={checkIn.isPending && checkIn.variables?.registrationId === attendee.registrationId}
                    onPress={() => {
                      setDownloaded(null);
                      checkIn.mutate({ registrationId: attendee.registrationId, present: !attendee.checkedInAt });
                    }}
                    aria-label={tx('attendees.presentName', { name: nameOf(attendee) })}
                  >
                    <span className="check-in__box" aria-hidden="true">
                      {attendee.checkedInAt ? '✓' : ''}
                    </span>
                    <span aria-hidden="true">{tx('attendees.present')}</span>
                  </AriaButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <Page
      title={tx('attendees.title')}
      intro={
        event.data && (
          <p>
            <Link to={`/events/${id}`}>{event.data.event.title}</Link> —{' '}
            <EventWhen startsAt={event.data.event.startsAt} endsAt={event.data.event.endsAt} />
          </p>
        )
      }
    >
      {body}
    </Page>
  );
}
