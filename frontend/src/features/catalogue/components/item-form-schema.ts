import type { TFunction } from 'i18next';
import type { DeepPartial } from 'react-hook-form';
import { z } from 'zod';
import {
  isMarketMode,
  PRICE_UNITS,
  type Item,
  type ItemInput,
  type ItemKind,
  type ItemMode,
  type PriceUnit,
  type Reach,
  type TerritoryRef,
} from '@/lib/api/types';
import {
  addDays,
  DEFAULT_LIFETIME_DAYS,
  lastListedDay,
  MAX_LIFETIME_DAYS,
  parisDate,
  territoryKindFor,
} from '@/lib/catalogue';
import { checkItemFields, EMPTY_ITEM_FIELDS, itemFieldsBody, itemFieldsShape } from '@/lib/item-fields-schema';
import { optional } from '@/lib/validation';

// Limits the API enforces too (title and description: '@/lib/catalogue').
export const AVAILABILITY_MAX = 300;
/** Euros with at most two decimals; French people type a comma. */
const AMOUNT = /^\d{1,10}([.,]\d{1,2})?$/;

export function parseAmount(text: string) {
  return Number(text.trim().replace(',', '.'));
}

/**
 * `loadedExpiry`: the expiry of the item being edited, accepted as it is
 * (left alone, it is not sent, and may well be past for an expired item).
 */
export function itemSchema(t: TFunction, kind: ItemKind, loadedExpiry?: string) {
  return z
    .object({
      ...itemFieldsShape(t),
      onQuote: z.boolean(),
      price: z.string(),
      priceUnit: z.enum(PRICE_UNITS).optional(),
      indicativeValue: z.string(),
      availability: z.string().max(AVAILABILITY_MAX, t('validation.maxLength', { count: AVAILABILITY_MAX })),
      expiresOn: z.string(),
      showOnCeres: z.boolean(),
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
        checkItemFields(values, kind, issue, t);
        const today = parisDate();
        const expiryChanged = values.expiresOn !== loadedExpiry;
        if (expiryChanged && values.expiresOn && (values.expiresOn <= today || values.expiresOn > addDays(today, MAX_LIFETIME_DAYS))) {
          issue('expiresOn', t('validation.expiryRange'));
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
    ...EMPTY_ITEM_FIELDS,
    onQuote: false,
    price: '',
    priceUnit: undefined,
    indicativeValue: '',
    availability: '',
    expiresOn: addDays(parisDate(), DEFAULT_LIFETIME_DAYS),
    showOnCeres: false,
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
    showOnCeres: item.showOnCeres,
  };
}

/**
 * What the API is sent: only the fields of the chosen mode (a donation never
 * carries a price), the territory only for a local reach, the needed-by date
 * only for a request, the expiry only when it was changed, and "show on Ceres" only for an
 * offer (never set for a non-market one).
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
    ...itemFieldsBody(values, kind),
    ...exchange,
    availability: optional(values.availability),
    expiresOn: sendExpiry && values.expiresOn ? values.expiresOn : undefined,
    // Partner purchasing platforms (Ceres) show market offers only.
    ...(kind === 'OFFER' ? { showOnCeres: market && values.showOnCeres } : {}),
  };
}

/** The form fields showing for these choices: server violations can land only on those. */
export function visibleFields(kind: ItemKind, mode: ItemMode | undefined, onQuote: boolean, reach: Reach | undefined) {
  const fields = ['title', 'description', 'categoryCode', 'mode', 'reach', 'availability', 'expiresOn'];
  if (mode && isMarketMode(mode)) fields.push('onQuote', ...(onQuote ? [] : ['price', 'priceUnit']));
  if (mode && isMarketMode(mode) && kind === 'OFFER') fields.push('showOnCeres');
  else if (mode) fields.push('indicativeValue');
  if (territoryKindFor(reach)) fields.push('reachTerritory');
  if (kind === 'REQUEST') fields.push('neededBy');
  return fields;
}

/** The form's own field names for the API's, where they differ. */
export const ITEM_FIELD_ALIASES = { reachTerritoryId: 'reachTerritory' };
