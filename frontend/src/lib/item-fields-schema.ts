import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  ITEM_MODES,
  REACHES,
  type ItemInput,
  type ItemKind,
  type ItemMode,
  type Reach,
  type TerritoryRef,
} from '@/lib/api/types';
import { DESCRIPTION_MAX, kindOfTerritoryId, parisDate, territoryKindFor, TITLE_MAX } from '@/lib/catalogue';
import { optional, requiredText } from '@/lib/validation';

/*
 * The fields of an offer or a request that several forms share (the catalogue's item form,
 * the hotline's "new need"), as '@/components/item-fields' shows them: their validation,
 * their empty values and what the API is sent of them.
 */

/** The shared fields' schemas, to spread into a form's z.object. */
export function itemFieldsShape(t: TFunction) {
  return {
    title: requiredText(t, TITLE_MAX),
    description: requiredText(t, DESCRIPTION_MAX),
    categoryCode: z.string({ error: t('validation.category') }).min(1, t('validation.category')),
    mode: z.enum(ITEM_MODES as [ItemMode, ...ItemMode[]], { error: t('validation.mode') }),
    reach: z.enum(REACHES, { error: t('validation.reach') }),
    reachTerritory: z.object({ id: z.string(), name: z.string() }).nullable(),
    neededBy: z.string(),
  };
}

export type ItemFieldsValues = {
  title: string;
  description: string;
  categoryCode: string;
  mode: ItemMode;
  reach: Reach;
  reachTerritory: TerritoryRef | null;
  neededBy: string;
};

/** Nothing typed or chosen yet. */
export const EMPTY_ITEM_FIELDS = {
  title: '',
  description: '',
  categoryCode: undefined,
  mode: undefined,
  reach: undefined,
  reachTerritory: null,
  neededBy: '',
};

type Issue = (path: string, message: string) => void;

/**
 * What the shared fields' schemas cannot check alone: a local reach names a territory
 * of its kind, and a request is not needed by a past day. For a superRefine that runs
 * while other fields are missing: any value may still be undefined.
 */
export function checkItemFields(
  values: Pick<ItemFieldsValues, 'reach' | 'reachTerritory' | 'neededBy'>,
  kind: ItemKind,
  issue: Issue,
  t: TFunction,
) {
  const territoryKind = territoryKindFor(values.reach);
  if (territoryKind && (!values.reachTerritory || kindOfTerritoryId(values.reachTerritory.id) !== territoryKind)) {
    issue('reachTerritory', t(`validation.reachTerritory.${territoryKind}`));
  }
  if (kind === 'REQUEST' && values.neededBy && values.neededBy < parisDate()) {
    issue('neededBy', t('validation.datePast'));
  }
}

/** The shared fields as the API takes them: the territory only for a local reach, the needed-by date only for a request. */
export function itemFieldsBody(values: ItemFieldsValues, kind: ItemKind) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    categoryCode: values.categoryCode,
    mode: values.mode,
    reach: values.reach,
    reachTerritoryId: territoryKindFor(values.reach) ? values.reachTerritory?.id : undefined,
    neededBy: kind === 'REQUEST' ? optional(values.neededBy) : undefined,
  } satisfies Partial<ItemInput>;
}
