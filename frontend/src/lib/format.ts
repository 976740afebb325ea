import { currentLanguage } from '@/lib/i18n';

export function formatDate(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long' }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD, no time zone), shown as the same day everywhere. */
export function formatDay(day: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatDateTime(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "45 €", "12,50 €": cents only when there are some. */
export function formatEuros(amount: number) {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** 0.75 → "75 %". */
export function formatPercent(share: number) {
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count or a measure, one decimal at most: "12", "26,5". */
export function formatNumber(value: number) {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(value);
}

/** A calendar month (YYYY-MM): "novembre 2026". */
export function formatMonth(month: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** An amount to the cent, as accounts show it: "300,00 €". */
export function formatMoney(amount: number) {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}
