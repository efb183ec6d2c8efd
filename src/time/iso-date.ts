/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Publication and dateline dates are calendar days, not
 * instants, so they are handled as year/month/day parts and never pass through a time zone.
 */
import * as chrono from 'chrono-node';

export type { DateParts } from './calendar-date.js';
export { formatIsoDate, parseIsoDate } from './calendar-date.js';
import { formatIsoDate, parseIsoDate } from './calendar-date.js';

/**
 * A publication date from whatever an input gives: `2025-08-16`, `2025-08-16T09:30:00Z`,
 * `December 31, 2017`, `Sat, 16 Aug 2025 10:00:00 GMT`. Needs a year; undefined otherwise.
 */
export function toIsoDate(raw: string): string | undefined {
  const text = raw.trim().slice(0, 200);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/u.exec(text);
  if (iso) return formatIsoDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const result = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result?.start.isCertain('year') || !result.start.isCertain('day')) return undefined;
  return formatIsoDate({
    year: result.start.get('year') ?? NaN,
    month: result.start.get('month') ?? NaN,
    day: result.start.get('day') ?? NaN,
  });
}

/**
 * A day written without its year ("Aug 16", "Aug. 16") placed in the year of `reference`: the same
 * year unless that would put it more than a week after the reference (Dec 31 in a Jan 2 story).
 */
export function dateNear(raw: string, reference: string | undefined): string | undefined {
  const result = chrono.parse(raw.slice(0, 100), new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result?.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  const month = result.start.get('month') ?? NaN;
  const day = result.start.get('day') ?? NaN;
  if (result.start.isCertain('year'))
    return formatIsoDate({ year: result.start.get('year') ?? NaN, month, day });
  const ref = reference ? parseIsoDate(reference) : undefined;
  if (!ref) return undefined;
  const sameYear = formatIsoDate({ year: ref.year, month, day });
  if (sameYear && reference && daysBetween(reference, sameYear) > 7)
    return formatIsoDate({ year: ref.year - 1, month, day });
  return sameYear;
}

/** Whole days from ISO date `a` to ISO date `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
