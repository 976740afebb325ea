import { useTranslation } from 'react-i18next';
import type { ImpactMonth, ImpactShare } from '@/lib/api/types';
import { formatMoney, formatMonth, formatNumber, formatPercent } from '@/lib/format';

/** One line of figures: a month, a channel or a mode. */
type FiguresRow = {
  key: string;
  heading: string;
  exchanges: number;
  share?: number;
  marketEur: number;
  hours: number;
  nonMarketEur: number;
};

/** Figures as a table: what a chart draws, for everyone. The share column shows when the rows have one. */
function FiguresTable({ rows, caption, keyHeading }: { rows: FiguresRow[]; caption: string; keyHeading: string }) {
  const { t: tx } = useTranslation('exchanges');
  const withShare = rows.some((row) => row.share !== undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col">{tx('impact.table.exchanges')}</th>
            {withShare && <th scope="col">{tx('impact.table.share')}</th>}
            <th scope="col">{tx('impact.table.marketEur')}</th>
            <th scope="col">{tx('impact.table.hours')}</th>
            <th scope="col">{tx('impact.table.nonMarketEur')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.heading}</th>
              <td>{formatNumber(row.exchanges)}</td>
              {withShare && <td>{formatPercent(row.share ?? 0)}</td>}
              <td>{formatMoney(row.marketEur)}</td>
              <td>{formatNumber(row.hours)}</td>
              <td>{formatMoney(row.nonMarketEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The monthly series as a table. */
export function MonthlyTable({ months, caption }: { months: ImpactMonth[]; caption: string }) {
  const { t: tx } = useTranslation('exchanges');
  const rows = months.map((month) => ({ ...month, key: month.month, heading: formatMonth(month.month) }));
  return <FiguresTable rows={rows} caption={caption} keyHeading={tx('impact.table.month')} />;
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
  const rows = shares.map((share) => ({ ...share, heading: label(share.key) }));
  return <FiguresTable rows={rows} caption={caption} keyHeading={keyHeading} />;
}
