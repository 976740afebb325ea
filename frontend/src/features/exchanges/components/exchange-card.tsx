import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Exchange } from '@/lib/api/types';
import { formatDay } from '@/lib/format';
import { exchangeValue } from './exchange-figures';
import { ExchangeStatusBadge } from './exchange-status-badge';

/** An exchange in a list: who gave what to whom, when, its value, its status and whether it waits for us. */
export function ExchangeCard({ exchange }: { exchange: Exchange }) {
  const { t: tx } = useTranslation('exchanges');
  const headingId = `exchange-${exchange.id}`;
  const value = exchangeValue(exchange);
  const title = tx('card.title', { provider: exchange.provider.name, beneficiary: exchange.beneficiary.name });
  return (
    <article className="card" aria-labelledby={headingId}>
      <div className="case-card__header">
        <h2 id={headingId} className="case-card__title">
          <Link to={`/exchanges/${exchange.id}`}>{title}</Link>
        </h2>
        <span className="introduction-card__badges">
          <ExchangeStatusBadge status={exchange.status} />
          {exchange.actions.includes('CONFIRM') && (
            <span className="status-badge status-badge--nudge">{tx('card.awaitingYou')}</span>
          )}
        </span>
      </div>
      <p className="exchange-card__description">{exchange.description}</p>
      <dl className="case-card__facts">
        <div>
          <dt>{tx('detail.mode')}</dt>
          <dd>{tx(`mode.${exchange.mode}`)}</dd>
        </div>
        <div>
          <dt>{tx('detail.occurredOn')}</dt>
          <dd>{formatDay(exchange.occurredOn)}</dd>
        </div>
        <div>
          <dt>{tx(exchange.market ? 'figures.amount' : 'figures.value')}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
        <div>
          <dt>{tx('detail.origin')}</dt>
          <dd>{tx(`channel.${exchange.channel}`)}</dd>
        </div>
      </dl>
    </article>
  );
}
