import type { ChartConfiguration } from 'chart.js';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactShare, ImpactSummary } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { formatMonth } from '@/lib/format';
import { CATEGORY_COLOURS } from './colours';
import { MonthlyTable, ShareTable } from './impact-tables';

const MARKET_COLOUR = '#1d5c4d';
const NON_MARKET_COLOUR = '#b35900';
const COUNT_COLOUR = '#1d4f91';

/** A canvas Chart.js draws on; screen readers get its summary, and the table under it has the figures. */
function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    // No 2D context where nothing is drawn (tests): the table still says it all.
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    let removed = false;
    let remove: (() => void) | undefined;
    // Chart.js comes with the first chart, not with the impact pages.
    void import('./draw-chart').then(({ drawChart }) => {
      if (!removed) remove = drawChart(context, config);
    });
    return () => {
      removed = true;
      remove?.();
    };
  }, [config]);
  return (
    <div className="chart__canvas">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

type ChartSectionProps = { id: string; title: string; children: ReactNode; table: ReactNode };

/** A chart with its heading, and its data in a table one click away. */
function ChartSection({ id, title, children, table }: ChartSectionProps) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <section className="chart" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
      <details className="chart__data">
        <summary>{tx('impact.charts.showData', { chart: title })}</summary>
        {table}
      </details>
    </section>
  );
}

/** Euros by month, market and non-market stacked, with the number of exchanges as a line. */
function MonthlyChart({ summary }: { summary: ImpactSummary }) {
  const { t: tx } = useTranslation('exchanges');
  const title = tx('impact.charts.monthly');
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: summary.monthly.map((month) => formatMonth(month.month)),
        datasets: [
          {
            type: 'bar',
            label: tx('impact.table.marketEur'),
            data: summary.monthly.map((month) => month.marketEur),
            backgroundColor: MARKET_COLOUR,
            stack: 'euros',
            yAxisID: 'y',
          },
          {
            type: 'bar',
            label: tx('impact.table.nonMarketEur'),
            data: summary.monthly.map((month) => month.nonMarketEur),
            backgroundColor: NON_MARKET_COLOUR,
            stack: 'euros',
            yAxisID: 'y',
          },
          {
            type: 'line',
            label: tx('impact.table.exchanges'),
            data: summary.monthly.map((month) => month.exchanges),
            borderColor: COUNT_COLOUR,
            backgroundColor: COUNT_COLOUR,
            yAxisID: 'count',
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        locale: currentLanguage(),
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: tx('impact.charts.euros') } },
          count: {
            position: 'right',
            beginAtZero: true,
            grid: { drawOnChartArea: false },
            ticks: { precision: 0 },
            title: { display: true, text: tx('impact.table.exchanges') },
          },
        },
      },
    }),
    [summary, tx],
  );
  return (
    <ChartSection id="chart-monthly" title={title} table={<MonthlyTable months={summary.monthly} caption={title} />}>
      <ChartCanvas config={config} label={tx('impact.charts.monthlyLabel')} />
    </ChartSection>
  );
}

type ShareChartProps = {
  id: string;
  title: string;
  shares: ImpactShare[];
  keyHeading: string;
  label: (key: string) => string;
  type: 'doughnut' | 'bar';
};

/** The exchanges' split by channel or by mode. */
function ShareChart({ id, title, shares, keyHeading, label, type }: ShareChartProps) {
  const { t: tx } = useTranslation('exchanges');
  // Nothing to draw for what had no exchange; the table lists everything.
  const drawn = shares.filter((share) => share.exchanges > 0);
  const config = useMemo(
    (): ChartConfiguration => ({
      type,
      data: {
        labels: drawn.map((share) => label(share.key)),
        datasets: [
          {
            label: tx('impact.table.exchanges'),
            data: drawn.map((share) => share.exchanges),
            backgroundColor: drawn.map((_, index) => CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]),
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        locale: currentLanguage(),
        ...(type === 'bar'
          ? {
              indexAxis: 'y' as const,
              plugins: { legend: { display: false } },
              scales: { x: { ticks: { precision: 0 } } },
            }
          : {}),
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `drawn` and `label` follow `shares` and the language.
    [shares, type, tx],
  );
  return (
    <ChartSection
      id={id}
      title={title}
      table={<ShareTable shares={shares} caption={title} keyHeading={keyHeading} label={label} />}
    >
      {drawn.length === 0 ? (
        <p className="empty-state">{tx('impact.charts.noExchange')}</p>
      ) : (
        <ChartCanvas config={config} label={tx('impact.charts.shareLabel', { chart: title })} />
      )}
    </ChartSection>
  );
}

/** The three charts of a summary, each with its table. */
export function ImpactCharts({ summary }: { summary: ImpactSummary }) {
  const { t: tx } = useTranslation('exchanges');
  return (
    <div className="charts">
      <MonthlyChart summary={summary} />
      <ShareChart
        id="chart-channels"
        title={tx('impact.charts.channels')}
        shares={summary.byChannel}
        keyHeading={tx('impact.table.channel')}
        label={(key) => tx(`channel.${key}` as 'channel.DIRECT')}
        type="doughnut"
      />
      <ShareChart
        id="chart-modes"
        title={tx('impact.charts.modes')}
        shares={summary.byMode}
        keyHeading={tx('impact.table.mode')}
        label={(key) => tx(`mode.${key}` as 'mode.SALE')}
        type="bar"
      />
    </div>
  );
}
