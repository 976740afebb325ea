import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { OrganisationComboBox } from '@/components/organisation-combo-box';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { Select } from '@/components/select';
import { EXCHANGE_STATUSES, isExchangeStatus, type ExchangeStatus } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import { EXCHANGES_PAGE_SIZE, useExchanges, useOrganisationName, type ExchangeFilters } from '../api/exchanges';
import { ExchangeCard } from '../components/exchange-card';

/** The "any" choice of the status list. */
const ANY = 'any';

function filtersFromParams(params: URLSearchParams): ExchangeFilters {
  const status = params.get('status');
  return {
    status: isExchangeStatus(status) ? status : null,
    awaitingMe: params.get('awaiting') === '1',
    organisation: params.get('organisation'),
    page: pageFromParams(params),
  };
}

function paramsFromFilters(filters: ExchangeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.awaitingMe) params.set('awaiting', '1');
  if (filters.organisation) params.set('organisation', filters.organisation);
  setPageParam(params, filters.page);
  return params;
}

/** The organisation's exchanges (every one for animators), newest first, and those waiting for its word. */
export function ExchangesRoute() {
  const { t: tx } = useTranslation('exchanges');
  const session = useSession();
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  const hasOrganisation = Boolean(session.me?.organisation) && session.hasRole('MEMBER');
  const { filters, update, reset } = useUrlFilters(filtersFromParams, paramsFromFilters);
  const organisationName = useOrganisationName(isStaff ? filters.organisation : null);
  const exchanges = useExchanges({ ...filters, organisation: isStaff ? filters.organisation : null });
  const hasFilters = filters.status !== null || filters.awaitingMe || filters.organisation !== null;

  return (
    <Page title={tx('list.title')} intro={<p>{isStaff ? tx('list.introStaff') : tx('list.intro')}</p>}>
      {(hasOrganisation || isStaff) && (
        <p className="page-actions">
          <ButtonLink to="/exchanges/new">{tx('list.declare')}</ButtonLink>
        </p>
      )}
      <section className="panel" aria-labelledby="exchange-filters">
        <h2 id="exchange-filters" className="board-filters__title">
          {tx('list.filters')}
        </h2>
        <div className="board-filters__fields">
          <Select<ExchangeStatus | typeof ANY>
            label={tx('list.status')}
            value={filters.status ?? ANY}
            onChange={(status) => update({ status: status === ANY ? null : status })}
            options={[
              { id: ANY, name: tx('list.anyStatus') },
              ...EXCHANGE_STATUSES.map((status) => ({ id: status, name: tx(`status.${status}`) })),
            ]}
          />
          {isStaff && (
            <OrganisationComboBox
              label={tx('list.organisation')}
              description={tx('list.organisationHelp')}
              isRequired={false}
              optional
              value={filters.organisation ? { id: filters.organisation, name: organisationName.data ?? '' } : null}
              onChange={(choice) => {
                if ((choice?.id ?? null) !== filters.organisation) update({ organisation: choice?.id ?? null });
              }}
            />
          )}
          {hasOrganisation && (
            <Checkbox isSelected={filters.awaitingMe} onChange={(awaitingMe) => update({ awaitingMe })}>
              {tx('list.awaitingMe')}
            </Checkbox>
          )}
        </div>
        {hasFilters && (
          <Button variant="quiet" onPress={reset}>
            {tx('list.clear')}
          </Button>
        )}
      </section>
      <div aria-busy={exchanges.isFetching}>
        <PagedList
          query={exchanges}
          pageSize={EXCHANGES_PAGE_SIZE}
          onPageChange={(page) => update({ page })}
          empty={filters.awaitingMe ? tx('list.noneAwaiting') : tx('list.none')}
          header={(page) => <p className="directory-results__count">{tx('list.count', { count: page.total })}</p>}
          layout="stack"
          itemKey={(exchange) => exchange.id}
          renderItem={(exchange) => <ExchangeCard exchange={exchange} />}
        />
      </div>
    </Page>
  );
}
