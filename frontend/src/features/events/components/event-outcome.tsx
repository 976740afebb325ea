import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventOutcome as Outcome } from '@/lib/api/types';
import { formatDay, formatMoney, formatNumber } from '@/lib/format';

/** What the event produced: who came (checked in), the organisations they came from, the exchanges born there. */
export function EventOutcome({ outcome }: { outcome: Outcome }) {
  const { t: tx } = useTranslation('events');
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="event-outcome">
      <h2 id="event-outcome">{tx('outcome.title')}</h2>
      <dl className="figures__list">
        <div className="figure">
          <dt>{tx('outcome.attendance')}</dt>
          <dd>{formatNumber(outcome.attendance)}</dd>
        </div>
        <div className="figure">
          <dt>{tx('outcome.organisationCount')}</dt>
          <dd>{formatNumber(outcome.organisations.length)}</dd>
        </div>
        <div className="figure">
          <dt>{tx('outcome.exchangeCount')}</dt>
          <dd>{formatNumber(outcome.exchanges.length)}</dd>
        </div>
      </dl>
      <h3>{tx('outcome.organisations')}</h3>
      {outcome.organisations.length === 0 ? (
        <p className="hint">{tx('outcome.noOrganisations')}</p>
      ) : (
        <ul className="outcome-list">
          {outcome.organisations.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{tx('outcome.exchanges')}</h3>
      {outcome.exchanges.length === 0 ? (
        <p className="hint">{tx('outcome.noExchanges')}</p>
      ) : (
        <ul className="outcome-list">
          {outcome.exchanges.map((exchange) => (
            <li key={exchange.id}>
              <Link to={`/exchanges/${exchange.id}`}>
                {tx('outcome.exchange', {
                  provider: exchange.provider.name,
                  beneficiary: exchange.beneficiary.name,
                  mode: t(`itemMode.${exchange.mode}`),
                })}
              </Link>{' '}
              — {formatDay(exchange.occurredOn)}, {formatMoney(exchange.valueEur)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
