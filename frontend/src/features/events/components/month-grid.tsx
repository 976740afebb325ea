import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import type { EventView } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { formatParisTime, parisDay } from './paris-time';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month (YYYY-MM) moved by some months. */
export function shiftMonth(month: string, delta: number) {
  const [year, index] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, index - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

function daysIn(month: string) {
  const [year, index] = month.split('-').map(Number);
  return new Date(Date.UTC(year, index, 0)).getUTCDate();
}

/** The first and last days of a month, as the API's from and to take them. */
export function monthRange(month: string) {
  return { from: `${month}-01`, to: `${month}-${String(daysIn(month)).padStart(2, '0')}` };
}

/** The month's days (YYYY-MM-DD) week by week, Monday first; null before the 1st and after the last. */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, index] = month.split('-').map(Number);
  // getUTCDay: 0 is Sunday; weeks start on Monday in France.
  const offset = (new Date(Date.UTC(year, index - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let day = 1; day <= daysIn(month); day += 1) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The events of each day: an event lasting several days shows on each of them. */
export function eventsByDay(events: readonly EventView[]) {
  const byDay = new Map<string, EventView[]>();
  for (const event of events) {
    const last = parisDay(event.endsAt);
    for (let day = parisDay(event.startsAt); day <= last; day = nextDay(day)) {
      byDay.set(day, [...(byDay.get(day) ?? []), event]);
    }
  }
  return byDay;
}

function nextDay(day: string) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Monday to Sunday, in the current language: the short name shown and the full one read. */
function weekdays() {
  const language = currentLanguage();
  const short = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 1 March 2027 is a Monday.
  return Array.from({ length: 7 }, (_, day) => {
    const date = new Date(Date.UTC(2027, 2, 1 + day));
    return { short: short.format(date), long: long.format(date) };
  });
}

function formatDayLabel(day: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

export function formatMonthName(month: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

type MonthGridProps = {
  month: string;
  events: readonly EventView[];
  onMonthChange: (month: string) => void;
};

/**
 * A month as a table: one row a week, one column a weekday, each day listing its events (time and
 * title, a link to the event). Previous and next buttons move by a month; the month is in the URL.
 */
export function MonthGrid({ month, events, onMonthChange }: MonthGridProps) {
  const { t: tx } = useTranslation('events');
  const byDay = eventsByDay(events);
  const today = parisDay();
  const name = formatMonthName(month);

  return (
    <section className="month" aria-labelledby="month-title">
      <div className="month__header">
        <Button variant="secondary" onPress={() => onMonthChange(shiftMonth(month, -1))}>
          <span aria-hidden="true">←</span> {tx('month.previous')}
        </Button>
        <h2 id="month-title" className="month__title" aria-live="polite">
          {name}
        </h2>
        <Button variant="secondary" onPress={() => onMonthChange(shiftMonth(month, 1))}>
          {tx('month.next')} <span aria-hidden="true">→</span>
        </Button>
      </div>
      {events.length === 0 && <p className="hint">{tx('month.none')}</p>}
      <table className="month-grid" aria-labelledby="month-title">
        <thead>
          <tr>
            {weekdays().map((weekday) => (
              <th key={weekday.long} scope="col" abbr={weekday.long}>
                {weekday.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, index) =>
                day === null ? (
                  <td key={`empty-${index}`} className="month-grid__day month-grid__day--outside" />
                ) : (
                  <td
                    key={day}
                    className={`month-grid__day${day === today ? ' month-grid__day--today' : ''}`}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <time className="month-grid__date" dateTime={day}>
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="visually-hidden">{formatDayLabel(day)}</span>
                    </time>
                    {byDay.has(day) && (
                      <ul className="month-grid__events">
                        {byDay.get(day)!.map((event) => (
                          <li key={event.id}>
                            <Link to={`/events/${event.id}`} className="month-grid__event">
                              <span className="month-grid__time">{formatParisTime(event.startsAt)}</span>{' '}
                              <span className="month-grid__name">{event.title}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
