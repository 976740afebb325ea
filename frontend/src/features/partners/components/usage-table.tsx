import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import type { PartnerUsageHour } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { USAGE_HOURS, usePartnerUsage } from '../api/partner-clients';

const HOUR_MS = 3_600_000;

/** Every hour of the last day, oldest first, quiet ones (which the API leaves out) at zero. */
export function everyHour(usage: PartnerUsageHour[], now = Date.now(), hours = USAGE_HOURS): PartnerUsageHour[] {
  const byHour = new Map(usage.map((hour) => [Date.parse(hour.hour), hour]));
  const last = Math.floor(now / HOUR_MS) * HOUR_MS;
  return Array.from({ length: hours }, (_, index) => {
    const start = last - (hours - 1 - index) * HOUR_MS;
    const found = byHour.get(start);
    return { hour: new Date(start).toISOString(), requests: found?.requests ?? 0, refused: found?.refused ?? 0 };
  });
}

function formatHour(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A partner's requests by hour over the last day: a table (the accessible truth) with bars beside. */
export function UsageTable({ clientId }: { clientId: string }) {
  const { t: tx } = useTranslation('partners');
  const usage = usePartnerUsage(clientId);

  let body;
  if (usage.isPending) body = <Loading />;
  else if (usage.isError) body = <LoadError error={usage.error} onRetry={() => void usage.refetch()} />;
  else {
    const hours = everyHour(usage.data);
    const peak = Math.max(1, ...hours.map((hour) => hour.requests + hour.refused));
    body = (
      <div className="table-scroll">
        <table className="data-table usage-table">
          <caption>{tx('usage.caption', { count: USAGE_HOURS })}</caption>
          <thead>
            <tr>
              <th scope="col">{tx('usage.hour')}</th>
              <th scope="col">{tx('usage.requests')}</th>
              <th scope="col">{tx('usage.refused')}</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((hour) => (
              <tr key={hour.hour}>
                <th scope="row">{formatHour(hour.hour)}</th>
                <td>
                  <span className="usage-cell">
                    {formatNumber(hour.requests)}
                    <span className="usage-bar" aria-hidden="true" style={{ width: `${(hour.requests / peak) * 100}%` }} />
                  </span>
                </td>
                <td>
                  <span className="usage-cell">
                    {formatNumber(hour.refused)}
                    <span
                      className="usage-bar usage-bar--refused"
                      aria-hidden="true"
                      style={{ width: `${(hour.refused / peak) * 100}%` }}
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="panel" aria-labelledby="partner-usage">
      <h2 id="partner-usage">{tx('usage.title')}</h2>
      <p className="hint">{tx('usage.intro')}</p>
      {body}
    </section>
  );
}
