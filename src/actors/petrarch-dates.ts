/**
 * Date restrictions of PETRARCH actor dictionaries: `[RUSGOV 991231-080507]`, `[USAGOV >20090120]`,
 * `[HTIOPPMED <061231]`, `[RUSELI]`. Dates are YYMMDD (00–30 → 20YY, else 19YY, as KEDS, TABARI and
 * PETRARCH read them) or YYYYMMDD; every bound is inclusive.
 */
import { formatIsoDate } from '../time/iso-date.js';

/** A role's window as ISO dates; both absent for a default (undated) code. */
export interface DateWindow {
  readonly start?: string;
  readonly end?: string;
}

/** A parsed restriction, with a note when the text had to be read with a guess. */
export type RestrictionResult =
  | { readonly ok: true; readonly window: DateWindow; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

/** `991231` → `1999-12-31`, `20080507` → `2008-05-07`; undefined when not a real day. */
export function petrarchDate(digits: string): string | undefined {
  if (!/^\d{6,}$/u.test(digits)) return undefined;
  // PETRARCH reads up to 7 digits as YYMMDD and otherwise only the first 8 as YYYYMMDD.
  if (digits.length <= 7) {
    const yy = Number(digits.slice(0, 2));
    const year = yy <= 30 ? 2000 + yy : 1900 + yy;
    return formatIsoDate({ year, month: Number(digits.slice(2, 4)), day: Number(digits.slice(4, 6)) });
  }
  return formatIsoDate({
    year: Number(digits.slice(0, 4)),
    month: Number(digits.slice(4, 6)),
    day: Number(digits.slice(6, 8)),
  });
}

/** Reads the part of a code bracket after the code: `''`, `>080508`, `< 061231`, `991231-080507`. */
export function parseRestriction(rest: string): RestrictionResult {
  const text = rest.trim();
  if (text === '') return { ok: true, window: {} };
  const open = /^([<>])\s*(\d+)$/u.exec(text);
  if (open) return openWindow(open[1] === '<' ? 'end' : 'start', open[2] ?? '');
  const range = /^(\d+)\s*-\s*(\d+)$/u.exec(text);
  if (range) return closedWindow(range[1] ?? '', range[2] ?? '');
  if (/^\d+$/u.test(text)) {
    const result = openWindow('start', text);
    // PETRARCH has no bare-date form; the comments beside such lines ("entered Foreign Service") mark a start.
    return result.ok ? { ...result, warning: `bare date ${text} read as a start date (>${text})` } : result;
  }
  return { ok: false, reason: `date restriction "${text}" is not <date, >date or date-date` };
}

function openWindow(side: 'start' | 'end', digits: string): RestrictionResult {
  const date = petrarchDate(digits);
  if (!date) return { ok: false, reason: `"${digits}" is not a YYMMDD or YYYYMMDD date` };
  const window = side === 'start' ? { start: date } : { end: date };
  return withLengthWarning(window, [digits]);
}

function closedWindow(from: string, to: string): RestrictionResult {
  const start = petrarchDate(from);
  const end = petrarchDate(to);
  if (!start) return { ok: false, reason: `"${from}" is not a YYMMDD or YYYYMMDD date` };
  if (!end) return { ok: false, reason: `"${to}" is not a YYMMDD or YYYYMMDD date` };
  if (end < start) return { ok: false, reason: `range ends (${end}) before it starts (${start})` };
  return withLengthWarning({ start, end }, [from, to]);
}

function withLengthWarning(window: DateWindow, digits: readonly string[]): RestrictionResult {
  const odd = digits.find((d) => d.length !== 6 && d.length !== 8);
  if (odd === undefined) return { ok: true, window };
  return { ok: true, window, warning: `date "${odd}" has ${odd.length} digits; read as PETRARCH does` };
}

/** Whether an inclusive window covers the ISO date. */
export function windowCovers(window: DateWindow, date: string): boolean {
  return (
    (window.start === undefined || window.start <= date) && (window.end === undefined || date <= window.end)
  );
}

/** Whether a window has any bound (a dated role) rather than being a default code. */
export function isDated(window: DateWindow): boolean {
  return window.start !== undefined || window.end !== undefined;
}
