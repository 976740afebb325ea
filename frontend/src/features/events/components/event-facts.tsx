import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EventView } from '@/lib/api/types';
import { browserElsewhere, formatWhen } from './paris-time';

/** "samedi 28 mars 2027, 18:30 – 20:30", with "Paris time" when the browser's clock is elsewhere. */
export function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { t: tx } = useTranslation('events');
  return (
    <>
      <time dateTime={startsAt}>{formatWhen(startsAt, endsAt)}</time>
      {browserElsewhere() && <> {tx('parisTime')}</>}
    </>
  );
}

/** Places left, full (and how many wait), or no limit. */
export function placesText(event: Pick<EventView, 'capacity' | 'placesLeft' | 'waiting' | 'registered'>, tx: TFunction<'events'>) {
  if (event.capacity === null || event.placesLeft === null) {
    return tx('places.unlimited', { count: event.registered });
  }
  if (event.placesLeft <= 0) {
    return event.waiting > 0 ? tx('places.fullWaiting', { count: event.waiting }) : tx('places.full');
  }
  return tx('places.left', { count: event.placesLeft, capacity: event.capacity });
}

/** Where it happens: the venue, online, or both. */
export function placeText(event: Pick<EventView, 'venue' | 'onlineUrl' | 'territory'>, tx: TFunction<'events'>) {
  if (event.venue) return `${event.venue} (${event.territory.name})`;
  return tx('online', { territory: event.territory.name });
}
