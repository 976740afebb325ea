import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import type { Exchange, ExchangeChange } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { formatDate, formatDateTime, formatDay } from '@/lib/format';
import { useArrivalNotice } from '@/lib/use-arrival-notice';
import { useExchange } from '../api/exchanges';
import { AgreementPanel } from '../components/agreement-panel';
import { ExchangeActions } from '../components/exchange-actions';
import { ExchangeFigures } from '../components/exchange-figures';
import { ExchangeHistory } from '../components/exchange-history';
import { ExchangeStatusBadge } from '../components/exchange-status-badge';
import { answeringSide, organisationOf, sideOf } from '../components/sides';
import { TestimonialPanel } from '../components/testimonial-panel';

export type ExchangeNotice = 'declared' | 'amended';

export function ExchangeRoute() {
  const id = useParams().id ?? '';
  // Another exchange is another page: nothing said about this one carries over.
  return <ExchangePage key={id} id={id} />;
}

function ExchangePage({ id }: { id: string }) {
  const { t: tx } = useTranslation('exchanges');
  const session = useSession();
  const query = useExchange(id);
  const arrivedWith = useArrivalNotice<ExchangeNotice>();
  const [done, setDone] = useState<string | null>(arrivedWith ? tx(`detail.notice.${arrivedWith}`) : null);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isProblemError(query.error, 404);
    return (
      <Page title={notFound ? tx('detail.notFound') : tx('list.title')} width="narrow">
        {notFound ? (
          <p>{tx('detail.notFoundBody')}</p>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
        <p>
          <Link to="/exchanges">{tx('detail.backToList')}</Link>
        </p>
      </Page>
    );
  }

  const { exchange, history, agreement, testimonial } = query.data;
  // Members of a party draft and accept the agreement and write the testimonial; animators only look.
  const side = session.hasRole('MEMBER') ? sideOf(exchange, session.me?.organisation?.id) : null;

  return (
    <Page title={tx('detail.title', { mode: tx(`mode.${exchange.mode}`), date: formatDay(exchange.occurredOn) })}>
      <p className="profile__meta">
        <ExchangeStatusBadge status={exchange.status} /> <StatusLine exchange={exchange} history={history} />
      </p>
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      <div className="exchange-layout">
        <section className="panel" aria-labelledby="exchange-what">
          <h2 id="exchange-what">{tx('detail.what')}</h2>
          {side && <p className="hint">{tx(`detail.yourSide.${side}`)}</p>}
          <dl className="details-list">
            {(['PROVIDER', 'BENEFICIARY'] as const).map((of) => (
              <Fragment key={of}>
                <dt>{tx(`side.${of}`)}</dt>
                <dd>
                  <Link to={`/organisations/${organisationOf(exchange, of).id}`}>
                    {organisationOf(exchange, of).name}
                  </Link>
                </dd>
              </Fragment>
            ))}
            <dt>{tx('detail.mode')}</dt>
            <dd>{tx(`mode.${exchange.mode}`)}</dd>
            <dt>{tx('detail.occurredOn')}</dt>
            <dd>{formatDay(exchange.occurredOn)}</dd>
            <dt>{tx('detail.description')}</dt>
            <dd className="pre-line">{exchange.description}</dd>
            <dt>{tx('detail.origin')}</dt>
            <dd>
              {tx(`channel.${exchange.channel}`)}
              {exchange.event && (
                <>
                  {' — '}
                  <Link to={`/events/${exchange.event.id}`}>
                    {tx('detail.eventOn', { title: exchange.event.title, date: formatDate(exchange.event.startsAt) })}
                  </Link>
                </>
              )}
              {exchange.introductionId && (
                <>
                  {' — '}
                  <Link to="/introductions">{tx('detail.introduction')}</Link>
                </>
              )}
              {exchange.offer && (
                <>
                  {' — '}
                  <Link to={`/offers/${exchange.offer.id}`}>{exchange.offer.title}</Link>
                </>
              )}
              {exchange.request && (
                <>
                  {' — '}
                  <Link to={`/requests/${exchange.request.id}`}>{exchange.request.title}</Link>
                </>
              )}
            </dd>
            <dt>{tx('detail.declared')}</dt>
            <dd>
              {tx('detail.declaredBy', {
                name: exchange.declaredBy?.name ?? tx('history.somebody'),
                organisation: organisationOf(exchange, exchange.declaredBySide).name,
                date: formatDateTime(exchange.createdAt),
              })}
            </dd>
            {exchange.confirmedAt && (
              <>
                <dt>{tx('detail.confirmed')}</dt>
                <dd>
                  {tx(exchange.confirmedOnBehalf ? 'detail.confirmedOnBehalf' : 'detail.confirmedBy', {
                    name: exchange.confirmedBy?.name ?? tx('history.somebody'),
                    date: formatDateTime(exchange.confirmedAt),
                  })}
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="exchange-figures">
          <h2 id="exchange-figures">{tx('detail.figures')}</h2>
          <ExchangeFigures exchange={exchange} />
          {!exchange.market && (
            <p>
              <Link to="/valuation-rules">{tx('detail.howWeCount')}</Link>
            </p>
          )}
        </section>
      </div>
      <ExchangeActions exchange={exchange} onDone={setDone} />
      {exchange.status !== 'CANCELLED' && (
        <AgreementPanel exchange={exchange} agreement={agreement} side={side} onDone={setDone} />
      )}
      {exchange.status === 'CONFIRMED' && (
        <TestimonialPanel exchange={exchange} testimonial={testimonial} side={side} onDone={setDone} />
      )}
      <ExchangeHistory history={history} />
      <p>
        <Link to="/exchanges">{tx('detail.backToList')}</Link>
      </p>
    </Page>
  );
}

/** Who the exchange waits for, or why it was disputed. */
function StatusLine({ exchange, history }: { exchange: Exchange; history: ExchangeChange[] }) {
  const { t: tx } = useTranslation('exchanges');
  const answering = organisationOf(exchange, answeringSide(exchange)).name;
  if (exchange.status === 'PENDING') return <>{tx('detail.waitingFor', { organisation: answering })}</>;
  if (exchange.status === 'DISPUTED') {
    const dispute = [...history].reverse().find((change) => change.action === 'DISPUTED');
    return <>{tx('detail.disputedBecause', { organisation: answering, reason: dispute?.note ?? '—' })}</>;
  }
  return null;
}
