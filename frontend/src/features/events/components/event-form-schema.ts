import type { TFunction } from 'i18next';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { EVENT_KINDS, type EventInput, type EventView } from '@/lib/api/types';
import { isValidWebsite, optional, requiredText } from '@/lib/validation';
import { parisLocal } from './paris-time';

// Limits the API enforces too.
export const TITLE_MAX = 150;
export const DESCRIPTION_MAX = 5000;
export const VENUE_MAX = 300;
export const ONLINE_URL_MAX = 500;
export const CAPACITY_MAX = 10000;

/** A datetime-local field's value: a Paris wall-clock time without seconds ("2027-03-28T18:30"). */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const choice = z.object({ id: z.string(), name: z.string() }).nullable();

export function eventSchema(tx: TFunction<'events'>, t: TFunction) {
  return z
    .object({
      kind: z.enum(EVENT_KINDS, { error: tx('form.errors.kind') }),
      title: requiredText(t, TITLE_MAX),
      description: z.string().trim().max(DESCRIPTION_MAX, t('validation.maxLength', { count: DESCRIPTION_MAX })),
      territory: choice,
      venue: z.string().trim().max(VENUE_MAX, t('validation.maxLength', { count: VENUE_MAX })),
      onlineUrl: z.string().trim().max(ONLINE_URL_MAX, t('validation.maxLength', { count: ONLINE_URL_MAX })),
      start: z.string(),
      end: z.string(),
      capacity: z.string().trim(),
      registrationDeadline: z.string(),
      host: choice,
    })
    .superRefine((values, ctx) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (!values.territory) problem('territory', tx('form.errors.territory'));
      if (!values.venue && !values.onlineUrl) problem('venue', tx('form.errors.place'));
      if (values.onlineUrl && !(/^https?:\/\//i.test(values.onlineUrl) && isValidWebsite(values.onlineUrl))) {
        problem('onlineUrl', tx('form.errors.onlineUrl'));
      }
      const start = LOCAL_TIME.test(values.start) ? values.start : null;
      if (!start) problem('start', tx('form.errors.dateTime'));
      if (!LOCAL_TIME.test(values.end)) problem('end', tx('form.errors.dateTime'));
      else if (start && values.end <= start) problem('end', tx('form.errors.endBeforeStart'));
      if (values.capacity) {
        const capacity = Number(values.capacity);
        if (!Number.isInteger(capacity) || capacity < 1 || capacity > CAPACITY_MAX) {
          problem('capacity', tx('form.errors.capacity', { max: CAPACITY_MAX }));
        }
      }
      if (values.registrationDeadline) {
        if (!LOCAL_TIME.test(values.registrationDeadline)) problem('registrationDeadline', tx('form.errors.dateTime'));
        else if (start && values.registrationDeadline > start) {
          problem('registrationDeadline', tx('form.errors.deadlineAfterStart'));
        }
      }
    });
}

export type EventFormInput = z.input<ReturnType<typeof eventSchema>>;
export type EventFormValues = z.output<ReturnType<typeof eventSchema>>;

export function emptyEvent(): DefaultValues<EventFormInput> {
  return {
    kind: undefined,
    title: '',
    description: '',
    territory: null,
    venue: '',
    onlineUrl: '',
    start: '',
    end: '',
    capacity: '',
    registrationDeadline: '',
    host: null,
  };
}

/** The form as the event is, to edit it: its times as Paris wall-clock times. */
export function eventValues(event: EventView): EventFormInput {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description ?? '',
    territory: { id: event.territory.id, name: event.territory.name },
    venue: event.venue ?? '',
    onlineUrl: event.onlineUrl ?? '',
    start: parisLocal(event.startsAt),
    end: parisLocal(event.endsAt),
    capacity: event.capacity === null ? '' : String(event.capacity),
    registrationDeadline: event.registrationDeadline ? parisLocal(event.registrationDeadline) : '',
    host: event.host ? { id: event.host.id, name: event.host.name } : null,
  };
}

/** The form's fields the API's violations may name. */
export const EVENT_FIELDS = [
  'kind',
  'title',
  'description',
  'territory',
  'venue',
  'onlineUrl',
  'start',
  'end',
  'capacity',
  'registrationDeadline',
  'host',
];

/** The API's field names for the form's. */
export const EVENT_ALIASES: Record<string, string> = { territoryId: 'territory', hostOrganisationId: 'host' };

/**
 * What the API is sent: Paris wall-clock times, and nothing for what was left empty. Only animators
 * name the host: a member's event is hosted by their organisation.
 */
export function eventBody(values: EventFormValues, namesHost: boolean): EventInput {
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    territoryId: values.territory!.id,
    venue: optional(values.venue),
    onlineUrl: optional(values.onlineUrl),
    start: values.start,
    end: values.end,
    capacity: values.capacity ? Number(values.capacity) : undefined,
    registrationDeadline: values.registrationDeadline || undefined,
    hostOrganisationId: namesHost ? values.host?.id : undefined,
  };
}
