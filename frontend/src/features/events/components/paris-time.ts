import { currentLanguage } from '@/lib/i18n';

/** Events happen in France: their times are shown in Paris time, whatever the browser's zone. */
export const PARIS = 'Europe/Paris';

/** Whether the browser's clock runs in another zone (then times say "Paris time"). */
export function browserElsewhere() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone !== PARIS;
}

/** "samedi 28 mars 2027, 18:30 – 20:30", or both days when it spans several. */
export function formatWhen(startsAt: string, endsAt: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'full', timeStyle: 'short', timeZone: PARIS }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** "28 mars 2027 à 18:30". */
export function formatParisDateTime(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS }).format(
    new Date(iso),
  );
}

/** "18:30". */
export function formatParisTime(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { timeStyle: 'short', timeZone: PARIS }).format(new Date(iso));
}

function parts(instant: Date) {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PARIS,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return values as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** The Paris day (YYYY-MM-DD) an instant falls on. */
export function parisDay(instant: string | Date = new Date()) {
  const { year, month, day } = parts(new Date(instant));
  return `${year}-${month}-${day}`;
}

/** The Paris wall-clock time of an instant, as a datetime-local field and the API's inputs write it ("2027-03-28T18:30"). */
export function parisLocal(iso: string) {
  const { year, month, day, hour, minute } = parts(new Date(iso));
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/** The current month in Paris (YYYY-MM). */
export function parisMonth() {
  return parisDay().slice(0, 7);
}
