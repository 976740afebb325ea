import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { LoadError, Loading } from '@/components/query-state';
import { useTerritory } from '@/lib/api/reference-data';
import { isEventKind } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import { EVENTS_PAGE_SIZE, useEventsBetween, useUpcomingEvents, type EventFilters } from '../api/events';
import { EventCard } from '../components/event-card';
import { EventFiltersForm } from '../components/event-filters';
import { EventsNav } from '../components/events-nav';
import { MONTH, MonthGrid, monthRange } from '../components/month-grid';
import { parisMonth } from '../components/paris-time';
import { SubscribeBox } from '../components/subscribe-box';

/** Reads the filters from the URL, ignoring values a hand-edited link may carry. */
function filtersFromParams(params: URLSearchParams): EventFilters {
  const kind = params.get('kind');
  const month = params.get('month');
  return {
    territory: params.get('territory') || null,
    kind: isEventKind(kind) ? kind : null,
    view: params.get('view') === 'month' ? 'month' : 'list',
    month: month && MONTH.test(month) ? month : null,
    page: pageFromParams(params),
  };
}

function paramsFromFilters(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.territory) params.set('territory', filters.territory);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.view === 'month') {
    params.set('view', 'month');
    if (filters.month) params.set('month', filters.month);
  } else {
    setPageParam(params, filters.page);
  }
  return params;
}

/** The network's agenda: upcoming events by territory and kind, as a list or a month. */
export function EventsRoute() {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  const { filters, update, reset } = useUrlFilters(filtersFromParams, paramsFromFilters);
  const territory = useTerritory(filters.territory);
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  const canPropose = session.hasRole('MEMBER', 'ANIMATOR', 'ADMIN');

  return (
    <Page title={tx('list.title')} intro={<p>{tx('list.intro')}</p>}>
      <EventsNav />
      {canPropose && (
        <p className="page-actions">
          <ButtonLink to="/events/new">{isStaff ? tx('list.create') : tx('list.propose')}</ButtonLink>
        </p>
      )}
      <EventFiltersForm filters={filters} onChange={update} onReset={reset} />
      {filters.view === 'month' ? (
        <MonthView filters={filters} onMonthChange={(month) => update({ month })} />
      ) : (
        <UpcomingList filters={filters} onPageChange={(page) => update({ page })} />
      )}
      <SubscribeBox territory={filters.territory} territoryName={territory.data?.name ?? null} />
    </Page>
  );
}

function UpcomingList({ filters, onPageChange }: { filters: EventFilters; onPageChange: (page: number) => void }) {
  const { t: tx } = useTranslation('events');
  const events = useUpcomingEvents(filters);
  return (
    <div aria-busy={events.isFetching}>
      <PagedList
        query={events}
        pageSize={EVENTS_PAGE_SIZE}
        onPageChange={onPageChange}
        empty={tx('list.none')}
        header={(page) => <p className="directory-results__count">{tx('list.count', { count: page.total })}</p>}
        layout="stack"
        itemKey={(event) => event.id}
        renderItem={(event) => <EventCard event={event} />}
      />
    </div>
  );
}

function MonthView({ filters, onMonthChange }: { filters: EventFilters; onMonthChange: (month: string) => void }) {
  const month = filters.month ?? parisMonth();
  const events = useEventsBetween(monthRange(month), filters);
  if (events.isPending) return <Loading />;
  if (events.isError) return <LoadError error={events.error} onRetry={() => void events.refetch()} />;
  return (
    <div aria-busy={events.isFetching}>
      <MonthGrid month={month} events={events.data.items} onMonthChange={onMonthChange} />
    </div>
  );
}
