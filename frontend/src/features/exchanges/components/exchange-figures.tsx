import { useTranslation } from 'react-i18next';
import type { Exchange } from '@/lib/api/types';
import { formatMoney, formatNumber } from '@/lib/format';

/** What the exchange is worth: its amount, or the help declared, its euro value and the rule that gave it. */
export function ExchangeFigures({ exchange }: { exchange: Exchange }) {
  const { t: tx } = useTranslation('exchanges');
  if (exchange.market) {
    return (
      <dl className="details-list">
        <dt>{tx('figures.amount')}</dt>
        <dd>{exchange.amountEur === null ? '—' : formatMoney(exchange.amountEur)}</dd>
      </dl>
    );
  }
  return (
    <dl className="details-list">
      {exchange.valuationKind && (
        <>
          <dt>{tx('figures.kind')}</dt>
          <dd>{tx(`valuationKind.${exchange.valuationKind}`)}</dd>
        </>
      )}
      {exchange.hours !== null && (
        <>
          <dt>{tx('figures.hours')}</dt>
          <dd>{tx('figures.hoursValue', { hours: formatNumber(exchange.hours) })}</dd>
        </>
      )}
      {exchange.days !== null && (
        <>
          <dt>{tx('figures.days')}</dt>
          <dd>{tx('figures.daysValue', { count: exchange.days })}</dd>
        </>
      )}
      {exchange.declaredValueEur !== null && (
        <>
          <dt>{tx('figures.declaredValue')}</dt>
          <dd>{formatMoney(exchange.declaredValueEur)}</dd>
        </>
      )}
      <dt>{tx('figures.value')}</dt>
      <dd>{exchange.valueEur === null ? '—' : formatMoney(exchange.valueEur)}</dd>
      {exchange.rule && (
        <>
          <dt>{tx('figures.rule')}</dt>
          <dd>{exchange.rule.description}</dd>
        </>
      )}
    </dl>
  );
}

/** One line: "300,00 €", for lists. */
export function exchangeValue(exchange: Exchange) {
  const value = exchange.market ? exchange.amountEur : exchange.valueEur;
  return value === null ? null : formatMoney(value);
}
