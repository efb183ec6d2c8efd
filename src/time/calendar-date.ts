/**
 * ISO `YYYY-MM-DD` calendar days as year/month/day parts, never through a time zone. Kept apart
 * from iso-date.ts (which loads chrono-node) so that commands that only check a date start fast.
 */
import type { DatePrecision } from '../document/document.js';

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `2025-08-16` for {2025, 8, 16}; undefined when the day does not exist (Feb 30). */
export function formatIsoDate(parts: DateParts): string | undefined {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day cut to what the text gave: `formatDateAtPrecision('2016-03-01', 'month')` → `2016-03`,
 * with `year` → `2016`, with no precision the day itself.
 */
export function formatDateAtPrecision(date: string, precision?: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  return precision === 'month' ? date.slice(0, 7) : date;
}

/** Parts of an ISO date string, or undefined when it is not one. */
export function parseIsoDate(iso: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatIsoDate(parts) ? parts : undefined;
}
