import type { Exchange, ExchangeSide } from '@/lib/api/types';

/** Which side of the exchange an organisation is on; null for anyone else (animators). */
export function sideOf(exchange: Exchange, organisationId: string | undefined | null): ExchangeSide | null {
  if (!organisationId) return null;
  if (exchange.provider.id === organisationId) return 'PROVIDER';
  if (exchange.beneficiary.id === organisationId) return 'BENEFICIARY';
  return null;
}

export function otherSide(side: ExchangeSide): ExchangeSide {
  return side === 'PROVIDER' ? 'BENEFICIARY' : 'PROVIDER';
}

export function organisationOf(exchange: Exchange, side: ExchangeSide) {
  return side === 'PROVIDER' ? exchange.provider : exchange.beneficiary;
}

/** The side that confirms or disputes: the one that did not declare. */
export function answeringSide(exchange: Exchange): ExchangeSide {
  return otherSide(exchange.declaredBySide);
}
