import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import type { YearReport } from '@/lib/api/types';
import { formatDay, formatMoney, formatNumber } from '@/lib/format';
import { useYearReport } from '../api/impact';
import { KeyFigures } from '../components/key-figures';

/** "Your year in elBasar": an organisation's figures, partners, exchanges and testimonials for a year; prints well. */
export function YearReportRoute() {
  const { t: tx } = useTranslation('exchanges');
  const { id = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const report = useYearReport(id, valid ? year : 0);

  const title = tx('report.title', { year: valid ? year : yearParam });
  let body;
  if (!valid) body = <p>{tx('report.badYear')}</p>;
  else if (report.isPending) body = <Loading />;
  else if (report.isError) body = <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  else body = <Report report={report.data} />;

  return (
    <Page title={title} intro={report.data && <p className="report__organisation">{report.data.organisation.name}</p>}>
      <div className="button-row no-print">
        <Button onPress={() => window.print()}>{tx('print')}</Button>
        {valid && (
          <>
            <Link to={`/organisations/${id}/report/${year - 1}`}>{tx('report.previousYear', { year: year - 1 })}</Link>
            {year < new Date().getFullYear() && (
              <Link to={`/organisations/${id}/report/${year + 1}`}>{tx('report.nextYear', { year: year + 1 })}</Link>
            )}
          </>
        )}
        <Link to={`/impact?scope=organisation:${id}`}>{tx('report.toDashboard')}</Link>
      </div>
      {body}
    </Page>
  );
}

function Report({ report }: { report: YearReport }) {
  const { t: tx } = useTranslation('exchanges');
  const me = report.organisation.id;
  return (
    <article className="printable report">
      <KeyFigures summary={report.summary} headingId="report-figures" />
      <section aria-labelledby="report-partners">
        <h2 id="report-partners">{tx('report.partners')}</h2>
        {report.partners.length === 0 ? (
          <p className="empty-state">{tx('report.noPartner')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{tx('report.partners')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx('report.partner')}</th>
                  <th scope="col">{tx('impact.table.exchanges')}</th>
                  <th scope="col">{tx('report.given')}</th>
                  <th scope="col">{tx('report.received')}</th>
                  <th scope="col">{tx('report.totalEur')}</th>
                </tr>
              </thead>
              <tbody>
                {report.partners.map((partner) => (
                  <tr key={partner.organisation.id}>
                    <th scope="row">
                      <Link to={`/organisations/${partner.organisation.id}`}>{partner.organisation.name}</Link>
                    </th>
                    <td>{formatNumber(partner.exchanges)}</td>
                    <td>{formatNumber(partner.given)}</td>
                    <td>{formatNumber(partner.received)}</td>
                    <td>{formatMoney(partner.totalEur)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="report-exchanges">
        <h2 id="report-exchanges">{tx('report.exchanges')}</h2>
        {report.exchanges.length === 0 ? (
          <p className="empty-state">{tx('report.noExchange')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{tx('report.exchanges')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx('detail.occurredOn')}</th>
                  <th scope="col">{tx('detail.mode')}</th>
                  <th scope="col">{tx('report.direction')}</th>
                  <th scope="col">{tx('report.partner')}</th>
                  <th scope="col">{tx('report.value')}</th>
                </tr>
              </thead>
              <tbody>
                {report.exchanges.map((exchange) => {
                  const gave = exchange.provider.id === me;
                  const value = exchange.market ? exchange.amountEur : exchange.valueEur;
                  return (
                    <tr key={exchange.id}>
                      <th scope="row">
                        <Link to={`/exchanges/${exchange.id}`}>{formatDay(exchange.occurredOn)}</Link>
                      </th>
                      <td>{tx(`mode.${exchange.mode}`)}</td>
                      <td>{tx(gave ? 'report.gave' : 'report.receivedOne')}</td>
                      <td>{(gave ? exchange.beneficiary : exchange.provider).name}</td>
                      <td>
                        {value === null ? '—' : formatMoney(value)}
                        {exchange.hours !== null &&
                          ` (${tx('figures.hoursValue', { hours: formatNumber(exchange.hours) })})`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="report-testimonials">
        <h2 id="report-testimonials">{tx('report.testimonials')}</h2>
        {report.testimonials.length === 0 ? (
          <p className="empty-state">{tx('report.noTestimonial')}</p>
        ) : (
          <ul className="stack">
            {report.testimonials.map((testimonial) => (
              <li key={testimonial.exchangeId}>
                <figure className="testimonial">
                  <blockquote>{testimonial.text}</blockquote>
                  <figcaption>
                    {tx('report.testimonialOf', {
                      provider: testimonial.provider.name,
                      beneficiary: testimonial.beneficiary.name,
                      date: formatDay(testimonial.occurredOn),
                    })}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
