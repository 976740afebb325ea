import type { TFunction } from 'i18next';
import type { DeepPartial } from 'react-hook-form';
import { z } from 'zod';
import { isMarketMode, RECEIVED_CHANNELS, type NeedInput } from '@/lib/api/types';
import { checkItemFields, EMPTY_ITEM_FIELDS, itemFieldsBody, itemFieldsShape } from '@/lib/item-fields-schema';

/** A need received outside the platform, and the request it becomes. */
export function needSchema(t: TFunction) {
  return z
    .object({
      organisation: z.object({ id: z.string(), name: z.string() }, { error: t('hotline.need.organisationRequired') }),
      channel: z.enum(RECEIVED_CHANNELS, { error: t('hotline.need.channelRequired') }),
      ...itemFieldsShape(t),
    })
    .superRefine(
      (values, ctx) =>
        checkItemFields(values, 'REQUEST', (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }), t),
      // Checked even while other fields are missing, so every problem shows at once.
      { when: () => true },
    );
}

export type NeedFormInput = z.input<ReturnType<typeof needSchema>>;
export type NeedFormValues = z.output<ReturnType<typeof needSchema>>;

export const EMPTY_NEED: DeepPartial<NeedFormInput> = {
  organisation: undefined,
  channel: undefined,
  ...EMPTY_ITEM_FIELDS,
};

export const NEED_FIELDS = Object.keys(EMPTY_NEED);

/** The API's field names for the form's ('request.title' → 'title'). */
export const NEED_FIELD_ALIASES: Record<string, string> = {
  organisationId: 'organisation',
  'request.reachTerritoryId': 'reachTerritory',
  ...Object.fromEntries(NEED_FIELDS.map((field) => [`request.${field}`, field])),
};

/**
 * What the API is sent. A need heard on the phone has no price yet: a market mode
 * goes out "on quote", to be agreed between the two organisations.
 */
export function needBody(values: NeedFormValues): NeedInput {
  return {
    organisationId: values.organisation.id,
    channel: values.channel,
    request: { ...itemFieldsBody(values, 'REQUEST'), onQuote: isMarketMode(values.mode) },
  };
}
