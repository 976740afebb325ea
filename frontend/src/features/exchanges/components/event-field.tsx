import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/select';
import type { EventLink } from '@/lib/api/types';
import type { FormControl } from '@/lib/forms';
import { currentLanguage } from '@/lib/i18n';
import { useRecentEvents } from '../api/exchanges';
import type { ExchangeFormInput } from './exchange-form-schema';

/** The choice of an event held elsewhere than on the platform. */
const ELSEWHERE = 'elsewhere';

/** The day an event started, in Paris, where the network's events happen. */
function formatEventDay(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}

type EventFieldProps = {
  control: FormControl<ExchangeFormInput>;
  /** Amending: the event it was declared born at, which may be older than the recent ones. */
  current?: EventLink | null;
};

/** When the exchange was born at an event: which of the network's recent events (or another one). */
export function EventField({ control, current }: EventFieldProps) {
  const { t: tx } = useTranslation('exchanges');
  const channel = useWatch({ control, name: 'channel' });
  const { field, fieldState } = useController({ control, name: 'eventId' });
  const events = useRecentEvents(channel === 'EVENT');
  if (channel !== 'EVENT') return null;

  const optionOf = (event: EventLink) => ({
    id: event.id,
    name: tx('form.eventOption', { title: event.title, date: formatEventDay(event.startsAt) }),
  });
  const options = (events.data ?? []).map(optionOf);
  if (current && !options.some((option) => option.id === current.id)) options.unshift(optionOf(current));

  return (
    <Select<string>
      label={tx('form.event')}
      description={events.isError ? tx('form.eventsFailed') : tx('form.eventHelp')}
      placeholder={events.isPending ? tx('form.eventsLoading') : tx('form.chooseEvent')}
      name={field.name}
      value={field.value ? field.value : null}
      onChange={(id) => field.onChange(id === ELSEWHERE ? '' : id)}
      errorMessage={fieldState.error?.message}
      options={[...options, { id: ELSEWHERE, name: tx('form.eventElsewhere') }]}
      optional
    />
  );
}
