import {
  isMarketMode,
  type ItemMode,
  type ValuationKind,
  type ValuationMethod,
  type ValuationRule,
} from '@/lib/api/types';

/** The kind of help a non-market mode is valued as, unless people choose another it allows. */
const DEFAULT_KIND: Record<Exclude<ItemMode, 'SALE' | 'SERVICE' | 'ADVICE'>, ValuationKind> = {
  HELPING_HAND: 'HELPING_HAND',
  SKILLS_SPONSORSHIP: 'SKILLS_SPONSORSHIP',
  EQUIPMENT_LOAN: 'EQUIPMENT_LOAN',
  DONATION: 'DONATION',
  BARTER: 'BARTER',
};

/** A helping hand may be skilled work; a barter may be paid in hours of either (as the API allows). */
export function kindsFor(mode: ItemMode | undefined | null): ValuationKind[] {
  if (!mode || isMarketMode(mode)) return [];
  if (mode === 'HELPING_HAND') return ['HELPING_HAND', 'SKILLED_WORK'];
  if (mode === 'BARTER') return ['BARTER', 'HELPING_HAND', 'SKILLED_WORK'];
  return [DEFAULT_KIND[mode as keyof typeof DEFAULT_KIND]];
}

export function defaultKindFor(mode: ItemMode | undefined | null): ValuationKind | undefined {
  return kindsFor(mode)[0];
}

/** The kind chosen if the mode allows it, its default otherwise (the mode changed since). */
export function effectiveKind(mode: ItemMode | undefined | null, chosen: ValuationKind | undefined | null) {
  const kinds = kindsFor(mode);
  return chosen && kinds.includes(chosen) ? chosen : kinds[0];
}

/** The rule in force on a day (YYYY-MM-DD): the latest of that kind that started by then. */
export function ruleOn(rules: readonly ValuationRule[], kind: ValuationKind | undefined, day: string | undefined) {
  if (!kind || !day) return null;
  return (
    rules
      .filter((rule) => rule.kind === kind && rule.effectiveFrom <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
  );
}

/** What each method needs declared. */
export const NEEDS: Record<ValuationMethod, { hours: boolean; days: boolean; declaredValue: boolean }> = {
  HOURLY_RATE: { hours: true, days: false, declaredValue: false },
  DAILY_RATE: { hours: false, days: true, declaredValue: false },
  PERCENT_OF_VALUE_PER_DAY: { hours: false, days: true, declaredValue: true },
  DECLARED_VALUE: { hours: false, days: false, declaredValue: true },
};

export type Declared = { hours?: number; days?: number; declaredValueEur?: number };

/** The euro value the API will compute (rounded to the cent), or null while something it needs is missing. */
export function estimate(rule: ValuationRule, declared: Declared): number | null {
  const rate = rule.rate ?? 0;
  const { hours, days, declaredValueEur } = declared;
  let value: number | undefined;
  switch (rule.method) {
    case 'HOURLY_RATE':
      value = hours === undefined ? undefined : hours * rate;
      break;
    case 'DAILY_RATE':
      value = days === undefined ? undefined : days * rate;
      break;
    case 'PERCENT_OF_VALUE_PER_DAY':
      value = days === undefined || declaredValueEur === undefined ? undefined : (declaredValueEur * rate * days) / 100;
      break;
    case 'DECLARED_VALUE':
      value = declaredValueEur;
      break;
  }
  return value === undefined || !Number.isFinite(value) ? null : Math.round(value * 100) / 100;
}

/** "6,5" or "6.5" → 6.5; blank or not a number → undefined. */
export function parseDecimal(text: string | undefined): number | undefined {
  const trimmed = text?.trim().replace(/\s/g, '').replace(',', '.');
  if (!trimmed || !/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
