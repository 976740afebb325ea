import { useTranslation } from 'react-i18next';
import type { ExchangeChange } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';

/** What happened to the exchange, oldest first: who declared, amended, confirmed, disputed… */
export function ExchangeHistory({ history }: { history: ExchangeChange[] }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <section className="panel" aria-labelledby="exchange-history">
      <h2 id="exchange-history">{tx('history.title')}</h2>
      <ol className="timeline">
        {history.map((change, index) => (
          <li key={`${change.at}-${index}`} className="timeline__entry">
            <time className="timeline__when" dateTime={change.at}>
              {formatDateTime(change.at)}
            </time>
            <p className="timeline__what">
              {tx(`history.action.${change.action}`, { name: change.actor?.name ?? tx('history.somebody') })}
              {change.onBehalf && <> {tx('history.onBehalf')}</>}
            </p>
            {change.note && <p className="timeline__note">{tx('history.note', { note: change.note })}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
