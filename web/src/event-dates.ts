/**
 * An event's date as the explorer shows and counts it: as much of it as the text gave ("2016-03"
 * for "in March 2016"), and, in a chart of events per day, only events dated to a day, so that a
 * month or a year is never drawn as its first day. No DOM here, so it is tested without a browser.
 */
import type { EventRow } from '../../src/store/store.js';
import { formatDateAtPrecision } from '../../src/time/calendar-date.js';

/**
 * The date as the text gave it, `fallback` when the event has none. Example:
 * `eventDateLabel({ date: '2016-03-01', datePrecision: 'month' })` → `'2016-03'`.
 */
export function eventDateLabel(e: Pick<EventRow, 'date' | 'datePrecision'>, fallback = ''): string {
  return e.date === undefined ? fallback : formatDateAtPrecision(e.date, e.datePrecision);
}

/** One event on its day, for the timeline chart. */
export interface DayPoint {
  readonly date: string;
  readonly counts: { readonly events: number };
}

/**
 * Points for a chart of events per day, and how many dated events were left out because the text
 * gave only their month or year. Example: a meeting "in March 2016" → no point, `notByDay: 1`.
 */
export function eventsPerDay(rows: readonly Pick<EventRow, 'date' | 'datePrecision'>[]): {
  points: DayPoint[];
  notByDay: number;
} {
  const points: DayPoint[] = [];
  let notByDay = 0;
  for (const e of rows) {
    if (e.date === undefined) continue;
    if (e.datePrecision === undefined) points.push({ date: e.date, counts: { events: 1 } });
    else notByDay++;
  }
  return { points, notByDay };
}
