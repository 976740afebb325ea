import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/auth-provider';
import { useEvent } from '../api/events';
import { EventForm } from '../components/event-form';

/** The organiser or an animator rewrites an event; saving sends the version it was read at. */
export function EventEditRoute() {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  const id = useParams().id ?? '';
  const query = useEvent(id);

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError && isProblemError(query.error, 404)) body = <p>{tx('detail.notFoundBody')}</p>;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.event.actions.includes('EDIT')) body = <p className="alert alert--info">{tx('edit.notAllowed')}</p>;
  else {
    // Keyed by id: another event means another form.
    body = <EventForm key={query.data.event.id} current={query.data} isStaff={session.hasRole('ANIMATOR', 'ADMIN')} />;
  }

  return (
    <Page title={tx('edit.title')} intro={query.data && <p>{query.data.event.title}</p>} width="narrow">
      {body}
      <p>
        <Link to={`/events/${id}`}>{tx('edit.back')}</Link>
      </p>
    </Page>
  );
}
