import { useTranslation } from 'react-i18next';
import type { ImpactSummary } from '@/lib/api/types';
import { formatMoney, formatNumber } from '@/lib/format';

/** The figures funders ask for first, for the scope and period of a summary. */
export function KeyFigures({ summary, headingId }: { summary: ImpactSummary; headingId: string }) {
  const { t: tx } = useTranslation('exchanges');
  const forOrganisation = summary.scope.kind === 'ORGANISATION';
  const figures: { key: string; label: string; value: string }[] = [
    { key: 'exchanges', label: tx('impact.figures.exchanges'), value: formatNumber(summary.exchanges) },
    { key: 'market', label: tx('impact.figures.marketEur'), value: formatMoney(summary.marketEur) },
    {
      key: 'hours',
      label: tx('impact.figures.hours'),
      value: tx('impact.figures.hoursValue', { hours: formatNumber(summary.hours) }),
    },
    { key: 'non-market', label: tx('impact.figures.nonMarketEur'), value: formatMoney(summary.nonMarketEur) },
    { key: 'total', label: tx('impact.figures.totalEur'), value: formatMoney(summary.totalEur) },
    {
      key: 'organisations',
      label: tx(forOrganisation ? 'impact.figures.partners' : 'impact.figures.organisationsInvolved'),
      value: formatNumber(summary.organisationsInvolved),
    },
    { key: 'new-pairs', label: tx('impact.figures.newPairs'), value: formatNumber(summary.newPairs) },
    { key: 'repeat-pairs', label: tx('impact.figures.repeatPairs'), value: formatNumber(summary.repeatPairs) },
    {
      key: 'isolated',
      // For one organisation: 1 when it had no exchange in the last 12 months.
      label: tx(forOrganisation ? 'impact.figures.isolatedSelf' : 'impact.figures.isolatedOrganisations'),
      value: forOrganisation
        ? tx(summary.isolatedOrganisations > 0 ? 'impact.figures.yes' : 'impact.figures.no')
        : formatNumber(summary.isolatedOrganisations),
    },
  ];
  // The network's convivial events over the period: how many, who came, and what they led to.
  if (summary.events) {
    figures.push(
      { key: 'events-held', label: tx('impact.figures.eventsHeld'), value: formatNumber(summary.events.held) },
      {
        key: 'event-attendance',
        label: tx('impact.figures.eventAttendance'),
        value: formatNumber(summary.events.attendance),
      },
      {
        key: 'event-organisations',
        label: tx('impact.figures.eventOrganisations'),
        value: formatNumber(summary.events.organisations),
      },
      { key: 'exchanges-born', label: tx('impact.figures.exchangesBorn'), value: formatNumber(summary.events.exchangesBorn) },
    );
  }
  return (
    <section className="figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{tx('impact.figures.title')}</h2>
      <dl className="figures__list">
        {figures.map((figure) => (
          <div key={figure.key} className={`figure figure--${figure.key}`}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{tx('impact.figures.help')}</p>
    </section>
  );
}
