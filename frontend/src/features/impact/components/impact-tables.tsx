import { useTranslation } from 'react-i18next';
import type { ImpactMonth, ImpactShare } from '@/lib/api/types';
import { formatMoney, formatMonth, formatNumber, formatPercent } from '@/lib/format';

/** The monthly series as a table: what the chart draws, for everyone. */
export function MonthlyTable({ months, caption }: { months: ImpactMonth[]; caption: string }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tx('impact.table.month')}</th>
            <th scope="col">{tx('impact.table.exchanges')}</th>
            <th scope="col">{tx('impact.table.marketEur')}</th>
            <th scope="col">{tx('impact.table.hours')}</th>
            <th scope="col">{tx('impact.table.nonMarketEur')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month)}</th>
              <td>{formatNumber(month.exchanges)}</td>
              <td>{formatMoney(month.marketEur)}</td>
              <td>{formatNumber(month.hours)}</td>
              <td>{formatMoney(month.nonMarketEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ShareTableProps = {
  shares: ImpactShare[];
  caption: string;
  /** The first column's heading (channel, mode) and how a key reads. */
  keyHeading: string;
  label: (key: string) => string;
};

/** Exchanges and value by channel or by mode, with each one's share. */
export function ShareTable({ shares, caption, keyHeading, label }: ShareTableProps) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col">{tx('impact.table.exchanges')}</th>
            <th scope="col">{tx('impact.table.share')}</th>
            <th scope="col">{tx('impact.table.marketEur')}</th>
            <th scope="col">{tx('impact.table.hours')}</th>
            <th scope="col">{tx('impact.table.nonMarketEur')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((share) => (
            <tr key={share.key}>
              <th scope="row">{label(share.key)}</th>
              <td>{formatNumber(share.exchanges)}</td>
              <td>{formatPercent(share.share)}</td>
              <td>{formatMoney(share.marketEur)}</td>
              <td>{formatNumber(share.hours)}</td>
              <td>{formatMoney(share.nonMarketEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
