import type { TFunction } from 'i18next';
import { z } from 'zod';
import { PARTNER_SCOPES, type PartnerClient, type PartnerClientInput } from '@/lib/api/types';
import { requiredText } from '@/lib/validation';

// Limits the API enforces too.
export const NAME_MAX = 150;
export const EMAIL_MAX = 254;
export const REQUESTS_PER_MINUTE_MAX = 100_000;
/** What a new partner may ask a minute: two requests a second. */
export const DEFAULT_REQUESTS_PER_MINUTE = 120;

/** `tx`: the partners' texts; `t`: the shared ones. */
export function partnerSchema(t: TFunction, tx: TFunction<'partners'>) {
  return z.object({
    name: requiredText(t, NAME_MAX),
    contactEmail: z
      .string()
      .trim()
      .max(EMAIL_MAX, t('validation.maxLength', { count: EMAIL_MAX }))
      .pipe(z.email(t('validation.email'))),
    scopes: z.array(z.enum(PARTNER_SCOPES)).min(1, tx('form.scopesRequired')),
    requestsPerMinute: z
      .string()
      .trim()
      .regex(/^\d{1,6}$/, tx('form.requestsPerMinuteRange', { max: REQUESTS_PER_MINUTE_MAX }))
      .transform(Number)
      .refine((value) => value >= 1 && value <= REQUESTS_PER_MINUTE_MAX, {
        message: tx('form.requestsPerMinuteRange', { max: REQUESTS_PER_MINUTE_MAX }),
      }),
  });
}

export type PartnerFormInput = z.input<ReturnType<typeof partnerSchema>>;
export type PartnerFormValues = z.output<ReturnType<typeof partnerSchema>>;

export const PARTNER_FIELDS = ['name', 'contactEmail', 'scopes', 'requestsPerMinute'] as const;

export function emptyPartnerForm(): PartnerFormInput {
  return { name: '', contactEmail: '', scopes: [], requestsPerMinute: String(DEFAULT_REQUESTS_PER_MINUTE) };
}

export function partnerFormFrom(client: PartnerClient): PartnerFormInput {
  return {
    name: client.name,
    contactEmail: client.contactEmail,
    // Only the scopes this screen knows are offered again (the API accepts no other).
    scopes: client.scopes.filter((scope): scope is (typeof PARTNER_SCOPES)[number] =>
      (PARTNER_SCOPES as readonly string[]).includes(scope),
    ),
    requestsPerMinute: String(client.requestsPerMinute),
  };
}

/** What the API is sent: the form's fields, and whether the client works (a PUT replaces every field). */
export function partnerBody(values: PartnerFormValues, active: boolean): PartnerClientInput {
  return { ...values, active };
}

/** A client as it is, with only its activity changed. */
export function activityBody(client: PartnerClient, active: boolean): PartnerClientInput {
  const { name, contactEmail, scopes, requestsPerMinute } = client;
  return { name, contactEmail, scopes, requestsPerMinute, active };
}
