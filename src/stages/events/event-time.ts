/**
 * Event dates from the words of the sentence, read by chrono-node against the story's own day
 * (the dateline's, else the publication date): "yesterday" in an Aug 16 story is Aug 15; "in March
 * 2016" is the month and "last year" the year (their first day, with `precision`).
 */
import * as chrono from 'chrono-node';
import type { EventTime } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { formatIsoDate, parseIsoDate } from '../../time/iso-date.js';

/**
 * For an event told as past ("signed on Friday", "On Feb. 14, Trump asked"): a weekday or a day
 * without a year that chrono places after the story's day is the one before it.
 */
function pastDate(start: chrono.ParsedComponents, reference: Date): Date {
  const d = start.date();
  if (d.getTime() <= reference.getTime() + 12 * 3_600_000) return d;
  if (!start.isCertain('day')) return new Date(d.getTime() - 7 * 86_400_000);
  if (!start.isCertain('year'))
    return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
  return d;
}

/**
 * The time expression in `sentence` nearest to the trigger, as an ISO day; undefined when none.
 * `past`: the event is told as having happened (not planned), so ambiguous days lie before the story's.
 */
export function timeIn(
  text: string,
  sentence: Span,
  trigger: Span,
  reference: string | undefined,
  past = false,
): EventTime | undefined {
  const ref = reference ? parseIsoDate(reference) : undefined;
  if (!ref) return undefined;
  const refDate = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const slice = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2_000));
  let best: { time: EventTime; distance: number } | undefined;
  for (const r of chrono.parse(slice, refDate)) {
    const span = { start: sentence.start + r.index, end: sentence.start + r.index + r.text.length };
    const time =
      r.start.isCertain('day') || r.start.isCertain('weekday')
        ? dayTime(r, refDate, past)
        : monthTime(r, refDate, past);
    if (!time) continue;
    const distance = Math.abs(span.start - trigger.start);
    if (!best || distance < best.distance) best = { time: { ...time, span }, distance };
  }
  return best?.time;
}

function dayTime(r: chrono.ParsedResult, refDate: Date, past: boolean): EventTime | undefined {
  const d = past ? pastDate(r.start, refDate) : r.start.date();
  const date = formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return date ? { date } : undefined;
}

/**
 * "in March 2016", "last March", "last month": a month without a day (a past one without a year is
 * the last such month); "last year": a year.
 */
function monthTime(r: chrono.ParsedResult, refDate: Date, past: boolean): EventTime | undefined {
  if (!/\p{L}{3}/u.test(r.text)) return undefined;
  if (!r.start.isCertain('month')) {
    const year = r.start.isCertain('year') ? r.start.get('year') : undefined;
    const date = year === undefined || year === null ? undefined : formatIsoDate({ year, month: 1, day: 1 });
    return date ? { date, precision: 'year' } : undefined;
  }
  const month = r.start.get('month') ?? 0;
  const refYear = refDate.getUTCFullYear();
  let year = r.start.get('year') ?? refYear;
  // chrono puts a month without a year in the nearer year, the next one too ("May" in November).
  if (past && !r.start.isCertain('year')) year = month > refDate.getUTCMonth() + 1 ? refYear - 1 : refYear;
  const date = formatIsoDate({ year, month, day: 1 });
  return date ? { date, precision: 'month' } : undefined;
}
