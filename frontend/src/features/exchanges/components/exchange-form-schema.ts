import type { TFunction } from 'i18next';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import type { SearchChoice } from '@/components/search-combo-box';
import {
  isMarketMode,
  ITEM_MODES,
  ORIGIN_CHANNELS,
  VALUATION_KINDS,
  type Exchange,
  type ExchangeInput,
  type ItemMode,
  type OriginChannel,
  type ValuationRule,
} from '@/lib/api/types';
import { parisDate } from '@/lib/catalogue';
import { requiredText } from '@/lib/validation';
import { effectiveKind, NEEDS, parseDecimal, ruleOn } from './valuation';

export const DESCRIPTION_MAX = 2000;

/** Who the exchange is between, as the page knows it before the form. */
export type ExchangeParties = {
  /** A side already known (an introduction's, an item's organisation, the caller's own…). */
  provider: SearchChoice | null;
  beneficiary: SearchChoice | null;
  /**
   * A member without a known other side: their organisation is one side, a radio says whether it
   * gave or received, a search finds the other.
   */
  own: SearchChoice | null;
};

/** What the declaration came from; the API sets the channel from it. */
export type ExchangeOrigin = { introductionId?: string; offerId?: string; requestId?: string };

/** What the form asks for, given the parties known. */
export type ExchangeSetup = {
  parties: ExchangeParties;
  /** Animators declare for one side (the other confirms). */
  chooseSide: boolean;
  /** The channel is asked only when nothing sets it. */
  askChannel: boolean;
  rules: readonly ValuationRule[] | undefined;
};

const choice = z.object({ id: z.string(), name: z.string() }).nullable();

export function exchangeSchema(tx: TFunction<'exchanges'>, t: TFunction, setup: ExchangeSetup) {
  const { parties } = setup;
  const picksOther = parties.own !== null;
  return z
    .object({
      direction: z.enum(['GAVE', 'RECEIVED']).optional(),
      other: choice,
      provider: choice,
      beneficiary: choice,
      declaredBySide: z.enum(['PROVIDER', 'BENEFICIARY']),
      mode: z.enum(ITEM_MODES as [ItemMode, ...ItemMode[]], { error: tx('form.errors.mode') }),
      occurredOn: z.string().min(1, t('validation.required')),
      description: requiredText(t, DESCRIPTION_MAX),
      channel: z.enum(ORIGIN_CHANNELS),
      /** The event it was born at, when the channel is EVENT; empty: none chosen. */
      eventId: z.string(),
      amountEur: z.string(),
      valuationKind: z.enum(VALUATION_KINDS).optional(),
      hours: z.string(),
      days: z.string(),
      declaredValueEur: z.string(),
    })
    .superRefine((values, ctx) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (picksOther) {
        if (!values.direction) problem('direction', tx('form.errors.direction'));
        if (!values.other) problem('other', tx('form.errors.organisation'));
      } else {
        if (!values.provider) problem('provider', tx('form.errors.organisation'));
        if (!values.beneficiary) problem('beneficiary', tx('form.errors.organisation'));
      }
      if (values.occurredOn && values.occurredOn > parisDate()) problem('occurredOn', tx('form.errors.future'));
      if (!values.mode) return;
      if (isMarketMode(values.mode)) {
        if (parseDecimal(values.amountEur) === undefined) problem('amountEur', tx('form.errors.amount'));
        return;
      }
      const rule = ruleOn(setup.rules ?? [], effectiveKind(values.mode, values.valuationKind), values.occurredOn);
      // Without the rules (or a rule for that day) the API says what is missing.
      if (!rule) return;
      const needs = NEEDS[rule.method];
      if (needs.hours && !(Number(parseDecimal(values.hours)) > 0)) problem('hours', tx('form.errors.hours'));
      if (needs.days && !Number.isInteger(parseDecimal(values.days) ?? NaN)) problem('days', tx('form.errors.days'));
      if (needs.declaredValue && parseDecimal(values.declaredValueEur) === undefined) {
        problem('declaredValueEur', tx('form.errors.amount'));
      }
    });
}

export type ExchangeFormInput = z.input<ReturnType<typeof exchangeSchema>>;
export type ExchangeFormValues = z.output<ReturnType<typeof exchangeSchema>>;

export function emptyExchange(parties: ExchangeParties, mode?: ItemMode): DefaultValues<ExchangeFormInput> {
  return {
    direction: undefined,
    other: null,
    provider: parties.provider,
    beneficiary: parties.beneficiary,
    declaredBySide: 'PROVIDER',
    mode,
    occurredOn: parisDate(),
    description: '',
    channel: 'DIRECT',
    eventId: '',
    amountEur: '',
    valuationKind: undefined,
    hours: '',
    days: '',
    declaredValueEur: '',
  };
}

const decimalText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/** The form as the exchange was declared, to amend it. */
export function exchangeValues(exchange: Exchange): ExchangeFormInput {
  return {
    direction: undefined,
    other: null,
    provider: { id: exchange.provider.id, name: exchange.provider.name },
    beneficiary: { id: exchange.beneficiary.id, name: exchange.beneficiary.name },
    declaredBySide: exchange.declaredBySide,
    mode: exchange.mode,
    occurredOn: exchange.occurredOn,
    description: exchange.description,
    channel: exchange.channel,
    eventId: exchange.event?.id ?? '',
    amountEur: decimalText(exchange.amountEur),
    valuationKind: exchange.valuationKind ?? undefined,
    hours: decimalText(exchange.hours),
    days: decimalText(exchange.days),
    declaredValueEur: decimalText(exchange.declaredValueEur),
  };
}

/** The form's fields the API's violations may name. */
export function exchangeFields(setup: ExchangeSetup) {
  const fields = [
    'mode',
    'occurredOn',
    'description',
    'amountEur',
    'valuationKind',
    'hours',
    'days',
    'declaredValueEur',
  ];
  if (setup.parties.own) fields.push('direction', 'other');
  else fields.push('provider', 'beneficiary');
  if (setup.chooseSide) fields.push('declaredBySide');
  if (setup.askChannel) fields.push('channel', 'eventId');
  return fields;
}

/** The API's field names for the form's. */
export function exchangeAliases(setup: ExchangeSetup): Record<string, string> {
  return setup.parties.own
    ? { providerOrganisationId: 'other', beneficiaryOrganisationId: 'other' }
    : { providerOrganisationId: 'provider', beneficiaryOrganisationId: 'beneficiary' };
}

/** What the API is sent: the parties' ids, and only the figures the mode and its rule take. */
export function exchangeBody(
  values: ExchangeFormValues,
  setup: ExchangeSetup,
  origin: ExchangeOrigin,
  channel?: OriginChannel,
): ExchangeInput {
  const { own } = setup.parties;
  const gave = values.direction === 'GAVE';
  const providerId = own ? (gave ? own.id : values.other!.id) : values.provider!.id;
  const beneficiaryId = own ? (gave ? values.other!.id : own.id) : values.beneficiary!.id;
  const body: ExchangeInput = {
    providerOrganisationId: providerId,
    beneficiaryOrganisationId: beneficiaryId,
    mode: values.mode,
    occurredOn: values.occurredOn,
    description: values.description,
    ...origin,
  };
  if (setup.askChannel) {
    body.channel = values.channel;
    // Born at an event of the platform: the API keeps which (and sets the channel from it).
    if (values.channel === 'EVENT' && values.eventId) body.eventId = values.eventId;
  } else if (channel) body.channel = channel;
  if (setup.chooseSide) body.declaredBySide = values.declaredBySide;
  if (isMarketMode(values.mode)) {
    body.amountEur = parseDecimal(values.amountEur);
    return body;
  }
  body.valuationKind = effectiveKind(values.mode, values.valuationKind);
  const rule = ruleOn(setup.rules ?? [], body.valuationKind, values.occurredOn);
  // Only what the rule takes: the API refuses nothing more, but the figures stay clean.
  const needs = rule ? NEEDS[rule.method] : { hours: true, days: true, declaredValue: true };
  if (needs.hours) body.hours = parseDecimal(values.hours);
  if (needs.days) body.days = parseDecimal(values.days);
  if (needs.declaredValue) body.declaredValueEur = parseDecimal(values.declaredValueEur);
  return body;
}
