import type { TFunction } from 'i18next';
import type { DeepPartial } from 'react-hook-form';
import { z } from 'zod';
import {
  isMarketMode,
  ITEM_MODES,
  PRICE_UNITS,
  REACHES,
  type Item,
  type ItemInput,
  type ItemKind,
  type ItemMode,
  type PriceUnit,
  type Reach,
  type TerritoryRef,
} from '@/lib/api/types';
import { addDays, DEFAULT_LIFETIME_DAYS, lastListedDay, MAX_LIFETIME_DAYS, parisDate } from '@/lib/catalogue';
import { optional } from '@/lib/validation';

// Limits the API enforces too.
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const AVAILABILITY_MAX = 300;
/** Euros with at most two decimals; French people type a comma. */
const AMOUNT = /^\d{1,10}([.,]\d{1,2})?$/;

export function parseAmount(text: string) {
  return Number(text.trim().replace(',', '.'));
}

type LocalReach = Extract<Reach, 'COMMUNE' | 'EPCI' | 'DEPARTEMENT'>;

/** The reaches that name a territory, and the kind of territory each names. */
export function territoryKindFor(reach: Reach | undefined): LocalReach | null {
  return reach === 'COMMUNE' || reach === 'EPCI' || reach === 'DEPARTEMENT' ? reach : null;
}

/** The territory kind an id names ("epci:200093201"). */
function kindOfTerritoryId(id: string) {
  return id.split(':')[0].toUpperCase();
}

/**
 * `loadedExpiry`: the expiry of the item being edited, accepted as it is
 * (left alone, it is not sent, and may well be past for an expired item).
 */
export function itemSchema(t: TFunction, kind: ItemKind, loadedExpiry?: string) {
  const required = t('validation.required');
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(1, required)
        .max(TITLE_MAX, t('validation.maxLength', { count: TITLE_MAX })),
      description: z
        .string()
        .trim()
        .min(1, required)
        .max(DESCRIPTION_MAX, t('validation.maxLength', { count: DESCRIPTION_MAX })),
      categoryCode: z.string({ error: t('validation.category') }).min(1, t('validation.category')),
      mode: z.enum(ITEM_MODES as [ItemMode, ...ItemMode[]], { error: t('validation.mode') }),
      onQuote: z.boolean(),
      price: z.string(),
      priceUnit: z.enum(PRICE_UNITS).optional(),
      indicativeValue: z.string(),
      reach: z.enum(REACHES, { error: t('validation.reach') }),
      reachTerritory: z.object({ id: z.string(), name: z.string() }).nullable(),
      availability: z.string().max(AVAILABILITY_MAX, t('validation.maxLength', { count: AVAILABILITY_MAX })),
      expiresOn: z.string(),
      neededBy: z.string(),
    })
    .superRefine(
      (values, ctx) => {
        const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
        // The fields follow the mode: a price (or "on quote") for market exchanges only.
        if (values.mode && isMarketMode(values.mode)) {
          if (!values.onQuote) {
            if (!values.price?.trim()) issue('price', t('validation.priceRequired'));
            else if (!AMOUNT.test(values.price.trim())) issue('price', t('validation.amount'));
            if (!values.priceUnit) issue('priceUnit', t('validation.priceUnit'));
          }
        } else if (values.indicativeValue?.trim() && !AMOUNT.test(values.indicativeValue.trim())) {
          issue('indicativeValue', t('validation.amount'));
        }
        const territoryKind = territoryKindFor(values.reach);
        if (
          territoryKind &&
          (!values.reachTerritory || kindOfTerritoryId(values.reachTerritory.id) !== territoryKind)
        ) {
          issue('reachTerritory', t(`validation.reachTerritory.${territoryKind}`));
        }
        const today = parisDate();
        const expiryChanged = values.expiresOn !== loadedExpiry;
        if (expiryChanged && values.expiresOn && (values.expiresOn <= today || values.expiresOn > addDays(today, MAX_LIFETIME_DAYS))) {
          issue('expiresOn', t('validation.expiryRange'));
        }
        if (kind === 'REQUEST' && values.neededBy && values.neededBy < today) {
          issue('neededBy', t('validation.datePast'));
        }
      },
      // Checked even while other fields are missing, so every problem shows at once.
      { when: () => true },
    );
}

export type ItemFormInput = z.input<ReturnType<typeof itemSchema>>;
export type ItemFormValues = z.output<ReturnType<typeof itemSchema>>;

/** A new item: nothing chosen yet, listed for the default 90 days. */
export function emptyItemForm(): DeepPartial<ItemFormInput> {
  return {
    title: '',
    description: '',
    categoryCode: undefined,
    mode: undefined,
    onQuote: false,
    price: '',
    priceUnit: undefined,
    indicativeValue: '',
    reach: undefined,
    reachTerritory: null,
    availability: '',
    expiresOn: addDays(parisDate(), DEFAULT_LIFETIME_DAYS),
    neededBy: '',
  };
}

function amountText(amount: number | null) {
  return amount === null ? '' : String(amount);
}

export function itemFormFrom(item: Item): ItemFormInput {
  return {
    title: item.title,
    description: item.description,
    categoryCode: item.category.code,
    mode: item.mode,
    onQuote: item.onQuote,
    price: amountText(item.price),
    priceUnit: item.priceUnit ?? undefined,
    indicativeValue: amountText(item.indicativeValue),
    reach: item.reach,
    reachTerritory: territoryKindFor(item.reach) ? (item.reachTerritory as TerritoryRef | null) : null,
    availability: item.availability ?? '',
    expiresOn: lastListedDay(item.expiresAt),
    neededBy: item.neededBy ?? '',
  };
}

/**
 * What the API is sent: only the fields of the chosen mode (a donation never
 * carries a price), the territory only for a local reach, the needed-by date
 * only for a request, and the expiry only when it was changed.
 */
export function itemBody(values: ItemFormValues, kind: ItemKind, sendExpiry: boolean): ItemInput {
  const market = isMarketMode(values.mode);
  const exchange: Partial<ItemInput> = market
    ? values.onQuote
      ? { onQuote: true }
      : { price: parseAmount(values.price), priceUnit: values.priceUnit as PriceUnit, onQuote: false }
    : {
        onQuote: false,
        indicativeValue: values.indicativeValue.trim() ? parseAmount(values.indicativeValue) : undefined,
      };
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    categoryCode: values.categoryCode,
    mode: values.mode,
    ...exchange,
    reach: values.reach,
    reachTerritoryId: territoryKindFor(values.reach) ? values.reachTerritory?.id : undefined,
    availability: optional(values.availability),
    expiresOn: sendExpiry && values.expiresOn ? values.expiresOn : undefined,
    neededBy: kind === 'REQUEST' ? optional(values.neededBy) : undefined,
  };
}

/** The form fields showing for these choices: server violations can land only on those. */
export function visibleFields(kind: ItemKind, mode: ItemMode | undefined, onQuote: boolean, reach: Reach | undefined) {
  const fields = ['title', 'description', 'categoryCode', 'mode', 'reach', 'availability', 'expiresOn'];
  if (mode && isMarketMode(mode)) fields.push('onQuote', ...(onQuote ? [] : ['price', 'priceUnit']));
  else if (mode) fields.push('indicativeValue');
  if (territoryKindFor(reach)) fields.push('reachTerritory');
  if (kind === 'REQUEST') fields.push('neededBy');
  return fields;
}

/** The form's own field names for the API's, where they differ. */
export const ITEM_FIELD_ALIASES = { reachTerritoryId: 'reachTerritory' };
