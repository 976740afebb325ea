/*
 * The exchanges pages load together, on the first visit to one of them: the initial bundle
 * then names one chunk for all of them rather than one per page (its 200 KB budget is nearly spent).
 */
export { AgreementRoute } from './agreement';
export { ExchangeRoute } from './exchange';
export { ExchangeEditRoute } from './exchange-edit';
export { ExchangeNewRoute } from './exchange-new';
export { ExchangesRoute } from './exchanges';
export { ValuationRulesRoute } from './valuation-rules';
